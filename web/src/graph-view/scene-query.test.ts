import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  expansionQuestions,
  FIELDS_PER_DOCUMENT,
  pageArguments,
  pathArguments,
  sceneQueryText,
  type SceneRequest,
} from './scene-query.ts';

const request: SceneRequest = {
  focus: 'en-zhang-jian',
  expanded: ['ent-dasheng', 'pl-"odd"'],
  pages: { 'ent-dasheng': 3 },
  types: ['FOUNDED', 'LOCATED_IN'],
  from: 'en-zhang-jian',
  to: 'mus-nantong',
  pageSize: 30,
  maxHops: 4,
  pathLimit: 5,
};
const selections = {
  neighborhood: '{\n  nodes {\n    id\n  }\n  totalCount\n}',
  neighborhoodPage: '{\n  nodes {\n    id\n  }\n}',
  paths: '{\n  length\n}',
};

describe('the scene as GraphQL', () => {
  it('asks the focus unfiltered, then each expansion with the kept types, with the pages the URL asks', () => {
    expect(expansionQuestions(request)).toEqual([
      { id: 'en-zhang-jian', depth: 1, first: 30, pages: 1 },
      { id: 'ent-dasheng', depth: 1, first: 30, relationTypes: ['FOUNDED', 'LOCATED_IN'], pages: 3 },
      { id: 'pl-"odd"', depth: 1, first: 30, relationTypes: ['FOUNDED', 'LOCATED_IN'], pages: 1 },
    ]);
    expect(expansionQuestions({ ...request, types: [] })[1]).toEqual({
      id: 'ent-dasheng',
      depth: 1,
      first: 30,
      pages: 3,
    });
  });

  it('asks a later page after the cursor the page before ended on, with the same arguments', () => {
    const question = expansionQuestions(request)[1]!;
    expect(pageArguments(question, null)).toEqual({
      id: 'ent-dasheng',
      depth: 1,
      first: 30,
      relationTypes: ['FOUNDED', 'LOCATED_IN'],
    });
    expect(pageArguments(question, 'c30')).toMatchObject({ id: 'ent-dasheng', first: 30, after: 'c30' });
  });

  it('asks paths only between two different ends, avoiding what the reader chose', () => {
    expect(pathArguments(request)).toEqual({ from: 'en-zhang-jian', to: 'mus-nantong', maxHops: 4, limit: 5 });
    expect(pathArguments({ ...request, to: 'en-zhang-jian' })).toBeNull();
    expect(pathArguments({ ...request, to: null })).toBeNull();
    expect(pathArguments({ ...request, maxHops: 6, avoidKinds: ['Place'], avoidTypes: ['MENTIONS'] })).toEqual({
      from: 'en-zhang-jian',
      to: 'mus-nantong',
      maxHops: 6,
      limit: 5,
      excludeKinds: ['Place'],
      excludeTypes: ['MENTIONS'],
    });
  });

  it('writes one parseable document with a field per page shown and the paths', () => {
    const text = sceneQueryText(request, selections, [[], ['c30', 'c60'], []]);
    expect(text).toContain('n0: neighborhood(id: "en-zhang-jian", depth: 1, first: 30) {');
    expect(text).toContain(
      'n1: neighborhood(id: "ent-dasheng", depth: 1, first: 30, relationTypes: ["FOUNDED", "LOCATED_IN"]) {',
    );
    expect(text).toContain(
      'n1_p2: neighborhood(id: "ent-dasheng", depth: 1, first: 30, relationTypes: ["FOUNDED", "LOCATED_IN"], after: "c30") {',
    );
    expect(text).toContain('n1_p3: neighborhood(');
    expect(text).toContain('after: "c60"');
    expect(text).toContain(
      'n2: neighborhood(id: "pl-\\"odd\\"", depth: 1, first: 30, relationTypes: ["FOUNDED", "LOCATED_IN"]) {',
    );
    expect(text).toContain('paths(from: "en-zhang-jian", to: "mus-nantong", maxHops: 4, limit: 5) {');
    const document = parse(text);
    expect(document.definitions).toHaveLength(1);
  });

  it('leaves out a page whose cursor has not arrived, and never more pages than the URL asks', () => {
    const text = sceneQueryText(request, selections, [[], ['c30']]);
    expect(text).toContain('n1_p2:');
    expect(text).not.toContain('n1_p3:');
    expect(sceneQueryText({ ...request, pages: {} }, selections, [[], ['c30']])).not.toContain('n1_p2:');
  });

  it('writes kinds to avoid as enum values and relation types as strings', () => {
    const text = sceneQueryText({ ...request, avoidKinds: ['Place'], avoidTypes: ['MENTIONS'] }, selections);
    expect(text).toContain('excludeKinds: [Place], excludeTypes: ["MENTIONS"]');
    // A value that is not a name cannot become GraphQL syntax: it stays a quoted string, which the API refuses.
    const odd = sceneQueryText({ ...request, avoidKinds: ['Place] { x'] }, selections);
    expect(odd).toContain('excludeKinds: ["Place] { x"]');
    expect(() => parse(odd)).not.toThrow();
  });

  it('splits a scene of many pages into numbered documents each within the API limits', () => {
    const many = { ...request, pages: { 'ent-dasheng': 20 } };
    const cursors = [[], Array.from({ length: 19 }, (_, index) => `c${(index + 1) * 30}`)];
    const text = sceneQueryText(many, selections, cursors);
    const documents = parse(text).definitions;
    // 1 + 20 + 1 pages and the paths.
    expect(documents).toHaveLength(Math.ceil(23 / FIELDS_PER_DOCUMENT));
    for (const definition of documents) {
      expect(definition.kind).toBe('OperationDefinition');
      if (definition.kind === 'OperationDefinition')
        expect(definition.selectionSet.selections.length).toBeLessThanOrEqual(FIELDS_PER_DOCUMENT);
    }
    expect(text).toContain('query ExplorerSceneQuery1 {');
    expect(text).toContain(`# 1/${documents.length}`);
  });
});
