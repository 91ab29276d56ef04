import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  it('replaces an unpaired surrogate with U+FFFD and keeps paired ones', () => {
    expect(normalizeText('工业\uD800遗产')).toBe('工业\uFFFD遗产');
    expect(normalizeText('\uDC00')).toBe('\uFFFD');
    expect(normalizeText('𠀀')).toBe('𠀀');
  });

  it('composes to NFC, so two spellings of one string become one', () => {
    expect(normalizeText('Cafe\u0301')).toBe('Caf\u00e9');
  });
});
