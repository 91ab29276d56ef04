import type { GraphNode } from '@icg/graph';
import { describe, expect, it } from 'vitest';
import { listProjects } from './project-list.ts';

const project = (id: string, projectType: string, status: string, province: string, city: string): GraphNode => ({
  id,
  kind: 'Project',
  name: id,
  aliases: [],
  province,
  city,
  description: null,
  properties: { projectType, status },
  sources: [{ document: '测试' }],
});

const projects = [
  project('p-c', 'heritage-reuse', 'operating', '江苏', '南京市'),
  project('p-a', 'heritage-reuse', 'reserve', '江苏', '常州市'),
  project('p-b', 'craft-region', 'operating', '江苏', '南京市'),
  project('p-d', 'heritage-reuse', 'operating', '安徽', '芜湖市'),
];

const count = (list: ReturnType<typeof listProjects>) => ({
  byType: Object.fromEntries(list.countsByType.filter((c) => c.count > 0).map((c) => [c.type, c.count])),
  byStatus: Object.fromEntries(list.countsByStatus.filter((c) => c.count > 0).map((c) => [c.status, c.count])),
});

describe('listProjects', () => {
  it('lists every project in id order and counts every type and status, zeros included', () => {
    const list = listProjects(projects, {});
    expect(list.matching.map((p) => p.id)).toEqual(['p-a', 'p-b', 'p-c', 'p-d']);
    expect(list.countsByType.map((c) => c.type)).toEqual([
      'heritage-reuse',
      'industrial-tourism',
      'study',
      'craft-region',
      'development',
    ]);
    expect(list.countsByStatus.map((c) => c.count)).toEqual([1, 0, 0, 3]);
  });

  it('narrows by every filter, and counts each facet without its own filter', () => {
    const list = listProjects(projects, { type: 'heritage-reuse', status: 'operating', province: '江苏' });
    expect(list.matching.map((p) => p.id)).toEqual(['p-c']);
    // By type: 江苏 and operating; by status: 江苏 and heritage-reuse.
    expect(count(list)).toEqual({
      byType: { 'heritage-reuse': 1, 'craft-region': 1 },
      byStatus: { reserve: 1, operating: 1 },
    });
  });

  it('keeps to a city, and to the projects answering a task', () => {
    expect(listProjects(projects, { city: '南京市' }).matching.map((p) => p.id)).toEqual(['p-b', 'p-c']);
    const answering = listProjects(projects, { ids: new Set(['p-d', 'p-a']) });
    expect(answering.matching.map((p) => p.id)).toEqual(['p-a', 'p-d']);
    expect(count(answering).byType).toEqual({ 'heritage-reuse': 2 });
  });

  it('ignores nodes of other kinds', () => {
    const museum = { ...project('mu-x', 'heritage-reuse', 'operating', '江苏', '南京市'), kind: 'Museum' as const };
    expect(listProjects([museum], {}).matching).toEqual([]);
  });
});
