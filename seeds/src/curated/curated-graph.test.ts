import {
  designationsOf,
  findNodesNamed,
  formerNamesOf,
  type GraphNode,
  isRelationType,
  personReferencesOf,
  RELATION_TYPES,
} from '@icg/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURATED_DATA_TITLE, CURATED_TAKEN_AT, readCuratedData } from './curated-files.ts';
import { buildCuratedGraph, type CuratedGraph, curatedGraphFromRecords } from './curated-graph.ts';
import type { CuratedData } from './curated-records.ts';

let graph: CuratedGraph;
let data: CuratedData;
beforeAll(async () => {
  data = await readCuratedData();
  graph = await buildCuratedGraph();
});

const node = (id: string): GraphNode => {
  const found = graph.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }),
    {},
  );
/** A copy of the curated data, for cases the real data does not have. */
const copy = (): CuratedData => structuredClone(data);

describe('the curated graph', () => {
  it('has the 335 curated records, two province Places (23 Places in all) and 7 derived reuse projects', () => {
    expect(graph.nodes).toHaveLength(337 + 7);
    expect(countBy(graph.nodes, ({ kind }) => kind)).toEqual({
      Place: 23,
      HeritageSite: 34,
      Museum: 30,
      TourismSite: 16,
      Technique: 80,
      Craftsman: 35,
      Entrepreneur: 23,
      Enterprise: 79,
      Story: 17,
      Project: 7,
    });
    expect(
      countBy(
        graph.nodes.filter(({ kind }) => kind === 'Place'),
        ({ properties }) => String(properties.level),
      ),
    ).toEqual({
      province: 2,
      city: 21,
    });
  });

  it("has the 581 curated relations, one PART_OF per city and the projects' links, with LEADS from people as HEADS", () => {
    // Each derived project REUSES its site and RESULTED_IN its park; one park has an operator.
    expect(graph.relationships).toHaveLength(581 + 21 + 7 * 2 + 1);
    const byType = countBy(graph.relationships, ({ type }) => type);
    expect(byType).toMatchObject({ LOCATED_IN: 154, ORIGINATED_IN: 73, ACTIVE_IN: 57, ABOUT: 67, PROTECTED_BY: 38 });
    expect(byType).toMatchObject({ PART_OF: 21, HEADS: 2, SUCCEEDED_BY: 2, MERGED_INTO: 2, FOUNDED: 30 });
    expect(byType.LEADS).toBeUndefined();
    expect(byType.APPRENTICE_OF).toBeUndefined();
  });

  it('keeps every relationship between nodes that exist, under a type of the model', () => {
    const ids = new Set(graph.nodes.map(({ id }) => id));
    for (const { from, to, type } of graph.relationships) {
      expect(ids.has(from) && ids.has(to), `${from} ${type} ${to}`).toBe(true);
      expect(isRelationType(type)).toBe(true);
    }
  });

  it('gives every node a unique ASCII id and every relationship a unique id', () => {
    expect(new Set(graph.nodes.map(({ id }) => id)).size).toBe(graph.nodes.length);
    expect(new Set(graph.relationships.map(({ id }) => id)).size).toBe(graph.relationships.length);
    for (const { id } of graph.nodes) expect(id).toMatch(/^[A-Za-z0-9-]+$/);
  });

  it('gives the same ids, and the same records, on every build', async () => {
    const again = await buildCuratedGraph();
    expect(again.nodes.map(({ id }) => id)).toEqual(graph.nodes.map(({ id }) => id));
    expect(again.relationships.map(({ id }) => id)).toEqual(graph.relationships.map(({ id }) => id));
    expect(again).toEqual(graph);
    expect(graph.relationships[0]?.id).toBe('hs-dasheng-cotton-mill|LOCATED_IN|city-nantong');
  });

  it('uses 江苏 / 安徽 for province, and a city Place’s name for city', () => {
    const cityNames = new Set(
      graph.nodes.filter(({ properties }) => properties.level === 'city').map(({ name }) => name),
    );
    expect(cityNames.size).toBe(21);
    const records = graph.nodes.filter(({ kind }) => kind !== 'Project');
    expect(countBy(records, ({ province }) => String(province))).toEqual({ 江苏: 231, 安徽: 106 });
    // A derived project lies where the site it reuses lies.
    expect(countBy(graph.nodes, ({ province }) => String(province))).toEqual({ 江苏: 231 + 6, 安徽: 106 + 1 });
    for (const { id, city } of graph.nodes) if (city !== null) expect(cityNames, id).toContain(city);
  });

  it('keeps every URL of every record as a Source, without a locator: a bare URL says nothing of where in its page', () => {
    const urls = (items: readonly { sources: string[] }[]) =>
      items.reduce((sum, { sources }) => sum + sources.length, 0);
    // Derived projects and their links reuse the sources of what they derive from (derived-projects.test.ts).
    const curatedNodes = graph.nodes.filter(({ id, kind }) => !id.startsWith('province-') && kind !== 'Project');
    expect(curatedNodes.reduce((sum, { sources }) => sum + sources.length, 0)).toBe(urls(data.entities));
    // Links to a province are derived from an entity's record, apprenticeships from a record's text: those cite it.
    const curatedRelationships = graph.relationships.filter(
      ({ from, to, sources }) =>
        !from.startsWith('project-') &&
        !to.startsWith('province-') &&
        !sources.some(({ document }) => document === CURATED_DATA_TITLE),
    );
    expect(curatedRelationships).toHaveLength(581);
    expect(curatedRelationships.reduce((sum, { sources }) => sum + sources.length, 0)).toBe(urls(data.relations));
    for (const { sources } of [...graph.nodes, ...graph.relationships]) {
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source.takenAt).toBe(CURATED_TAKEN_AT);
    }
  });

  it('names a curated file in a locator only where the source is the curated records themselves', () => {
    const located = [...graph.nodes, ...graph.relationships].flatMap(({ sources }) =>
      sources.filter(({ locator }) => locator !== undefined),
    );
    expect(located.length).toBeGreaterThan(0);
    for (const source of located) {
      expect(source, source.locator).toMatchObject({ document: CURATED_DATA_TITLE });
      expect(source.url).toBeUndefined();
    }
  });
});

