import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '@icg/graph';
import { buildEntityDocument, collectEntityRelations, entityIdFromUid, entityUid } from './entity-documents.ts';
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
