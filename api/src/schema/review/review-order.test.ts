import type { GraphNode, GraphRelationship, Source } from '@icg/graph';
import { describe, expect, it } from 'vitest';
import { compareReviewEntries, reviewEntryOf, reviewExplanation, type ReviewEntry } from './review-order.ts';

const GOV = { url: 'https://www.jiangsu.gov.cn/art/2021/1/1/art_1.html' };
const PRESS = { url: 'http://www.xinhuanet.com/2020/01/01/c_1.htm' };
const REPOST = { url: 'https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372' };
const VERIFIED = { status: 'verified', by: '王', at: '2026-11-01T00:00:00.000Z', source: GOV };
const DISPUTED = { status: 'disputed', by: '王', at: '2026-11-02T00:00:00.000Z', note: '年份不一' };

function node(id: string, sources: Source[], properties: GraphNode['properties'] = {}): GraphNode {
  return {
    id,
    kind: 'HeritageSite',
    name: id,
    aliases: [],
    province: '江苏',
    city: null,
    description: null,
    properties,
    sources,
  };
}

function entry(record: GraphNode): ReviewEntry {
  const result = reviewEntryOf(record, 'entity');
  if (!result) throw new Error(`${record.id} is not in the queue`);
  return result;
}

describe('the review queue order', () => {
  it('leaves verified facts out and gives each other fact its reason', () => {
    expect(reviewEntryOf(node('v', [REPOST], { verification: VERIFIED }), 'entity')).toBeNull();
    expect(entry(node('r', [REPOST])).reason).toBe('repost-only');
    expect(entry(node('none', [])).reason).toBe('repost-only');
    expect(entry(node('d', [GOV], { verification: DISPUTED })).reason).toBe('disputed');
    expect(entry(node('i', [PRESS], { importedAt: '2026-12-01T10:00:00.000Z' })).reason).toBe('imported');
    expect(entry(node('u', [PRESS])).reason).toBe('unverified');
  });

  it('puts an imported record resting only on reposts with the reposts, and a disputed one with the disputes', () => {
    expect(entry(node('ir', [REPOST], { importedAt: '2026-12-01T10:00:00.000Z' }))).toMatchObject({
      reason: 'repost-only',
      since: '2026-12-01T10:00:00.000Z',
    });
    expect(entry(node('dr', [REPOST], { verification: DISPUTED })).reason).toBe('disputed');
  });

  it('orders reposts, disputes, imports, then the rest; within a reason weakest, fewest, oldest, then by id', () => {
    const records = [
      node('u-press', [PRESS]),
      node('u-gov', [GOV]),
      node('i-new', [PRESS], { importedAt: '2026-12-02T00:00:00.000Z' }),
      node('i-old', [PRESS], { importedAt: '2026-12-01T00:00:00.000Z' }),
      node('d-gov', [GOV], { verification: DISPUTED }),
      node('r-two', [REPOST, REPOST]),
      node('r-one', [REPOST]),
      node('r-none', []),
      node('i-gov', [GOV], { importedAt: '2026-11-01T00:00:00.000Z' }),
    ];
    const relationship: GraphRelationship = {
      id: 'a|FOUNDED|b',
      type: 'FOUNDED',
      from: 'a',
      to: 'b',
      properties: {},
      sources: [REPOST],
    };
    const entries = [...records.map(entry), reviewEntryOf(relationship, 'relationship')!];
    expect(entries.sort(compareReviewEntries).map((e) => e.id)).toEqual([
      'r-none',
      'r-one',
      'a|FOUNDED|b',
      'r-two',
      'd-gov',
      'i-old',
      'i-new',
      'i-gov',
      'u-press',
      'u-gov',
    ]);
  });

  it('says why a fact is in the queue', () => {
    expect(reviewExplanation(entry(node('r', [REPOST])))).toBe(
      'Unverified, resting only on reposts or unknown sources (1 source, the best repost).',
    );
    expect(reviewExplanation(entry(node('none', [])))).toMatch(/no source/);
  });
});