describe('named records', () => {
  it('大生纱厂旧址 is a national industrial heritage site (batch 2, 2018) with its six sources', () => {
    const site = node('hs-dasheng-cotton-mill');
    expect(site).toMatchObject({
      kind: 'HeritageSite',
      name: '大生纱厂旧址',
      aliases: ['大生纱厂'],
      province: '江苏',
      city: '南通市',
    });
    expect(site.sources).toHaveLength(6);
    expect(site.sources[0]).toEqual({
      url: 'https://xiydc.com/mv/kxky309333.html',
      document: 'xiydc.com',
      takenAt: '2026-11',
    });
    expect(site.properties).toMatchObject({
      heritage_level: 'national',
      national_industrial_heritage_batch: 2,
      founded_year: 1895,
    });
    expect(site.properties.other_designations).toBeUndefined();
    expect(designationsOf(site)).toEqual([
      { list: '国家工业遗产', level: 'national', batch: 2, year: 2018 },
      { list: '全国重点文物保护单位', level: 'national', batch: 6, asWritten: '全国重点文物保护单位（第六批）' },
      expect.objectContaining({ list: '南通市文物保护单位', level: 'municipal', year: 1998, part: '大生纱厂钟楼' }),
      expect.objectContaining({ list: '全国重点文物保护单位', level: 'national', year: 2006, part: '大生纱厂钟楼' }),
    ]);
  });

  it('张謇 founded 大生纱厂 in 1895, with the two pages that say so', () => {
    expect(node('en-zhang-jian')).toMatchObject({ kind: 'Entrepreneur', name: '张謇', city: '南通市' });
    const founded = graph.relationships.find(({ id }) => id === 'en-zhang-jian|FOUNDED|ent-dasheng');
    expect(founded).toMatchObject({ type: 'FOUNDED', properties: { year: 1895 } });
    expect(founded?.sources.map(({ url }) => url)).toEqual(data.relations[301]!.sources);
    expect(
      graph.relationships
        .filter(({ from, type }) => from === 'en-zhang-jian' && type === 'FOUNDED')
        .map(({ to }) => to),
    ).toEqual(['ent-dasheng', 'ent-guangsheng-oil', 'ent-dalong-soap', 'ent-zisheng-iron', 'mu-nantong-museum']);
  });

  it('南京市 is a city Place, part of 江苏省', () => {
    expect(node('city-nanjing')).toMatchObject({
      kind: 'Place',
      name: '南京市',
      province: '江苏',
      city: '南京市',
      properties: { level: 'city' },
    });
    expect(node('province-jiangsu')).toMatchObject({
      kind: 'Place',
      name: '江苏省',
      aliases: ['江苏'],
      properties: { level: 'province' },
    });
    const partOf = graph.relationships.find(({ id }) => id === 'city-nanjing|PART_OF|province-jiangsu');
    expect(partOf?.sources.map(({ url }) => url)).toEqual(
      data.entities.find(({ id }) => id === 'city-nanjing')!.sources,
    );
  });

  it('the intangible-heritage list is titled by what it is, not by github.com', () => {
    expect(node('tech-nanjing-gold-foil').sources[0]?.document).toContain('ich_national_full_data.csv');
    expect(designationsOf(node('tech-nanjing-gold-foil'))).toEqual([
      { list: '国家级非物质文化遗产代表性项目名录', level: 'national', batch: 1, year: 2006, itemCode: 'Ⅷ-36' },
    ]);
  });
});

