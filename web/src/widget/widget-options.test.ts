import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  entityUrl,
  parseKinds,
  parseLimit,
  searchPageUrl,
  serviceOrigin,
  widgetLang,
} from './widget-options.ts';

describe('widget attributes', () => {
  it('keeps only known, searchable kinds, once each', () => {
    expect(parseKinds('HeritageSite, Museum,Bogus HeritageSite Narrative')).toEqual(['HeritageSite', 'Museum']);
    expect(parseKinds(null)).toEqual([]);
    expect(parseKinds('')).toEqual([]);
  });

  it('bounds the limit and falls back to the default', () => {
    expect(parseLimit('5')).toBe(5);
    expect(parseLimit('0')).toBe(1);
    expect(parseLimit('500')).toBe(MAX_LIMIT);
    expect(parseLimit('2.5')).toBe(DEFAULT_LIMIT);
    expect(parseLimit('many')).toBe(DEFAULT_LIMIT);
    expect(parseLimit(' ')).toBe(DEFAULT_LIMIT);
    expect(parseLimit(null)).toBe(DEFAULT_LIMIT);
  });

  it('speaks English only when asked to', () => {
    expect(widgetLang('en-GB')).toBe('en');
    expect(widgetLang('EN')).toBe('en');
    expect(widgetLang('zh-CN')).toBe('zh');
    expect(widgetLang(null)).toBe('zh');
  });
});

describe('widget links', () => {
  it('finds the service from the script address, or the page when there is none', () => {
    expect(serviceOrigin('https://icg.example.org/widget.js', 'https://portal.example.com/a')).toBe(
      'https://icg.example.org',
    );
    expect(serviceOrigin('/widget.js', 'https://portal.example.com/a')).toBe('https://portal.example.com');
    expect(serviceOrigin(undefined, 'https://portal.example.com/a')).toBe('https://portal.example.com');
  });

  it('links an entity page and the full search with encoded ids and words', () => {
    expect(entityUrl('https://icg.example.org/', 'policy-jiangsu-2021-2025-t11')).toBe(
      'https://icg.example.org/entity/policy-jiangsu-2021-2025-t11',
    );
    expect(entityUrl('https://icg.example.org', 'a/b c')).toBe('https://icg.example.org/entity/a%2Fb%20c');
    expect(entityUrl('https://icg.example.org', 'narrative-x', 'Narrative')).toBe(
      'https://icg.example.org/narrative/narrative-x',
    );
    expect(searchPageUrl('https://icg.example.org', '工业遗产')).toBe(
      `https://icg.example.org/?q=${encodeURIComponent('工业遗产')}`,
    );
  });
});
