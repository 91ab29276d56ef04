import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { neighbourhoodArguments, pathArguments, sceneQueryText, type SceneRequest } from './scene-query.ts';

const request: SceneRequest = {
  focus: 'en-zhang-jian',
  expanded: ['ent-dasheng', 'pl-"odd"'],
  types: ['FOUNDED', 'LOCATED_IN'],
  from: 'en-zhang-jian',
  to: 'mus-nantong',
  neighbourLimit: 30,
  maxHops: 4,
  pathLimit: 5,
};
const selections = { neighborhood: '{\n  nodes {\n    id\n  }\n}', paths: '{\n  length\n}' };

describe('the scene as GraphQL', () => {
  it('asks the focus unfiltered, then each expansion with the kept types', () => {
    expect(neighbourhoodArguments(request)).toEqual([
      { id: 'en-zhang-jian', depth: 1, limit: 30 },
      { id: 'ent-dasheng', depth: 1, limit: 30, relationTypes: ['FOUNDED', 'LOCATED_IN'] },
      { id: 'pl-"odd"', depth: 1, limit: 30, relationTypes: ['FOUNDED', 'LOCATED_IN'] },
    ]);
    expect(neighbourhoodArguments({ ...request, types: [] })[1]).toEqual({ id: 'ent-dasheng', depth: 1, limit: 30 });
  });

  it('asks paths only between two different ends', () => {
    expect(pathArguments(request)).toEqual({ from: 'en-zhang-jian', to: 'mus-nantong', maxHops: 4, limit: 5 });
    expect(pathArguments({ ...request, to: 'en-zhang-jian' })).toBeNull();
    expect(pathArguments({ ...request, to: null })).toBeNull();
  });

  it('writes one parseable document with aliased neighbourhoods and the paths', () => {
    const text = sceneQueryText(request, selections);
    expect(text).toContain('n0: neighborhood(id: "en-zhang-jian", depth: 1, limit: 30) {');
    expect(text).toContain(
      'n2: neighborhood(id: "pl-\\"odd\\"", depth: 1, limit: 30, relationTypes: ["FOUNDED", "LOCATED_IN"]) {',
    );
    expect(text).toContain('paths(from: "en-zhang-jian", to: "mus-nantong", maxHops: 4, limit: 5) {');
    const document = parse(text);
    expect(document.definitions).toHaveLength(1);
  });
});
