import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship, JsonValue } from '@icg/graph';
import {
  ERAS,
  buildEntityDocument,
  collectEntityRelations,
  entityIdFromUid,
  entityUid,
  eraOf,
  industriesOf,
  isPubliclySearchable,
  levelOf,
  yearOf,
} from './entity-documents.ts';
import { createSegmenter, type Segmenter } from './segmenter.ts';

function node(partial: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'name'>): GraphNode {
  return { aliases: [], province: null, city: null, description: null, properties: {}, sources: [], ...partial };
}

function rel(type: GraphRelationship['type'], from: string, to: string): GraphRelationship {
  return { id: `${from}|${type}|${to}`, type, from, to, properties: {}, sources: [] };
}

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createSegmenter();
});

describe('entityUid', () => {
  it('is a reversible Meilisearch-safe id for any entity id', () => {
    for (const id of ['site-dasheng', '江苏|PolicyTask|序号 6', 'a/b?c=d&e', '😀']) {
      const uid = entityUid(id);
      expect(uid).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(entityIdFromUid(uid)).toBe(id);
    }
  });

  it('refuses ids too long for Meilisearch instead of failing a whole batch later', () => {
    expect(() => entityUid('长'.repeat(200))).toThrow(RangeError);
  });
});

describe('buildEntityDocument', () => {
  it('builds a document with raw and segmented text', () => {
    const document = buildEntityDocument(
      node({
        id: 'site-jinling',
        kind: 'HeritageSite',
        name: '金陵机器制造局旧址',
        aliases: ['晨光1865', '晨光1865'],
        province: '江苏',
        city: '南京市',
        description: '1865年创办，现为国家工业遗产。',
      }),
      { segmenter },
    );
    expect(document).toMatchObject({
      uid: entityUid('site-jinling'),
      entityId: 'site-jinling',
      kind: 'HeritageSite',
      name: '金陵机器制造局旧址',
      name_seg: segmenter.segment('金陵机器制造局旧址'),
      aliases: ['晨光1865'],
      aliases_seg: '晨光 1865',
      description: '1865年创办，现为国家工业遗产。',
      description_seg: '1865 年 创办 现为 国家工业遗产',
      province: '江苏',
      city: '南京市',
    });
  });

  it('adds pinyin, initials and every prefix of the name and aliases as extra fields, never replacing the text', () => {
    const document = buildEntityDocument(
      node({ id: 'site-jinling', kind: 'HeritageSite', name: '金陵机器局', aliases: ['晨光 1865'] }),
      { segmenter },
    );
    expect(document.name).toBe('金陵机器局');
    expect(document.pinyin).toEqual(['jin ling ji qi ju', 'chen guang 1865']);
    expect(document.pinyin_joined).toEqual(['jinlingjiqiju', 'chenguang1865']);
    expect(document.initials).toEqual(['jljqj', 'cg1865']);
    expect(document.name_prefixes).toEqual(expect.arrayContaining(['金', '金陵', '金陵机器局', '晨光', '晨光1865']));
    expect(document.pinyin_prefixes).toEqual(expect.arrayContaining(['j', 'jinling', 'jljqj', 'chenguang', 'cg']));
    expect(document.name_prefixes.some((prefix) => /[a-z]{2}/.test(prefix))).toBe(false);
  });

  it('measures importance by the highest designation level and the degree', () => {
    const listed = buildEntityDocument(
      node({
        id: 'site-dasheng',
        kind: 'HeritageSite',
        name: '大生纱厂',
        properties: {
          designations: [
            { list: '江苏省文物保护单位', level: 'provincial' },
            { list: '国家工业遗产', level: 'national', batch: 2 },
          ],
        },
      }),
      { segmenter, related: { degree: 7 } },
    );
    expect(listed).toMatchObject({ designationRank: 5, degree: 7, nameLength: 4 });
    const plain = buildEntityDocument(node({ id: 'x', kind: 'HeritageSite', name: '无名厂' }), { segmenter });
    expect(plain).toMatchObject({ designationRank: 0, degree: 0 });
  });

  it('adds the section and the departments of a PolicyTask', () => {
    const document = buildEntityDocument(
      node({ id: 'task-6', kind: 'PolicyTask', name: '培育工业遗产重点项目', province: '江苏' }),
      {
        segmenter,
        related: {
          sectionName: '工业遗产保护利用工程',
          leadDepartments: ['省工信厅'],
          participatingDepartments: ['省发改委', '省文旅厅', '省发改委'],
        },
      },
    );
    expect(document).toMatchObject({
      description: null,
      description_seg: null,
      sectionName: '工业遗产保护利用工程',
      sectionName_seg: '工业遗产 保护 利用 工程',
      leadDepartments: ['省工信厅'],
      participatingDepartments: ['省发改委', '省文旅厅'],
    });
  });

  it('normalises text so Meilisearch never sees a lone surrogate', () => {
    const document = buildEntityDocument(node({ id: 'x', kind: 'Story', name: '故事\uD83D', description: 'e\u0301' }), {
      segmenter,
    });
    expect(document.name).toBe('故事\uFFFD');
    expect(document.description).toBe('\u00E9');
    expect(() => JSON.parse(JSON.stringify(document))).not.toThrow();
  });
});

