import { href } from '../app/router.tsx';
import { PROJECT_STATUS_LABELS, PROJECT_TYPE_LABELS } from './project-labels.ts';

/** What the projects view shows, all of it in the URL so that a link re-opens the same list. */
export interface ProjectsViewState {
  type: string | null;
  status: string | null;
  province: string | null;
  city: string | null;
  task: string | null;
  /** Cursor of the page before the one shown. */
  after: string | null;
}

const PROVINCES = new Set(['江苏', '安徽']);

const oneOf = (value: string | null, allowed: Record<string, unknown>) =>
  value !== null && value in allowed ? value : null;

/** Reads the view's state from the query string; values it does not know are dropped rather than sent to the API. */
export function readProjectsState(search: URLSearchParams): ProjectsViewState {
  const text = (name: string) => search.get(name)?.trim() || null;
  const province = text('province');
  return {
    type: oneOf(text('type'), PROJECT_TYPE_LABELS),
    status: oneOf(text('status'), PROJECT_STATUS_LABELS),
    province: province !== null && PROVINCES.has(province) ? province : null,
    city: text('city'),
    task: text('task'),
    after: text('after'),
  };
}

/** The API's filter for the state; null fields are left out. */
export function projectFilter(state: ProjectsViewState): Record<string, string> {
  const filter: Record<string, string> = {};
  if (state.type) filter['type'] = state.type;
  if (state.status) filter['status'] = state.status;
  if (state.province) filter['province'] = state.province;
  if (state.city) filter['city'] = state.city;
  if (state.task) filter['taskId'] = state.task;
  return filter;
}

/** The URL of the projects view with the given state. */
export function projectsHref(state: Partial<ProjectsViewState>): string {
  return href('/projects', {
    type: state.type,
    status: state.status,
    province: state.province,
    city: state.city,
    task: state.task,
    after: state.after,
  });
}
