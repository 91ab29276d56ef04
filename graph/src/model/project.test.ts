import { describe, expect, it } from 'vitest';
import { isGraphStoreError } from '../graph-store-error.ts';
import type { GraphNode } from './graph-records.ts';
import { toEntityRow } from '../records/entity-row.ts';
import {
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS_ZH,
  PROJECT_TYPES,
  PROJECT_TYPE_LABELS_ZH,
  projectPropertyProblems,
} from './project.ts';

const project: GraphNode = {
  id: 'project-reuse-jinling-arsenal',
  kind: 'Project',
  name: '金陵机器制造局旧址活化利用项目',
  aliases: [],
  province: '江苏',
  city: '南京市',
  description: null,
  properties: { projectType: 'heritage-reuse', status: 'operating', startYear: 2007 },
  sources: [{ document: '整理数据', locator: 'relations.json #491' }],
};

describe('project properties', () => {
  it('label every type and status in Chinese, the statuses as the plans name them', () => {
    expect(PROJECT_TYPES.map((t) => PROJECT_TYPE_LABELS_ZH[t])).toEqual([
      '工业遗产活化利用',
      '工业旅游特色项目、线路',
      '工业文化研学',
      '工艺美术特色区域',
      '工业文化发展项目',
    ]);
    expect(PROJECT_STATUSES.map((s) => PROJECT_STATUS_LABELS_ZH[s])).toEqual(['储备', '在建', '建成', '运营']);
  });

  it('accept a type, a status and a period', () => {
    expect(
      projectPropertyProblems({ projectType: 'study', status: 'reserve', startYear: 2024, endYear: 2025 }),
    ).toEqual([]);
  });

  it('name each property that is missing or wrong', () => {
    expect(projectPropertyProblems({})).toEqual([
      'properties.projectType must be one of "heritage-reuse", "industrial-tourism", "study", "craft-region", "development", not null',
      'properties.status must be one of "reserve", "under-construction", "completed", "operating" (储备 / 在建 / 建成 / 运营), not null',
    ]);
    expect(
      projectPropertyProblems({ projectType: '活化利用', status: '运营', startYear: '2020', endYear: 1700.5 }),
    ).toEqual([
      expect.stringContaining('properties.projectType must be one of'),
      expect.stringContaining('not "运营"'),
      'properties.startYear must be a whole year, not "2020"',
      'properties.endYear must be a whole year, not 1700.5',
    ]);
    expect(
      projectPropertyProblems({ projectType: 'development', status: 'completed', startYear: 2025, endYear: 2021 }),
    ).toEqual(['properties.endYear 2021 is before properties.startYear 2025']);
  });

  it('are checked on every write: a Project row without valid codes is refused, naming the node', () => {
    expect(toEntityRow(project, 0).kind).toBe('Project');
    let message = '';
    try {
      toEntityRow({ ...project, properties: { projectType: 'heritage-reuse', status: 'done' } }, 0);
    } catch (error) {
      if (!isGraphStoreError(error) || error.code !== 'INVALID_RECORD') throw error;
      message = error.message;
    }
    expect(message).toMatch(/^node "project-reuse-jinling-arsenal": properties\.status must be one of/);
  });

  it('leave other kinds alone: a status on a Museum is not checked', () => {
    expect(() => toEntityRow({ ...project, kind: 'Museum', properties: { status: 'anything' } }, 0)).not.toThrow();
  });
});
