import { describe, expect, it } from 'vitest';
import { explorerParams, MAX_EXPANSIONS, readExplorerState, withExpanded, withTypeToggled } from './explorer-state.ts';

describe('the explorer state in the URL', () => {
  it('reads every parameter and round-trips through explorerParams', () => {
    const search = new URLSearchParams('focus=a&expanded=b,c,b,a&types=FOUNDED&hidden=d&node=b&from=a&to=c&path=2');
    const state = readExplorerState(search);
    expect(state).toEqual({
      focus: 'a',
      expanded: ['b', 'c'],
      types: ['FOUNDED'],
      hidden: ['d'],
      node: 'b',
      from: 'a',
      to: 'c',
      path: 2,
    });
    expect(explorerParams(state)).toMatchObject({ focus: 'a', expanded: ['b', 'c'], path: '2' });
  });

  it('falls back on bad values', () => {
    const state = readExplorerState(new URLSearchParams('path=-1&expanded='));
    expect(state).toMatchObject({ focus: null, expanded: [], path: 0 });
  });

  it('expands once, never the focus, up to the limit', () => {
    const state = readExplorerState(new URLSearchParams('focus=a'));
    expect(withExpanded(withExpanded(state, 'b'), 'b').expanded).toEqual(['b']);
    expect(withExpanded(state, 'a')).toBe(state);
    const full = { ...state, expanded: Array.from({ length: MAX_EXPANSIONS }, (_, i) => `n${i}`) };
    expect(withExpanded(full, 'x')).toBe(full);
  });

  it('toggles relation types, with the empty list meaning all', () => {
    const state = readExplorerState(new URLSearchParams('focus=a'));
    const available = ['FOUNDED', 'LOCATED_IN', 'AWARDED'];
    const off = withTypeToggled(state, 'LOCATED_IN', available);
    expect(off.types).toEqual(['FOUNDED', 'AWARDED']);
    expect(withTypeToggled(off, 'LOCATED_IN', available).types).toEqual([]);
  });
});
