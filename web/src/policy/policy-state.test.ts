import { describe, expect, it } from 'vitest';
import {
  departmentOptions,
  matchesFilters,
  percent,
  readPolicyState,
  rolesOf,
  shareOf,
  themeOptions,
  type FilterableTask,
} from './policy-state.ts';

const industry = { id: 'dept-js-industry-it', name: '江苏省工业和信息化厅' };
const education = { id: 'dept-js-education', name: '江苏省教育厅' };
const finance = { id: 'dept-js-finance', name: '江苏省财政厅' };
const study = { id: 'theme-study', name: '工业旅游与研学' };

function task(id: string, parts: Partial<FilterableTask> = {}): FilterableTask {
  return {
    id,
    leadDepartments: [],
    participatingDepartments: [],
    responsiblePerDutyDepartments: [],
    jointlyResponsibleDepartments: [],
    themes: [],
    ...parts,
  };
}

const t02 = task('t02', { leadDepartments: [industry, education], themes: [study] });
const t10 = task('t10', { leadDepartments: [industry], participatingDepartments: [education] });
const t11 = task('t11', { jointlyResponsibleDepartments: [education, finance, industry], themes: [study] });
const anhui = task('ah-t08', { themes: [study] });

describe('readPolicyState', () => {
  it('reads the tab, task, filters and open kinds from the query string', () => {
    const state = readPolicyState(
      new URLSearchParams('tab=completeness&task=t02&dept=dept-js-education&theme=theme-study&open=Museum,Enterprise'),
    );
    expect(state).toEqual({
      tab: 'completeness',
      task: 't02',
      department: 'dept-js-education',
      theme: 'theme-study',
      openKinds: ['Museum', 'Enterprise'],
    });
  });

  it('falls back to the plans with nothing selected for an empty or unknown query', () => {
    expect(readPolicyState(new URLSearchParams('tab=nonsense&task=&open='))).toEqual({
      tab: 'plans',
      task: null,
      department: null,
      theme: null,
      openKinds: [],
    });
  });
});

describe('department roles and filters', () => {
  it('names every role a department holds in a task, in the table’s order', () => {
    expect(rolesOf(t02, education.id)).toEqual(['lead']);
    expect(rolesOf(t10, education.id)).toEqual(['participating']);
    expect(rolesOf(t11, education.id)).toEqual(['joint']);
    expect(
      rolesOf(task('x', { leadDepartments: [finance], responsiblePerDutyDepartments: [finance] }), finance.id),
    ).toEqual(['lead', 'perDuty']);
    expect(rolesOf(anhui, education.id)).toEqual([]);
  });

  it('keeps the tasks that match both the department and the theme', () => {
    const tasks = [t02, t10, t11, anhui];
    const kept = (department: string | null, theme: string | null) =>
      tasks.filter((candidate) => matchesFilters(candidate, { department, theme })).map(({ id }) => id);
    expect(kept(null, null)).toEqual(['t02', 't10', 't11', 'ah-t08']);
    expect(kept(education.id, null)).toEqual(['t02', 't10', 't11']);
    expect(kept(null, study.id)).toEqual(['t02', 't11', 'ah-t08']);
    expect(kept(education.id, study.id)).toEqual(['t02', 't11']);
    expect(kept(finance.id, null)).toEqual(['t11']);
  });

  it('offers each department and theme once, most tasks first and then in pinyin order, counting a task once', () => {
    const twice = task('t01', { leadDepartments: [finance], responsiblePerDutyDepartments: [finance] });
    expect(departmentOptions([t02, t10, t11, twice])).toEqual([
      { ...industry, tasks: 3 },
      { ...education, tasks: 3 },
      { ...finance, tasks: 2 },
    ]);
    expect(themeOptions([t02, t10, anhui])).toEqual([{ ...study, tasks: 2 }]);
  });
});

describe('percentages', () => {
  it('turns the API’s ratio into a percentage with one decimal, and keeps an unknown ratio unknown', () => {
    expect(percent(0.48)).toBe(48);
    expect(percent(0.367)).toBe(36.7);
    expect(percent(0)).toBe(0);
    expect(percent(null)).toBeNull();
  });

  it('gives the share of records missing a field, null where the field is not expected', () => {
    expect(shareOf(18, 23)).toBe(78.3);
    expect(shareOf(0, 0)).toBe(0);
    expect(shareOf(null, 35)).toBeNull();
  });
});
