import {
  departmentsByRole,
  DEPARTMENT_ROLES,
  type DepartmentRole,
  type NamedDepartment,
  type TaskWithDepartments,
} from './task-departments.ts';

/** A theme or department as a filter reads it. */
type Named = NamedDepartment;

/** What the policy page shows, as kept in its query string so a view can be shared and reloaded. */
export interface PolicyViewState {
  tab: 'plans' | 'completeness';
  /** The highlighted task (`?task=`), shown even when the filters would leave it out. */
  task: string | null;
  /** A department's id (`?dept=`): only its tasks, with its role. */
  department: string | null;
  /** A theme's id (`?theme=`). */
  theme: string | null;
  /** Kinds whose per-city rows are open in the completeness report (`?open=Museum,Enterprise`). */
  openKinds: string[];
}

export function readPolicyState(search: URLSearchParams): PolicyViewState {
  return {
    tab: search.get('tab') === 'completeness' ? 'completeness' : 'plans',
    task: search.get('task') || null,
    department: search.get('dept') || null,
    theme: search.get('theme') || null,
    openKinds: (search.get('open') ?? '').split(',').filter((kind) => kind !== ''),
  };
}

/** The parts of a task the filters read. */
export interface FilterableTask extends TaskWithDepartments {
  id: string;
  themes: readonly Named[];
}

/** The roles a department holds in a task, in the table's order; empty when the task does not name it. */
export function rolesOf(task: FilterableTask, departmentId: string): DepartmentRole[] {
  const byRole = departmentsByRole(task);
  return DEPARTMENT_ROLES.filter((role) => byRole[role].some((department) => department.id === departmentId));
}

export function matchesFilters(task: FilterableTask, state: Pick<PolicyViewState, 'department' | 'theme'>): boolean {
  if (state.department && rolesOf(task, state.department).length === 0) return false;
  if (state.theme && !task.themes.some((theme) => theme.id === state.theme)) return false;
  return true;
}

/** A department or theme offered as a filter, with how many tasks name it. */
export interface FilterOption {
  id: string;
  name: string;
  tasks: number;
}

function countNamed(tasks: readonly FilterableTask[], namedIn: (task: FilterableTask) => readonly Named[]) {
  const options = new Map<string, FilterOption>();
  for (const task of tasks) {
    // A department named twice in one task (lead and per duty) still counts that task once.
    const seen = new Set<string>();
    for (const { id, name } of namedIn(task)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const option = options.get(id) ?? { id, name, tasks: 0 };
      option.tasks += 1;
      options.set(id, option);
    }
  }
  // Most tasks first, so the departments that carry the plans head the list; then in Chinese order.
  return [...options.values()].sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'zh-CN'));
}

export function departmentOptions(tasks: readonly FilterableTask[]): FilterOption[] {
  return countNamed(tasks, (task) => DEPARTMENT_ROLES.flatMap((role) => departmentsByRole(task)[role]));
}

export function themeOptions(tasks: readonly FilterableTask[]): FilterOption[] {
  return countNamed(tasks, (task) => task.themes);
}

/** counted / goal as a whole percentage for the reader; null when there is no ratio to show. */
export function percent(ratio: number | null | undefined): number | null {
  return ratio === null || ratio === undefined ? null : Math.round(ratio * 1000) / 10;
}

/** A share of records as a percentage with one decimal; null for a field the kind is not expected to have. */
export function shareOf(missing: number | null | undefined, records: number): number | null {
  if (missing === null || missing === undefined) return null;
  return records === 0 ? 0 : Math.round((missing / records) * 1000) / 10;
}