describe('history', () => {
  it('finds today’s entity by a former name: 保兴面粉厂 is 茂新面粉厂, 减店公社酒厂 is 古井集团', () => {
    expect(findNodesNamed(graph.nodes, '保兴面粉厂').map(({ id }) => id)).toEqual(['ent-maoxin']);
    expect(formerNamesOf(node('ent-maoxin'))[0]).toMatchObject({ name: '保兴面粉厂', from: 1900 });

    expect(findNodesNamed(graph.nodes, '减店公社酒厂').map(({ id }) => id)).toEqual(['ent-gujing']);
    expect(formerNamesOf(node('ent-gujing'))).toEqual([
      expect.objectContaining({ name: '减店公社酒厂', from: 1958, to: 1959 }),
      expect.objectContaining({ name: '亳县古井酒厂', from: 1959 }),
    ]);
    expect(findNodesNamed(graph.nodes, '国家矿山博物馆').map(({ id }) => id)).toEqual(['mu-huaibei-mining']);
    expect(findNodesNamed(graph.nodes, '南京晨光机器厂').map(({ id }) => id)).toEqual(['ent-chenguang']);
  });

  it('takes a founding name from FOUNDED.original_name: 朱恒顺糟坊 (1840) for 恒顺醋业', () => {
    expect(formerNamesOf(node('ent-hengshun'))[0]).toEqual({
      name: '朱恒顺糟坊',
      from: 1840,
      source: {
        document: 'Curated industrial-culture records (Jiangsu and Anhui)',
        locator: 'relations.json #324',
        takenAt: '2026-11',
      },
    });
  });

  it('puts every former name in aliases and cites an existing record for it', () => {
    const ids = new Set(data.entities.map(({ id }) => id));
    const withFormerNames = graph.nodes.filter((candidate) => formerNamesOf(candidate).length);
    expect(withFormerNames.length).toBe(21);
    for (const candidate of withFormerNames) {
      for (const { name, source } of formerNamesOf(candidate)) {
        expect(candidate.aliases, candidate.id).toContain(name);
        const cited = source?.locator?.match(/^entities\.json (\S+)$/)?.[1];
        if (cited) expect(ids).toContain(cited);
        else expect(source?.locator).toMatch(/^relations\.json #\d+$/);
      }
    }
  });

  it('keeps successions between distinct enterprises as relationships, with the year where known', () => {
    const history = graph.relationships
      .filter(({ type }) => type === 'SUCCEEDED_BY' || type === 'MERGED_INTO')
      .map(({ from, type, to, properties }) => [from, type, to, properties.year ?? null]);
    expect(history).toEqual([
      ['ent-jinling-arsenal', 'SUCCEEDED_BY', 'ent-chenguang', null],
      ['ent-anqing-arsenal', 'MERGED_INTO', 'ent-jinling-arsenal', 1864],
      ['ent-yongli', 'SUCCEEDED_BY', 'ent-nanhua', null],
      ['ent-guangyi', 'MERGED_INTO', 'ent-dacheng', 1933],
    ]);
  });

  it('records masters who are not nodes, so no APPRENTICE_OF is invented', () => {
    expect(personReferencesOf(node('cr-xu-xiutang'), 'masters')).toEqual([
      expect.objectContaining({ name: '任淦庭', year: 1954, technique: 'tech-yixing-zisha' }),
    ]);
    expect(personReferencesOf(node('cr-gu-jingzhou'), 'apprentices').map(({ name }) => name)).toEqual([
      '徐汉棠',
      '高海庚',
      '李昌鸿',
      '沈遽华',
      '束凤英',
      '吴群祥',
    ]);
    // 吴兆光 is 吴水森's son and the shop's next generation, which the data says as CHILD_OF and INHERITS.
    expect(graph.relationships.filter(({ from }) => from === 'cr-wu-zhaoguang').map(({ type }) => type)).toEqual(
      expect.arrayContaining(['CHILD_OF', 'INHERITS']),
    );
  });

  it('makes APPRENTICE_OF when a named master is a node', () => {
    const changed = copy();
    const apprentice = changed.entities.find(({ id }) => id === 'cr-xu-xiutang');
    changed.entities.push({
      ...structuredClone(apprentice!),
      id: 'cr-ren-ganting',
      name: '任淦庭',
      description: '陶刻名艺人。',
    });
    const result = curatedGraphFromRecords(changed);
    expect(result.relationships.find(({ type }) => type === 'APPRENTICE_OF')).toMatchObject({
      id: 'cr-xu-xiutang|APPRENTICE_OF|cr-ren-ganting',
      properties: { technique: 'tech-yixing-zisha', year: 1954 },
    });
  });
});

describe('issues', () => {
  it('are warnings only for the delivered data, each naming file, record and field', () => {
    expect(graph.issues.filter(({ severity }) => severity === 'error')).toEqual([]);
    expect(countBy(graph.issues, ({ code }) => code)).toEqual({
      CITY_MISSING: 15,
      REMAPPED_TYPE: 2,
      MIXED_PROPERTY_TYPE: 1,
      DESIGNATION_LEVEL_UNKNOWN: 1,
    });
    expect(graph.issues).toContainEqual({
      severity: 'warning',
      code: 'MIXED_PROPERTY_TYPE',
      file: 'entities.json',
      index: 57,
      id: 'mu-china-xuan-paper',
      field: 'properties.floor_area_m2',
      reason: expect.stringContaining('string here, number in 4 others'),
    });
    expect(graph.issues).toContainEqual(
      expect.objectContaining({ code: 'REMAPPED_TYPE', file: 'relations.json', index: 333, field: 'type' }),
    );
  });

  it('report a relation whose end is missing, and leave it out', () => {
    const changed = copy();
    changed.relations[0] = { ...changed.relations[0]!, to: 'city-nantong-typo' };
    const result = curatedGraphFromRecords(changed);
    expect(result.issues).toContainEqual({
      severity: 'error',
      code: 'MISSING_END',
      file: 'relations.json',
      index: 0,
      field: 'to',
      reason: expect.stringContaining('city-nantong-typo'),
    });
    expect(result.relationships).toHaveLength(graph.relationships.length - 1);
    expect(result.relationships.some(({ to }) => to === 'city-nantong-typo')).toBe(false);
  });

  it('give a second (from, type, to) its own id with a qualifier', () => {
    const changed = copy();
    changed.relations.push(structuredClone(changed.relations[0]!));
    const result = curatedGraphFromRecords(changed);
    expect(result.relationships.map(({ id }) => id)).toContain('hs-dasheng-cotton-mill|LOCATED_IN|city-nantong|2');
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_RELATION', index: 581 }));
  });

  it('report unknown kinds and types, bad ids, and cities that are not Places, instead of guessing', () => {
    const changed = copy();
    const template = changed.entities.find(({ id }) => id === 'ent-dasheng')!;
    changed.entities.push(
      { ...structuredClone(template), id: 'ent-x', kind: 'Factory' },
      { ...structuredClone(template), id: 'ent y' },
      { ...structuredClone(template), id: 'ent-z', city: '南京', province: '江苏省' },
      { ...structuredClone(template), id: 'ent-w', city: '上海市' },
    );
    changed.relations.push({ from: 'ent-dasheng', to: 'ent-z', type: 'SPONSORED', sources: [] });
    const result = curatedGraphFromRecords(changed);
    const codes = result.issues.map(({ code, id, index }) => [code, id ?? index]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['UNKNOWN_KIND', 'ent-x'],
        ['INVALID_ID', 'ent y'],
        ['UNKNOWN_CITY', 'ent-w'],
        ['UNKNOWN_RELATION_TYPE', 581],
      ]),
    );
    // 南京 and 江苏省 are read as the Place name 南京市 and the province 江苏, without a complaint.
    expect(result.nodes.find(({ id }) => id === 'ent-z')).toMatchObject({ city: '南京市', province: '江苏' });
    expect(result.issues.some(({ id }) => id === 'ent-z')).toBe(false);
  });

  it('refuse a history note whose evidence the cited record does not hold', () => {
    const result = curatedGraphFromRecords(copy(), {
      history: {
        formerNames: [{ entity: 'ent-gujing', name: '古井贡酒厂', from: 1949, evidence: '1949年更名古井贡酒厂' }],
        people: [],
        designations: [],
      },
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'HISTORY_UNSUPPORTED',
        id: 'ent-gujing',
        field: 'description',
      }),
    );
    expect(findNodesNamed(result.nodes, '古井贡酒厂')).toEqual([]);
  });

  it('normalise text where it enters: names, descriptions, aliases and property values', () => {
    const changed = copy();
    const record = changed.entities.find(({ id }) => id === 'ent-dasheng')!;
    Object.assign(record, { name: 'Cafe\u0301 大生', aliases: ['\uD800大生'], properties: { note: 'Cafe\u0301' } });
    const result = curatedGraphFromRecords(changed).nodes.find(({ id }) => id === 'ent-dasheng');
    expect(result).toMatchObject({
      name: 'Caf\u00e9 大生',
      aliases: ['\uFFFD大生'],
      properties: { note: 'Caf\u00e9' },
    });
  });

  it('name a type the model knows for every curated relation', () => {
    for (const { type } of data.relations) expect(Object.keys(RELATION_TYPES)).toContain(type);
  });
});
