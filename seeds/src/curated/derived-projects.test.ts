import { allowsEndpoints, type GraphNode, projectPropertyProblems } from '@icg/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURATED_DATA_TITLE, readCuratedData } from './curated-files.ts';
import { buildCuratedGraph, type CuratedGraph, curatedGraphFromRecords } from './curated-graph.ts';
import type { CuratedData } from './curated-records.ts';

let graph: CuratedGraph;
let data: CuratedData;
beforeAll(async () => {
  data = await readCuratedData();
  graph = await buildCuratedGraph();
});

const projects = (g: CuratedGraph): GraphNode[] => g.nodes.filter((n) => n.kind === 'Project');
const linksOf = (g: CuratedGraph, id: string) => g.relationships.filter((r) => r.from === id).map((r) => r.id);

describe('reuse projects derived from the curated data', () => {
  it('derive one heritage-reuse project per CONVERTED_TO, all 运营 because every converted site states its present use', () => {
    const conversions = data.relations.filter((r) => r.type === 'CONVERTED_TO');
    expect(conversions).toHaveLength(7);
    expect(projects(graph).map((p) => p.properties.derivedFrom)).toEqual(
      conversions.map((r) => `${r.from}|CONVERTED_TO|${r.to}`),
    );
    for (const project of projects(graph)) {
      expect(projectPropertyProblems(project.properties), project.id).toEqual([]);
      expect(project.properties).toMatchObject({ projectType: 'heritage-reuse', status: 'operating' });
    }
    expect(projects(graph).map((p) => [p.id, p.province, p.city])).toEqual([
      ['project-reuse-jinling-arsenal', '江苏', '南京市'],
      ['project-reuse-hengyuanchang', '江苏', '常州市'],
      ['project-reuse-guoguang-radio', '江苏', '常州市'],
      ['project-reuse-yongli-ammonia', '江苏', '南京市'],
      ['project-reuse-yixin-flour-mill', '安徽', '芜湖市'],
      ['project-reuse-tianyuan-hemp-mill', '江苏', '无锡市'],
      ['project-reuse-nanjing-craft-equipment', '江苏', '南京市'],
    ]);
  });

  it('source a project by the CONVERTED_TO it rests on and by the records its status and period are read from', () => {
    const project = projects(graph).find((p) => p.id === 'project-reuse-jinling-arsenal')!;
    expect(project).toMatchObject({
      name: '金陵机器制造局旧址活化利用项目',
      properties: { startYear: 2007, derivedFrom: 'hs-jinling-arsenal|CONVERTED_TO|ts-chenguang-1865' },
    });
    expect(project.sources.map((s) => [s.url ?? s.document, s.locator])).toEqual([
      ['http://cg1865.zuoffice.com/artic/29098.html', undefined],
      ['http://www.tyjgjz.com/cn/Instant/municipal/202308/t20230816_7468463.html', undefined],
      [CURATED_DATA_TITLE, 'relations.json #491'],
      [CURATED_DATA_TITLE, 'entities.json hs-jinling-arsenal current_use'],
      [CURATED_DATA_TITLE, 'entities.json ts-chenguang-1865 opened_year'],
    ]);
    expect(project.properties.note).toBe(
      '由整理数据推得：金陵机器制造局旧址改造为晨光1865文化创意产业园（CONVERTED_TO，relations.json #491）。' +
        '状态“运营”：旧址记录的现状用途为“晨光1865文化创意产业园”。' +
        '起始年份取自晨光1865文化创意产业园的开放年份（opened_year）。',
    );
  });

  it('link a project to the site it reuses, the park it made and, where the data names one, its operator', () => {
    expect(linksOf(graph, 'project-reuse-jinling-arsenal')).toEqual([
      'project-reuse-jinling-arsenal|REUSES|hs-jinling-arsenal',
      'project-reuse-jinling-arsenal|RESULTED_IN|ts-chenguang-1865',
      'project-reuse-jinling-arsenal|OPERATED_BY|ent-chenguang',
    ]);
    expect(linksOf(graph, 'project-reuse-yongli-ammonia')).toEqual([
      'project-reuse-yongli-ammonia|REUSES|hs-yongli-ammonia',
      'project-reuse-yongli-ammonia|RESULTED_IN|ts-1934-park',
    ]);
    const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    for (const r of graph.relationships.filter((r) => r.from.startsWith('project-'))) {
      expect(allowsEndpoints(r.type, kinds.get(r.from)!, kinds.get(r.to)!), r.id).toBe(true);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
  });

  it('is 建成 rather than 运营 when the site does not say what it is used for today, and has no period without a year', () => {
    const changed = structuredClone(data);
    const site = changed.entities.find((e) => e.id === 'hs-jinling-arsenal')!;
    delete site.properties!.current_use;
    const park = changed.entities.find((e) => e.id === 'ts-chenguang-1865')!;
    delete park.properties!.opened_year;
    const project = projects(curatedGraphFromRecords(changed)).find((p) => p.id === 'project-reuse-jinling-arsenal')!;
    expect(project.properties.status).toBe('completed');
    expect(project.properties.startYear).toBeUndefined();
    expect(project.properties.note).toContain('状态“建成”：数据记有改造，未记现状用途。');
    expect(project.sources.map((s) => s.locator)).toEqual([undefined, undefined, 'relations.json #491']);
  });

  it('keeps ids apart when one site was converted twice, and derives the same records on every run', () => {
    const changed = structuredClone(data);
    changed.relations.push({ from: 'hs-jinling-arsenal', to: 'ts-canal-no5', type: 'CONVERTED_TO', sources: [] });
    const ids = projects(curatedGraphFromRecords(changed)).map((p) => p.id);
    expect(ids).toContain('project-reuse-jinling-arsenal-ts-chenguang-1865');
    expect(ids).toContain('project-reuse-jinling-arsenal-ts-canal-no5');
    expect(curatedGraphFromRecords(data)).toEqual(curatedGraphFromRecords(data));
  });
});
