import { entityPosition, type EntityPosition, type GraphNode } from '@icg/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCuratedGraph, type CuratedGraph } from './curated-graph.ts';

/** Where the curated records land on the map, as the graph holds them: the specification of entityPosition. */
let graph: CuratedGraph;
beforeAll(async () => {
  graph = await buildCuratedGraph();
});

const positionOf = (id: string): EntityPosition | null => {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return entityPosition(node);
};

describe('positions of the curated records', () => {
  it('takes the coordinates a source gives (茂新面粉厂旧址, from Wikipedia) as exact', () => {
    expect(positionOf('hs-maoxin-flour-mill')).toEqual({
      lat: expect.closeTo(31.5717, 4),
      lng: expect.closeTo(120.2883, 4),
      precision: 'EXACT',
      basis: '坐标（wikiwand（维基百科））',
      field: 'coordinates',
    });
  });

  it('reads the county from the district field: 宜兴 → 宜兴市, 泾县', () => {
    expect(positionOf('cr-gu-jingzhou')).toMatchObject({
      precision: 'COUNTY',
      county: { code: '320282', name: '宜兴市' },
      field: 'district',
    });
    expect(positionOf('mu-yixing-zisha')).toMatchObject({ county: { name: '宜兴市' }, field: 'district' });
    expect(positionOf('mu-china-xuan-paper')).toMatchObject({
      precision: 'COUNTY',
      county: { code: '341823', name: '泾县' },
    });
  });

  it('reads a former district from the name: 戚墅堰, now part of 武进区', () => {
    const site = graph.nodes.find((node) => node.name.startsWith('戚墅堰机车厂老厂区'))!;
    expect(entityPosition(site)).toMatchObject({
      precision: 'COUNTY',
      county: { code: '320412', name: '戚墅堰区' },
      basis: '戚墅堰区（已撤销，今属武进区，320412，常州市）',
    });
  });

  it('places a technique where it was declared (宣纸制作技艺 → 泾县)', () => {
    const xuan = graph.nodes.find((node) => node.kind === 'Technique' && node.name === '宣纸制作技艺')!;
    expect(entityPosition(xuan)).toMatchObject({ precision: 'COUNTY', county: { name: '泾县' } });
  });

  it('falls back to the city centre for a record that names only its city', () => {
    const position = positionOf('mu-nantong-textile');
    expect(position).toMatchObject({ precision: 'CITY', basis: '南通市中心', field: 'city' });
  });

  it('places most place-like records at least at their city, and many at their county', () => {
    const placeKinds = new Set(['HeritageSite', 'Museum', 'TourismSite', 'StudyBase', 'Enterprise']);
    const places: GraphNode[] = graph.nodes.filter((node) => placeKinds.has(node.kind));
    const byPrecision = { EXACT: 0, COUNTY: 0, CITY: 0, none: 0 };
    for (const node of places) byPrecision[entityPosition(node)?.precision ?? 'none'] += 1;
    expect(byPrecision.EXACT).toBe(1);
    expect(byPrecision.COUNTY).toBeGreaterThanOrEqual(30);
    expect(byPrecision.none).toBeLessThanOrEqual(10);
  });
});
