import { describe, expect, it } from 'vitest';
import {
  explorerParams,
  MAX_EXPANSIONS,
  MAX_PAGES,
  pagesOf,
  readExplorerState,
  withAvoidToggled,
  withExpanded,
  withMorePages,
  withTypeToggled,
} from './explorer-state.ts';

describe('the explorer state in the URL', () => {
  it('reads every parameter and round-trips through explorerParams', () => {
    const search = new URLSearchParams(
      'focus=a&expanded=b,c,b,a&pages=a:2,b:4&types=FOUNDED&hidden=d&node=b&from=a&to=c&hops=6&avoidKinds=Place&avoidTypes=MENTIONS&path=2',
    );
    const state = readExplorerState(search);
    expect(state).toEqual({
      focus: 'a',
      expanded: ['b', 'c'],
      pages: { a: 2, b: 4 },
      types: ['FOUNDED'],
      hidden: ['d'],
      node: 'b',
      from: 'a',
      to: 'c',
      hops: 6,
      avoidKinds: ['Place'],
      avoidTypes: ['MENTIONS'],
      path: 2,
    });
    expect(explorerParams(state)).toMatchObject({
      focus: 'a',
      expanded: ['b', 'c'],
      pages: ['a:2', 'b:4'],
      hops: '6',
      avoidKinds: ['Place'],
      path: '2',
    });
    const again = readExplorerState(new URLSearchParams(toQuery(explorerParams(state))));
    expect(again).toEqual(state);
  });

  it('falls back on bad values', () => {
    const state = readExplorerState(new URLSearchParams('focus=a&path=-1&expanded=&hops=9&pages=a:0,a:x,zz:3,:4,a'));
    expect(state).toMatchObject({ focus: 'a', expanded: [], path: 0, hops: 4, pages: {} });
    expect(explorerParams(state)).toMatchObject({ hops: null, pages: [] });
  });

  it('reads a page count after the last colon, so ids with colons keep theirs, and caps it', () => {
    const state = readExplorerState(new URLSearchParams(`focus=urn:x:1&pages=urn:x:1:3,urn:x:1:${MAX_PAGES + 50}`));
    expect(pagesOf(state, 'urn:x:1')).toBe(MAX_PAGES);
  });

  it('expands once, never the focus, up to the limit', () => {
    const state = readExplorerState(new URLSearchParams('focus=a'));
    expect(withExpanded(withExpanded(state, 'b'), 'b').expanded).toEqual(['b']);
    expect(withExpanded(state, 'a')).toBe(state);
    const full = { ...state, expanded: Array.from({ length: MAX_EXPANSIONS }, (_, i) => `n${i}`) };
    expect(withExpanded(full, 'x')).toBe(full);
  });

  it('shows one more page of the focus or an expanded entity, never of an entity not expanded', () => {
    const state = withExpanded(readExplorerState(new URLSearchParams('focus=a')), 'b');
    expect(pagesOf(state, 'b')).toBe(1);
    const more = withMorePages(withMorePages(state, 'b'), 'a');
    expect(more.pages).toEqual({ b: 2, a: 2 });
    expect(withMorePages(state, 'z')).toBe(state);
    const most = { ...state, pages: { b: MAX_PAGES } };
    expect(withMorePages(most, 'b')).toBe(most);
  });

  it('toggles relation types, with the empty list meaning all', () => {
    const state = readExplorerState(new URLSearchParams('focus=a'));
    const available = ['FOUNDED', 'LOCATED_IN', 'AWARDED'];
    const off = withTypeToggled(state, 'LOCATED_IN', available);
    expect(off.types).toEqual(['FOUNDED', 'AWARDED']);
    expect(withTypeToggled(off, 'LOCATED_IN', available).types).toEqual([]);
  });

  it('toggles what a path avoids and goes back to the first path', () => {
    const state = { ...readExplorerState(new URLSearchParams('focus=a&from=a&to=b')), path: 2 };
    const avoiding = withAvoidToggled(state, 'avoidKinds', 'Place');
    expect(avoiding).toMatchObject({ avoidKinds: ['Place'], path: 0 });
    expect(withAvoidToggled(avoiding, 'avoidKinds', 'Place').avoidKinds).toEqual([]);
  });
});

function toQuery(params: Record<string, string | readonly string[] | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value.length === 0) continue;
    search.set(name, typeof value === 'string' ? value : value.join(','));
  }
  return search.toString();
}
