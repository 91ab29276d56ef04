import { listParam } from '../app/router.tsx';
/**
 * Everything the explorer shows is decided by its URL, so a copied link rebuilds the same scene:
 * `focus`, `expanded` (in the order they were expanded), `pages` (how many pages of a hub's
 * neighbours are shown, where more than one), `types` (relation types kept), `hidden`, `node` (the
 * entity in the side panel), `from`/`to` (path ends), `hops`, `avoidKinds`/`avoidTypes` (what the
 * paths must not pass through) and `path` (the chosen path).
 */
export interface ExplorerState {
  focus: string | null;
  expanded: string[];
  /** Pages shown per expanded entity (the focus included); an entity not listed shows one page. */
  pages: Readonly<Record<string, number>>;
  types: string[];
  hidden: string[];
  node: string | null;
  from: string | null;
  to: string | null;
  hops: number;
  avoidKinds: string[];
  avoidTypes: string[];
  path: number;
}

/** Neighbours per page of an expansion: one "更多" press adds this many. */
export const PAGE_SIZE = 30;
/**
 * Pages one expansion may show: 3,000 neighbours, more than any hub of the surveyed graph has,
 * and a bound on what one link can make the browser ask.
 */
export const MAX_PAGES = 100;
/** Expansions after the focus: each costs requests every time the link is opened, and a reader follows a dozen at most. */
export const MAX_EXPANSIONS = 10;
/** Hops a path may take by default, and at most (the API's bound). */
export const DEFAULT_HOPS = 4;
export const MAX_HOPS = 6;
export const PATH_LIMIT = 5;

/** `id:3,id2:2` → pages per id; ids may hold colons, the count is after the last one. */
function readPages(search: URLSearchParams, allowed: ReadonlySet<string>): Record<string, number> {
  const pages: Record<string, number> = {};
  for (const item of listParam(search, 'pages')) {
    const at = item.lastIndexOf(':');
    if (at <= 0) continue;
    const id = item.slice(0, at);
    const count = Number(item.slice(at + 1));
    if (!allowed.has(id) || !Number.isInteger(count) || count < 2) continue;
    pages[id] = Math.min(count, MAX_PAGES);
  }
  return pages;
}

export function readExplorerState(search: URLSearchParams): ExplorerState {
  const focus = search.get('focus') || null;
  const path = Number(search.get('path') ?? '0');
  const hops = Number(search.get('hops') ?? DEFAULT_HOPS);
  const expanded = listParam(search, 'expanded')
    .filter((id) => id !== focus)
    .slice(0, MAX_EXPANSIONS);
  return {
    focus,
    expanded,
    pages: readPages(search, new Set([...(focus ? [focus] : []), ...expanded])),
    types: listParam(search, 'types'),
    hidden: listParam(search, 'hidden').filter((id) => id !== focus),
    node: search.get('node') || null,
    from: search.get('from') || null,
    to: search.get('to') || null,
    hops: Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS ? hops : DEFAULT_HOPS,
    avoidKinds: listParam(search, 'avoidKinds'),
    avoidTypes: listParam(search, 'avoidTypes'),
    path: Number.isInteger(path) && path >= 0 && path < PATH_LIMIT ? path : 0,
  };
}

/** The query parameters for a state, ready for `href`; defaults are left out so links stay short. */
export function explorerParams(state: ExplorerState): Record<string, string | readonly string[] | null> {
  return {
    focus: state.focus,
    expanded: state.expanded,
    pages: Object.entries(state.pages)
      .filter(([, count]) => count > 1)
      .map(([id, count]) => `${id}:${count}`),
    types: state.types,
    hidden: state.hidden,
    node: state.node,
    from: state.from,
    to: state.to,
    hops: state.hops !== DEFAULT_HOPS ? String(state.hops) : null,
    avoidKinds: state.avoidKinds,
    avoidTypes: state.avoidTypes,
    path: state.path > 0 ? String(state.path) : null,
  };
}

/** Pages shown of one entity's neighbourhood. */
export function pagesOf(state: ExplorerState, id: string): number {
  return state.pages[id] ?? 1;
}

/** Expands an entity: appended once, never the focus, within the limit. */
export function withExpanded(state: ExplorerState, id: string): ExplorerState {
  if (id === state.focus || state.expanded.includes(id) || state.expanded.length >= MAX_EXPANSIONS) return state;
  return { ...state, expanded: [...state.expanded, id] };
}

/** One more page of an expanded entity's neighbours ("更多"), up to MAX_PAGES. */
export function withMorePages(state: ExplorerState, id: string): ExplorerState {
  if (id !== state.focus && !state.expanded.includes(id)) return state;
  const shown = pagesOf(state, id);
  if (shown >= MAX_PAGES) return state;
  return { ...state, pages: { ...state.pages, [id]: shown + 1 } };
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

/** Adds or removes one value of a list (the kinds or relation types a path avoids); a new path list starts at its first. */
export function withAvoidToggled(
  state: ExplorerState,
  list: 'avoidKinds' | 'avoidTypes',
  value: string,
): ExplorerState {
  const current = state[list];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...state, [list]: next, path: 0 };
}
