import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';
import { factTallies, renderFactTalliesMarkdown } from './fact-tallies.ts';

const AT = '2026-11-23T08:00:00.000Z';
const node = (id: string, properties: GraphNode['properties'], url: string): GraphNode => ({
  id,
  kind: 'Enterprise',
  name: id,
  aliases: [],
  province: '江苏',
  city: null,
  description: null,
  properties,
  sources: [{ url }],
});

describe('the tallies of facts by status and source quality', () => {
  const nodes = [
    node(
      'a',
      { verification: { status: 'verified', by: '王策展', at: AT, source: { document: '南通市志' } } },
      'http://www.njdaily.cn/x',
    ),
    node(
      'b',
      { verification: { status: 'disputed', by: '王策展', at: AT, note: '年份不一' } },
      'https://xiydc.com/mv/x.html',
    ),
    node('c', {}, 'https://xiydc.com/mv/y.html'),
  ];
  const relationships: GraphRelationship[] = [
    {
      id: 'a|FOUNDED|b',
      type: 'FOUNDED',
      from: 'a',
      to: 'b',
      properties: {},
      sources: [{ url: 'https://daj.wuxi.gov.cn/d' }],
    },
  ];

  it('count entities and relationships apart, each by status and by its best source', () => {
    const tallies = factTallies(nodes, relationships);
    expect(tallies.entities).toEqual({
      facts: 3,
      byStatus: { verified: 1, unverified: 1, disputed: 1 },
      byBestSourceQuality: { official: 0, press: 1, reference: 0, repost: 2, unknown: 0 },
    });
    expect(tallies.relationships.byStatus.unverified).toBe(1);
    expect(tallies.relationships.byBestSourceQuality.official).toBe(1);
  });

  it('render as one Markdown table', () => {
    const markdown = renderFactTalliesMarkdown(factTallies(nodes, relationships));
    expect(markdown).toContain('| 实体 entities | 3 | 1 | 1 | 1 | 0 | 1 | 0 | 2 | 0 |');
    expect(markdown).toContain('| 关系 relationships | 1 | 0 | 1 | 0 | 1 | 0 | 0 | 0 | 0 |');
  });
});