describe('facet fields: industry, year, era, level, tags', () => {
  it('reads industries from the industry property, splitting combined ones and dropping parenthesised detail', () => {
    const industries = (industry: JsonValue | undefined) =>
      industriesOf({ properties: industry === undefined ? {} : { industry } });
    expect(industries('棉纺织')).toEqual(['棉纺织']);
    expect(industries('军工/机械')).toEqual(['军工', '机械']);
    expect(industries('化工（硫酸铵、硝酸、合成氨）')).toEqual(['化工']);
    expect(industries('铸币/度量衡/机床')).toEqual(['铸币', '度量衡', '机床']);
    // Two spellings of one industry become one facet value; narrower industries stay themselves.
    expect(industries('白酒酿造')).toEqual(['白酒']);
    expect(industries('铁路机车车辆')).toEqual(['铁路机车']);
    expect(industries('纺织印染')).toEqual(['纺织印染']);
    expect(industries(['电力', '电力', ' '])).toEqual(['电力']);
    expect(industries(undefined)).toEqual([]);
    expect(industries(42)).toEqual([]);
  });

  it('takes the founding year of an enterprise or site, falling back to when it was built or opened', () => {
    expect(yearOf({ kind: 'Enterprise', properties: { founded_year: 1895, built_year: 1899 } })).toBe(1895);
    expect(yearOf({ kind: 'HeritageSite', properties: { built_year: 1944 } })).toBe(1944);
    expect(yearOf({ kind: 'HeritageSite', properties: { opened: '1968-12-29' } })).toBe(1968);
  });

  it('takes the opening year of a museum, the birth year of a person, a story’s year and a document’s signing', () => {
    expect(yearOf({ kind: 'Museum', properties: { opened_year: 1986, founded_year: 1980 } })).toBe(1986);
    expect(yearOf({ kind: 'Museum', properties: { opened: '1985-10' } })).toBe(1985);
    expect(yearOf({ kind: 'Museum', properties: { founded_year: 1905 } })).toBe(1905);
    expect(yearOf({ kind: 'Entrepreneur', properties: { birth: '1853-07-01', death: '1926-08-24' } })).toBe(1853);
    expect(yearOf({ kind: 'Craftsman', properties: { birth_year: 1915, death_year: 1996 } })).toBe(1915);
    expect(yearOf({ kind: 'Story', properties: { year: 1865 } })).toBe(1865);
    expect(yearOf({ kind: 'PolicyDocument', properties: { signedOn: '2021-12-08', startYear: 2021 } })).toBe(2021);
    expect(yearOf({ kind: 'PolicyDocument', properties: { startYear: 2021 } })).toBe(2021);
  });

  it('gives no year to undated kinds, and none for values that are not plausible years', () => {
    // A technique's listing year is not its age.
    expect(yearOf({ kind: 'Technique', properties: { national_year: 2006 } })).toBeNull();
    expect(yearOf({ kind: 'Place', properties: { year: 1900 } })).toBeNull();
    expect(yearOf({ kind: 'Enterprise', properties: {} })).toBeNull();
    expect(yearOf({ kind: 'Enterprise', properties: { founded_year: 95 } })).toBeNull();
    expect(yearOf({ kind: 'Enterprise', properties: { founded_year: 1895.5 } })).toBeNull();
    expect(yearOf({ kind: 'Museum', properties: { opened: '约二十世纪' } })).toBeNull();
    expect(yearOf({ kind: 'Museum', properties: { opened: '19851' } })).toBeNull();
    expect(yearOf({ kind: 'Enterprise', properties: { founded_year: '1895' } })).toBe(1895);
  });

  it('puts a year into the period it falls in, each break year opening the next period', () => {
    expect(eraOf(1723)).toBe('古代（1840年前）');
    expect(eraOf(1839)).toBe('古代（1840年前）');
    expect(eraOf(1840)).toBe('晚清（1840–1911）');
    expect(eraOf(1911)).toBe('晚清（1840–1911）');
    expect(eraOf(1912)).toBe('民国（1912–1948）');
    expect(eraOf(1948)).toBe('民国（1912–1948）');
    expect(eraOf(1949)).toBe('新中国成立初期（1949–1977）');
    expect(eraOf(1977)).toBe('新中国成立初期（1949–1977）');
    expect(eraOf(1978)).toBe('改革开放以来（1978年起）');
    expect(eraOf(null)).toBeNull();
    expect(new Set(ERAS.map((era) => era.name)).size).toBe(ERAS.length);
  });

  it('names the highest designation level in words, agreeing with designationRank', () => {
    const designated = (...levels: string[]) => ({
      properties: { designations: levels.map((level) => ({ list: `${level}名录`, level })) },
    });
    expect(levelOf(designated('provincial', 'national', 'municipal'))).toBe('国家级');
    expect(levelOf(designated('international', 'national'))).toBe('世界级');
    expect(levelOf(designated('list', 'municipal'))).toBe('行业名录');
    expect(levelOf(designated('other', 'county'))).toBe('县级');
    expect(levelOf(designated('other'))).toBe('其他');
    expect(levelOf(designated())).toBeNull();
    expect(levelOf({ properties: { designations: [{ list: '', level: 'national' }] } })).toBeNull();
  });

  it('carries industry, year, era, level and tags in the document', () => {
    const document = buildEntityDocument(
      node({
        id: 'ent-dasheng',
        kind: 'Enterprise',
        name: '大生纱厂',
        description: '张謇在南通创办的大生纱厂，近代民族工业的代表。',
        properties: {
          industry: '棉纺织',
          founded_year: 1895,
          designations: [{ list: '国家工业遗产', level: 'national' }],
        },
      }),
      { segmenter },
    );
    expect(document).toMatchObject({
      industry: ['棉纺织'],
      year: 1895,
      era: '晚清（1840–1911）',
      level: '国家级',
      designationRank: 5,
    });
    expect(document.tags).toEqual(document.keywords);
    const undated = buildEntityDocument(node({ id: 'x', kind: 'Place', name: '南通市' }), { segmenter });
    expect(undated).toMatchObject({ industry: [], year: null, era: null, level: null });
  });

  it('puts curated tags (a theme’s keywords) before extracted keywords, without repeats', () => {
    const document = buildEntityDocument(
      node({
        id: 'theme-heritage',
        kind: 'Theme',
        name: '工业遗产保护利用',
        description: '工业遗产与老旧厂房的保护利用。',
        properties: { keywords: ['工业遗产', '工业锈带', 7] },
      }),
      { segmenter },
    );
    expect(document.tags.slice(0, 2)).toEqual(['工业遗产', '工业锈带']);
    expect(document.tags).toEqual(expect.arrayContaining(document.keywords));
    expect(new Set(document.tags).size).toBe(document.tags.length);
  });
});

