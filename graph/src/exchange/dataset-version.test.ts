import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';
import { canonicalJson, DATASET_VERSION_PREFIX, datasetVersion } from './dataset-version.ts';

const node = (id: string, properties: GraphNode['properties'] = {}): GraphNode => ({
  id,
  kind: 'Museum',
  name: id,
  aliases: [],
  province: '江苏',
  city: null,
  description: null,
  properties,
  sources: [{ document: '名录' }],
});
const relationship: GraphRelationship = {
  id: 'r',
  type: 'LOCATED_IN',
  from: 'a',
  to: 'b',
  properties: {},
  sources: [],
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('datasetVersion', () => {
  it('names its scheme and is a SHA-256', () => {
    expect(datasetVersion([], [])).toMatch(new RegExp(`^${DATASET_VERSION_PREFIX}[0-9a-f]{64}$`));
  });

  it('depends on content only: not on record order or key order', () => {
    const a = node('a', { founded_year: 1895, level: 'national' });
    const b = node('b');
    const reordered = { ...node('a', { level: 'national', founded_year: 1895 }) };
    expect(datasetVersion([a, b], [relationship])).toBe(datasetVersion([b, reordered], [relationship]));
  });

  it('changes when any field of any record changes', () => {
    const base = datasetVersion([node('a')], [relationship]);
    expect(datasetVersion([{ ...node('a'), name: 'A' }], [relationship])).not.toBe(base);
    expect(datasetVersion([node('a')], [{ ...relationship, sources: [{ url: 'https://x.org' }] }])).not.toBe(base);
    expect(datasetVersion([node('a'), node('c')], [relationship])).not.toBe(base);
  });

  it('tells a node from a relationship with the same content', () => {
    expect(datasetVersion([node('a')], [])).not.toBe(datasetVersion([], [node('a') as unknown as GraphRelationship]));
  });
});
