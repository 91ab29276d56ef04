import { describe, expect, it } from 'vitest';
import { isGraphStoreError } from '../graph-store-error.ts';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';
import { fromEntityRow, toEntityRow } from './entity-row.ts';
import { lastWinsById } from './record-checks.ts';
import { fromRelatesRow, toRelatesRow } from './relates-row.ts';

const museum: GraphNode = {
  id: 'museum-1',
  kind: 'Museum',
  name: '中国常州梳篦博物馆',
  aliases: [],
  province: '江苏',
  city: null,
  description: null,
  properties: { opened: 2006, halls: [{ name: '序厅', floor: 1 }], note: null },
  sources: [{ document: '名录', url: 'https://example.org', locator: '第 3 行', takenAt: '2024-05-01' }],
};

function problem(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    if (isGraphStoreError(error) && error.code === 'INVALID_RECORD') return error.message;
    throw error;
  }
  throw new Error('expected INVALID_RECORD');
}

describe('entity rows', () => {
  it('round-trip a node through its row', () => {
    const row = toEntityRow(museum, 0);
    expect(row.properties).toBe(JSON.stringify(museum.properties));
    expect(fromEntityRow({ ...row })).toEqual(museum);
  });

  it('read an omitted nullable column as null', () => {
    const { city: _city, ...withoutCity } = museum;
    expect(toEntityRow(withoutCity as GraphNode, 0).city).toBeNull();
  });

  it('name the node and the field at fault', () => {
    expect(problem(() => toEntityRow({ ...museum, aliases: '梳篦' } as never, 0))).toBe(
      'node "museum-1": aliases must be an array of strings',
    );
    expect(problem(() => toEntityRow({ ...museum, id: '' }, 7))).toBe('node #7: id must be a non-empty string');
  });

  it('refuse properties nested deeper than the limit without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i += 1) deep = [deep];
    expect(problem(() => toEntityRow({ ...museum, properties: { deep } } as never, 0))).toMatch(
      /properties\.deep(\[0\])+ nests deeper than 16 levels/,
    );
  });

  it('refuse property values JSON would silently change', () => {
    expect(problem(() => toEntityRow({ ...museum, properties: { ratio: Number.NaN } }, 0))).toContain(
      'properties.ratio must be a finite number',
    );
    expect(problem(() => toEntityRow({ ...museum, properties: { at: new Date() } } as never, 0))).toContain(
      'properties.at is not a JSON value',
    );
    expect(problem(() => toEntityRow({ ...museum, properties: { gone: undefined } } as never, 0))).toContain(
      'properties.gone is not a JSON value',
    );
  });

  it('refuse sources whose known fields are not text', () => {
    expect(problem(() => toEntityRow({ ...museum, sources: [{ url: 42 }] } as never, 0))).toContain(
      'sources[0].url must be a string',
    );
  });
});

describe('relationship rows', () => {
  const relationship: GraphRelationship = {
    id: 'museum-1|LOCATED_IN|changzhou',
    type: 'LOCATED_IN',
    from: 'museum-1',
    to: 'changzhou',
    properties: { since: 2006 },
    sources: [],
  };

  it('round-trip a relationship through its row', () => {
    const row = toRelatesRow(relationship, 0);
    expect(fromRelatesRow({ ...row, fromId: row.from, toId: row.to })).toEqual(relationship);
  });

  it('refuse a missing end id', () => {
    expect(problem(() => toRelatesRow({ ...relationship, to: '' }, 0))).toContain('to must be a non-empty string');
  });
});

describe('lastWinsById', () => {
  it('keeps the last record per id in first-seen order', () => {
    expect(
      lastWinsById([
        { id: 'a', v: 1 },
        { id: 'b', v: 2 },
        { id: 'a', v: 3 },
      ]),
    ).toEqual([
      { id: 'a', v: 3 },
      { id: 'b', v: 2 },
    ]);
  });
});
