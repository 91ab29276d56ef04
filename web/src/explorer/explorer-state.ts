import { listParam } from '../app/router.tsx';
/**
 * Everything the explorer shows is decided by its URL, so a copied link rebuilds the same scene:
 * `focus`, `expanded` (in the order they were expanded), `types` (relation types kept), `hidden`,
 * `node` (the entity in the side panel), `from`/`to` (path ends) and `path` (the chosen path).
 */
export interface ExplorerState {
  focus: string | null;
  expanded: string[];
  types: string[];
  hidden: string[];
  node: string | null;
  from: string | null;
  to: string | null;
  path: number;
}

/** Neighbours fetched per expansion. */
export const NEIGHBOUR_LIMIT = 30;
/**
 * The copied query has one aliased neighbourhood per expansion plus the focus's, and the API refuses
 * a document costing over 10,000 (each neighbourhood of 30 costs about 780) or with over 15 aliases.
 */
export const MAX_EXPANSIONS = 10;
export const MAX_HOPS = 4;
export const PATH_LIMIT = 5;

export function readExplorerState(search: URLSearchParams): ExplorerState {
  const focus = search.get('focus') || null;
  const path = Number(search.get('path') ?? '0');
  return {
    focus,
    expanded: listParam(search, 'expanded')
      .filter((id) => id !== focus)
      .slice(0, MAX_EXPANSIONS),
    types: listParam(search, 'types'),
    hidden: listParam(search, 'hidden').filter((id) => id !== focus),
    node: search.get('node') || null,
    from: search.get('from') || null,
    to: search.get('to') || null,
    path: Number.isInteger(path) && path >= 0 && path < PATH_LIMIT ? path : 0,
  };
}

/** The query parameters for a state, ready for `href`; defaults are left out so links stay short. */
export function explorerParams(state: ExplorerState): Record<string, string | readonly string[] | null> {
  return {
    focus: state.focus,
    expanded: state.expanded,
    types: state.types,
    hidden: state.hidden,
    node: state.node,
    from: state.from,
    to: state.to,
    path: state.path > 0 ? String(state.path) : null,
  };
}

/** Expands an entity: appended once, never the focus, within the limit. */
export function withExpanded(state: ExplorerState, id: string): ExplorerState {
  if (id === state.focus || state.expanded.includes(id) || state.expanded.length >= MAX_EXPANSIONS) return state;
  return { ...state, expanded: [...state.expanded, id] };
}

/**
 * Turns one relation type on or off. `types` empty means every type, so switching one off lists
 * all the others, and switching the last one back on returns to the empty list.
 */
export function withTypeToggled(state: ExplorerState, type: string, available: readonly string[]): ExplorerState {
  const kept = state.types.length === 0 ? [...available] : [...state.types];
  const next = kept.includes(type) ? kept.filter((item) => item !== type) : [...kept, type];
  const everything = available.every((item) => next.includes(item));
  return { ...state, types: everything ? [] : available.filter((item) => next.includes(item)) };
}
