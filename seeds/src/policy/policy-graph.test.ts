import { allowsEndpoints } from '@icg/graph';
import { describe, expect, it } from 'vitest';
import { readSeedDocument } from '../seed-documents.ts';
import { buildPolicyGraph, readPolicyGraph } from './policy-graph.ts';

const graph = await readPolicyGraph();
const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
const countBy = (values: string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};

/** Every string value in `value`, however deeply nested. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('the policy graph of the Jiangsu and Anhui 2021–2025 plans', () => {
  it('holds three documents: Jiangsu’s, Anhui’s and the national plan both implement', () => {
    const documents = graph.nodes.filter((node) => node.kind === 'PolicyDocument');
    expect(documents.map((node) => [node.id, node.province])).toEqual([
      ['policy-jiangsu-2021-2025', '江苏'],
      ['policy-anhui-2021-2025', '安徽'],
      ['policy-national-2021-2025', null],
    ]);
    const implementsPlan = graph.relationships.filter((relationship) => relationship.type === 'IMPLEMENTS');
    expect(implementsPlan.map((relationship) => [relationship.from, relationship.to])).toEqual([
      ['policy-jiangsu-2021-2025', 'policy-national-2021-2025'],
      ['policy-anhui-2021-2025', 'policy-national-2021-2025'],
    ]);
    expect(nodeById.get('policy-national-2021-2025')?.properties.documentNumber).toBe('工信部联政法〔2021〕54号');
  });

  it('counts its nodes by kind', () => {
    expect(countBy(graph.nodes.map((node) => node.kind))).toEqual({
      PolicyDocument: 3,
      PolicySection: 12,
      PolicyTask: 30,
      Department: 14,
      Target: 7,
      Award: 9,
      Theme: 19,
    });
  });

  it('counts its relationships by type, the Jiangsu parse’s 68 included unchanged', () => {
    expect(countBy(graph.relationships.map((relationship) => relationship.type))).toEqual({
      PART_OF: 42,
      LEADS: 16,
      PARTICIPATES_IN: 24,
      RESPONSIBLE_PER_DUTY: 5,
      JOINTLY_RESPONSIBLE: 7,
      ISSUED_BY: 7,
      IMPLEMENTS: 2,
      HAS_TARGET: 7,
      MENTIONS: 18,
      ADDRESSES: 47,
      SIMILAR_TO: 14,
    });
    expect(graph.jiangsu.nodes).toHaveLength(24);
    expect(graph.jiangsu.relationships).toHaveLength(68);
  });

  it('gives Jiangsu records province 江苏 and Anhui records 安徽', () => {
    for (const node of graph.nodes) {
      if (node.id.startsWith('policy-jiangsu-') || node.id.startsWith('dept-js-'))
        expect(node.province, node.id).toBe('江苏');
      if (node.id.startsWith('policy-anhui-') || node.id.startsWith('dept-ah-'))
        expect(node.province, node.id).toBe('安徽');
    }
  });

  it('references the curated cities it does not create, and nothing else', () => {
    expect(graph.referencedIds).toEqual(['city-nanjing', 'city-xuzhou', 'city-changzhou', 'city-zhenjiang']);
    expect(graph.referencedIds.filter((id) => nodeById.has(id))).toEqual([]);
  });

  it('has unique ids, ASCII node ids, and every relationship end in the nodes or the referenced ids', () => {
    const nodeIds = graph.nodes.map((node) => node.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(new Set(graph.relationships.map((r) => r.id)).size).toBe(graph.relationships.length);
    for (const id of nodeIds) expect(id).toMatch(/^[A-Za-z0-9-]+$/);
    const known = new Set([...nodeIds, ...graph.referencedIds]);
    for (const relationship of graph.relationships) {
      expect(known.has(relationship.from), relationship.id).toBe(true);
      expect(known.has(relationship.to), relationship.id).toBe(true);
    }
  });

  it('connects only the kinds each relationship type is meant for (referenced cities are Places)', () => {
    const kindOf = (id: string) => nodeById.get(id)?.kind ?? (graph.referencedIds.includes(id) ? 'Place' : undefined);
    for (const relationship of graph.relationships) {
      const from = kindOf(relationship.from);
      const to = kindOf(relationship.to);
      expect(from && to && allowsEndpoints(relationship.type, from, to), relationship.id).toBe(true);
    }
  });

  it('sources every record to a document, a locator and the date', () => {
    for (const record of [...graph.nodes, ...graph.relationships]) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(source, record.id).toEqual({
          document: expect.any(String),
          locator: expect.stringMatching(/\S/),
          takenAt: '2026-11-23',
        });
      }
    }
  });

  it('carries no trace of the web page’s noise in any string of any record', () => {
    const strings = stringsIn([graph.nodes, graph.relationships]).join('\n');
    for (const trace of ['凯发', '欧洲杯', '网站地图', '设计 品牌', '设计 文化', 'bookmark', '_GoBack']) {
      expect(strings, trace).not.toContain(trace);
    }
  });

  it('reports the noise of both documents, each report naming its file', () => {
    expect(countBy(graph.noise.map((report) => `${report.file} ${report.kind}`))).toEqual({
      'jiangsu-task-division-2021-2025.txt attachment-label': 1,
      'jiangsu-task-division-2021-2025.txt docx-bookmark': 1,
      'jiangsu-task-division-2021-2025.txt blank-line-in-row': 2,
      'anhui-action-plan-2021-2025.txt web-spam': 1,
      'anhui-action-plan-2021-2025.txt half-width-punctuation': 30,
      'anhui-action-plan-2021-2025.txt title-variant': 1,
      'anhui-action-plan-2021-2025.txt lost-plus-sign': 2,
      'anhui-action-plan-2021-2025.txt site-link': 1,
    });
  });

  it('is identical when built twice from the same texts', async () => {
    const [jiangsu, anhui] = await Promise.all([
      readSeedDocument('jiangsu-task-division-2021-2025'),
      readSeedDocument('anhui-action-plan-2021-2025'),
    ]);
    const again = buildPolicyGraph({ jiangsu, anhui });
    expect(JSON.stringify([again.nodes, again.relationships, again.noise, again.referencedIds])).toBe(
      JSON.stringify([graph.nodes, graph.relationships, graph.noise, graph.referencedIds]),
    );
  });

  it('refuses a document whose title is not the one the seed manifest records', async () => {
    const [jiangsu, anhui] = await Promise.all([
      readSeedDocument('jiangsu-task-division-2021-2025'),
      readSeedDocument('anhui-action-plan-2021-2025'),
    ]);
    const renamed = { ...anhui, document: { ...anhui.document, title: '关于印发《别的方案》的通知' } };
    expect(() => buildPolicyGraph({ jiangsu, anhui: renamed })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_DOCUMENT', locator: '标题' }),
    );
  });

  it('takes a similarity threshold', async () => {
    const [jiangsu, anhui] = await Promise.all([
      readSeedDocument('jiangsu-task-division-2021-2025'),
      readSeedDocument('anhui-action-plan-2021-2025'),
    ]);
    const strict = buildPolicyGraph({ jiangsu, anhui, similarityThreshold: 0.5 });
    expect(strict.relationships.filter((relationship) => relationship.type === 'SIMILAR_TO')).toHaveLength(2);
  });
});
