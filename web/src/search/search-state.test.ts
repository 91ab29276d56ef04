import { describe, expect, it } from 'vitest';
import { readSearchState, searchVariables, toggleFacet } from './search-state.ts';

const state = (query: string) => readSearchState(new URLSearchParams(query));

describe('readSearchState', () => {
  it('reads words, filters and pages from the query string', () => {
    expect(state('q=%20纺织%20&kinds=Enterprise,HeritageSite&province=江苏&era=民国（1912–1948）&page=2')).toEqual({
      q: '纺织',
      kinds: ['Enterprise', 'HeritageSite'],
      province: '江苏',
      city: null,
      industry: [],
      era: ['民国（1912–1948）'],
      level: [],
      keywords: [],
      literal: [],
      page: 2,
    });
  });

  it('reads an empty or blank province or city as no filter, which the API would refuse', () => {
    expect(state('q=工业&province=%20&city=')).toMatchObject({ province: null, city: null });
    expect(state('province=%20安徽%20').province).toBe('安徽');
  });

  it('reads the words a reader asked to take literally, each once', () => {
    expect(state('q=南京工厂&literal=南京,工厂,南京').literal).toEqual(['南京', '工厂']);
  });

  it('drops unknown kinds, repeated values and pages the API would refuse', () => {
    const read = state('kinds=Museum,Spaceship,Museum,Narrative&page=-3');
    expect(read.kinds).toEqual(['Museum']);
    expect(read.page).toBe(1);
    expect(state('page=99').page).toBe(5);
    expect(state('page=abc').page).toBe(1);
  });
});

describe('toggleFacet', () => {
  it('adds and removes a value of a list filter and starts again from the first page', () => {
    const current = state('q=纺织&kinds=Enterprise&page=3');
    expect(toggleFacet(current, 'kinds', 'Museum')).toEqual({ kinds: ['Enterprise', 'Museum'], page: null });
    expect(toggleFacet(current, 'kinds', 'Enterprise')).toEqual({ kinds: [], page: null });
  });

  it('replaces a province or city, and clears it when chosen again', () => {
    const current = state('q=纺织&province=江苏');
    expect(toggleFacet(current, 'province', '安徽')).toEqual({ province: '安徽', page: null });
    expect(toggleFacet(current, 'province', '江苏')).toEqual({ province: null, page: null });
  });
});

describe('searchVariables', () => {
  it('sends no empty filters and every shown page in one request, at most 100 hits', () => {
    expect(searchVariables(state('q=纺织'))).toEqual({
      query: '纺织',
      kinds: null,
      province: null,
      city: null,
      industry: null,
      era: null,
      level: null,
      keywords: null,
      literal: null,
      first: 20,
    });
    expect(searchVariables(state('q=纺织&page=5')).first).toBe(100);
    expect(searchVariables(state('q=南京工厂&literal=南京')).literal).toEqual(['南京']);
  });
});
