import { describe, expect, it } from 'vitest';
import { foldSearchText } from './fold-search-text.ts';

describe('foldSearchText', () => {
  it('reads full-width letters, digits and spaces as the ASCII ones', () => {
    expect(foldSearchText('ｊｉｎｌｉｎｇ')).toBe('jinling');
    expect(foldSearchText('ＪＩＮＬＩＮＧ')).toBe('JINLING');
    expect(foldSearchText('ＤＳ')).toBe('DS');
    expect(foldSearchText('建于１８６５年')).toBe('建于1865年');
    expect(foldSearchText('南京\u3000工业')).toBe('南京 工业');
  });

  it('reads other compatibility forms as what they stand for', () => {
    // Kangxi radical ⼯ (U+2F2F), as text extracted from PDFs often has it.
    expect(foldSearchText('\u2F2F业遗产')).toBe('工业遗产');
    expect(foldSearchText('第Ⅷ批')).toBe('第VIII批');
    expect(foldSearchText('①号高炉')).toBe('1号高炉');
  });

  it('removes zero-width characters, soft hyphens, the byte order mark and bidi controls', () => {
    for (const invisible of [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(foldSearchText(`张${invisible}謇`), `U+${invisible.codePointAt(0)!.toString(16)}`).toBe('张謇');
    }
    expect(foldSearchText('\u202E张謇')).toBe('张謇');
    expect(foldSearchText('\u200B\u200F')).toBe('');
  });

  it('keeps full-width punctuation as written, where jieba splits Chinese text', () => {
    const name = '大生纱厂（江苏大生集团有限公司）';
    expect(foldSearchText(name)).toBe(name);
    expect(foldSearchText('保护、利用！“工业遗产”：１９５４年，公私合营；')).toBe(
      '保护、利用！“工业遗产”：1954年，公私合营；',
    );
    expect(foldSearchText('１０００℃')).toBe('1000°C');
  });

  it('reads a CJK compatibility ideograph as the unified one, and leaves unified ideographs alone', () => {
    expect(foldSearchText('\uF90A陵船厂')).toBe('金陵船厂');
    // U+FA0E is a unified ideograph inside the compatibility block: it has no other form.
    expect(foldSearchText('\uFA0E')).toBe('\uFA0E');
    expect(foldSearchText('𠀀张謇')).toBe('𠀀张謇');
  });

  it('is well-formed, composed, and unchanged when folded again', () => {
    expect(foldSearchText('工业\uD800遗产')).toBe('工业\uFFFD遗产');
    expect(foldSearchText('Cafe\u0301')).toBe('Café');
    // A composition the invisible character stood in the way of.
    expect(foldSearchText('Cafe\u200B\u0301')).toBe('Café');
    for (const text of ['ｊｉｎｌｉｎｇ（金陵）', '\u200B张謇', '⑴', '第Ⅷ批']) {
      expect(foldSearchText(foldSearchText(text))).toBe(foldSearchText(text));
    }
  });
});