describe('collectEntityRelations', () => {
  it('turns department and section links into plain data, skipping unexpected ends', () => {
    const nodes = new Map<string, GraphNode>(
      [
        node({ id: 'dep-gxt', kind: 'Department', name: '省工信厅' }),
        node({ id: 'dep-jyt', kind: 'Department', name: '省教育厅' }),
        node({ id: 'dep-rst', kind: 'Department', name: '省人社厅' }),
        node({ id: 'dep-fgw', kind: 'Department', name: '省发改委' }),
        node({ id: 'sec-1', kind: 'PolicySection', name: '工业文化弘扬传播工程' }),
        node({ id: 'place-nj', kind: 'Place', name: '南京市' }),
      ].map((n) => [n.id, n]),
    );
    const relations = collectEntityRelations(
      ['task-1', 'task-2'],
      [
        rel('LEADS', 'dep-gxt', 'task-1'),
        rel('JOINTLY_RESPONSIBLE', 'dep-jyt', 'task-1'),
        rel('PARTICIPATES_IN', 'dep-rst', 'task-1'),
        rel('RESPONSIBLE_PER_DUTY', 'dep-fgw', 'task-1'),
        rel('PARTICIPATES_IN', 'dep-gxt', 'task-1'),
        rel('PART_OF', 'task-1', 'sec-1'),
        rel('PART_OF', 'task-2', 'place-nj'),
        rel('LEADS', 'dep-missing', 'task-2'),
      ],
      nodes,
    );
    expect(relations.get('task-1')).toEqual({
      sectionName: '工业文化弘扬传播工程',
      leadDepartments: ['省工信厅', '省教育厅'],
      participatingDepartments: ['省人社厅', '省发改委'],
    });
    expect(relations.get('task-2')).toBeUndefined();
  });
});

describe('isPubliclySearchable', () => {
  it('holds every entity, and a narrative only once it is published', () => {
    expect(isPubliclySearchable(node({ id: 'en-zhang-jian', kind: 'Entrepreneur', name: '张謇' }))).toBe(true);
    const draft = node({ id: 'narrative-1', kind: 'Narrative', name: '状元实业之路', properties: { version: 1 } });
    expect(isPubliclySearchable(draft)).toBe(false);
    const published = { ...draft, properties: { version: 2, publishedAt: '2026-12-07T14:00:00.000Z' } };
    expect(isPubliclySearchable(published)).toBe(true);
    expect(isPubliclySearchable({ ...draft, properties: { publishedAt: null } })).toBe(false);
  });
});
