import { useCallback, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/**
 * A router of a few dozen lines: the views are few and their state lives in the query string,
 * so history.pushState and one subscription cover what a routing library would add to the bundle.
 */
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

/** The current path and query; a component re-renders when either changes. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** Goes to `to` (a path with its query). `replace` keeps the history entry, for typing in a box. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

/**
 * Builds a path with a query from a record; empty values and empty lists are left out, so the
 * URLs a view writes stay short enough to share.
 */
export function href(
  pathname: string,
  query: Record<string, string | number | readonly string[] | null | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/** A list kept in one query parameter as comma-separated values, each value once. */
export function listParam(search: URLSearchParams, name: string): string[] {
  return [...new Set((search.get(name) ?? '').split(',').filter((value) => value !== ''))];
}

/** Replaces some query parameters of the current URL, keeping the others. */
export function useSetSearchParams(): (
  update: Record<string, string | readonly string[] | null>,
  options?: { replace?: boolean },
) => void {
  return useCallback((update, { replace = true } = {}) => {
    const url = new URL(window.location.href);
    for (const [key, value] of Object.entries(update)) {
      if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) url.searchParams.delete(key);
      else url.searchParams.set(key, Array.isArray(value) ? value.join(',') : (value as string));
    }
    navigate(url.pathname + url.search, { replace });
  }, []);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

/** A real <a href>, so links open in a new tab and read as links, that navigates in place on a plain click. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    if (rest.target && rest.target !== '_self') return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

/**
 * The path of an entity's page; ids hold `|` and other marks, so they are URI-encoded. Given its kind, a
 * narrative (which search lists once published) goes to its own page, since it is a curator's document and no
 * entity page knows it.
 */
export function entityPath(id: string, kind?: string): string {
  if (kind === 'Narrative') return narrativePath(id);
  return `/entity/${encodeURIComponent(id)}`;
}

/** The public, read-only page of a narrative. */
export function narrativePath(id: string): string {
  return `/narrative/${encodeURIComponent(id)}`;
}

/** A narrative laid out for paper. */
export function narrativePrintPath(id: string): string {
  return `/curate/${encodeURIComponent(id)}/print`;
}
