import { describe, expect, it } from 'vitest';
import type { CandidateRecord } from './candidate-records.ts';
import { type CandidateTargets, candidatesGraph } from './candidates-graph.ts';

const TARGETS: CandidateTargets = {
  cityIds: new Map([
    ['无锡市', 'city-wuxi'],
    ['黄山市', 'city-huangshan'],
  ]),
  techniqueIds: new Set(['tech-yixing-zisha', 'tech-hui-ink']),
  existingIds: new Set(['city-wuxi', 'city-huangshan', 'tech-yixing-zisha', 'tech-hui-ink', 'cr-gu-jingzhou']),
};

const master = (name: string, extra: Partial<CandidateRecord> = {}): CandidateRecord => ({
  name,
  kind: 'Craftsman',
  province: '江苏',
  city: '无锡市',
  designation: { list: '中国工艺美术大师', batch: null, year: 1993 },
  sources: ['http://zhongguociwang.com/wap.aspx?cid=111&nid=15171&sp=6'],
  note: '宜兴紫砂/陶瓷。',
  ...extra,
});

describe('candidatesGraph', () => {
  it('gives a master its designation, note and page, places it in its city and links the technique its note names', () => {
    const { nodes, relationships, notices } = candidatesGraph([master('蒋蓉')], TARGETS);
    expect(nodes).toEqual([
      {
        id: 'cr-jiang-rong',
        kind: 'Craftsman',
        name: '蒋蓉',
        aliases: [],
        province: '江苏',
        city: '无锡市',
        description: null,
        properties: {
          designations: [{ list: '中国工艺美术大师', level: 'national', year: 1993, note: '批次未见于来源' }],
          note: '宜兴紫砂/陶瓷。',
        },
        sources: [
          {
            url: 'http://zhongguociwang.com/wap.aspx?cid=111&nid=15171&sp=6',
            document: 'zhongguociwang.com',
            locator: 'candidates.json 蒋蓉',
            takenAt: '2026-12',
          },
        ],
      },
    ]);
    expect(relationships.map((r) => r.id)).toEqual([
      'cr-jiang-rong|ACTIVE_IN|city-wuxi',
      'cr-jiang-rong|PRACTICES|tech-yixing-zisha',
    ]);
    expect(relationships.every((r) => r.sources === nodes[0]!.sources)).toBe(true);
    expect(notices).toEqual([]);
  });

  it('says what it leaves unlinked: a city without a Place, a master whose technique is not named exactly', () => {
    const { relationships, notices } = candidatesGraph(
      [master('毛国强', { note: '宜兴陶瓷；新晋国大师。', city: '六安市' })],
      TARGETS,
    );
    expect(relationships).toEqual([]);
    expect(notices).toEqual([
      '毛国强 (cr-mao-guoqiang): the graph has no city Place named 六安市; left without ACTIVE_IN',
      '毛国强 (cr-mao-guoqiang): the record names no technique of the graph; no PRACTICES',
    ]);
  });

  it('stops, naming the record, at a name without an id, and never overwrites a record of the graph', () => {
    expect(() => candidatesGraph([master('无名氏')], TARGETS)).toThrow(
      /record 1 \(无名氏\): has no id in CANDIDATE_IDS/,
    );
    expect(() => candidatesGraph([master('蒋蓉')], { ...TARGETS, existingIds: new Set(['cr-jiang-rong']) })).toThrow(
      /its id cr-jiang-rong is already a record of the graph/,
    );
    expect(() => candidatesGraph([master('蒋蓉', { note: '徽墨' })], { ...TARGETS, techniqueIds: new Set() })).toThrow(
      /names 徽墨, but the graph has no Technique tech-hui-ink/,
    );
  });
});
