import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, snippetParts } from './snippet.ts';

describe('snippetParts', () => {
  it('splits marked words from the text around them', () => {
    expect(snippetParts('培育<mark>工业遗产</mark>重点项目')).toEqual([
      { text: '培育', marked: false },
      { text: '工业遗产', marked: true },
      { text: '重点项目', marked: false },
    ]);
  });

  it('decodes escapes inside and outside marks', () => {
    expect(snippetParts('A &amp; B &lt;<mark>x&gt;y</mark>&#39;s &#x4e2d;')).toEqual([
      { text: 'A & B <', marked: false },
      { text: 'x>y', marked: true },
      { text: "'s 中", marked: false },
    ]);
  });

  it('keeps any other markup as text, so it can never become an element', () => {
    expect(snippetParts('<img src=x onerror=alert(1)><mark>遗产</mark><b>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: '遗产', marked: true },
      { text: '<b>', marked: false },
    ]);
  });

  it('joins neighbouring runs and drops empty ones', () => {
    expect(snippetParts('<mark>工业</mark><mark>遗产</mark>')).toEqual([{ text: '工业遗产', marked: true }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('treats an unclosed mark as marking the rest', () => {
    expect(snippetParts('a<mark>b')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
    ]);
  });
});

describe('decodeHtmlEntities', () => {
  it('leaves unknown or out-of-range entities as they are', () => {
    expect(decodeHtmlEntities('&nbsp; &#0; &#x110000; &')).toBe('&nbsp; &#0; &#x110000; &');
  });
});
