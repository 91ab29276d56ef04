import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode-utf8.ts';

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFid,名称\n'))).toEqual({ ok: true, text: 'id,名称\n' });
  });

  it('reports the offset and line of the first invalid sequence on each line: a GBK file', () => {
    // "工业" in GBK is b9 a4 d2 b5; the first line is plain ASCII.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('id,name\n1,'),
      0xb9,
      0xa4,
      0xd2,
      0xb5,
      0x0a,
      0x32,
      0x2c,
      0xb9,
      0xa4,
    ]);
    expect(decodeUtf8(bytes)).toEqual({
      ok: false,
      invalid: [
        { offset: 10, line: 2, bytes: 'b9 a4' },
        { offset: 17, line: 3, bytes: 'b9 a4' },
      ],
    });
  });

  it('refuses overlong forms, surrogates and truncated sequences', () => {
    for (const bytes of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe5, 0xb7],
      [0xf5, 0x80, 0x80, 0x80],
    ]) {
      const result = decodeUtf8(Uint8Array.from(bytes));
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.invalid[0]?.offset).toBe(0);
    }
  });
});
