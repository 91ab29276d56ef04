import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { normalizeDocumentStrings, normalizeString, normalizeStrings } from './use-normalized-strings.ts';

describe('normalizeString', () => {
  it('composes to NFC', () => {
    expect(normalizeString('Cafe\u0301')).toBe('Café');
    expect(normalizeString('\uF90A陵船厂')).toBe('金陵船厂');
  });

  it('replaces a lone surrogate with U+FFFD and keeps a pair', () => {
    expect(normalizeString('金陵\uD800')).toBe('金陵\uFFFD');
    expect(normalizeString('𠀀')).toBe('𠀀');
  });
});

describe('normalizeStrings', () => {
  it('normalises every string inside variables and leaves other values alone', () => {
    expect(
      normalizeStrings({ title: 'Cafe\u0301', items: [{ note: '\uD800' }], first: 10, on: true, none: null }),
    ).toEqual({
      title: 'Café',
      items: [{ note: '\uFFFD' }],
      first: 10,
      on: true,
      none: null,
    });
  });
});

describe('normalizeDocumentStrings', () => {
  it('normalises string literals, block strings and defaults', () => {
    const document = parse(
      'query Q($q: String = "\\uF90A") { search(query: "Cafe\\u0301") { hits(note: """Zu\u0308rich""") { id } } }',
    );
    const printed = print(normalizeDocumentStrings(document));
    expect(printed).toContain('"金"');
    expect(printed).toContain('"Café"');
    expect(printed).toContain('Zürich');
  });
});
