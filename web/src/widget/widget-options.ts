import { KIND_LABELS } from '../i18n/labels.ts';

export type WidgetLang = 'zh' | 'en';

/** Hits shown when the page gives no `limit`; the widget is a sidebar box, not a results page. */
export const DEFAULT_LIMIT = 8;
/** The most hits the widget asks for at once. */
export const MAX_LIMIT = 20;

/** The entity kinds named in a `kinds="HeritageSite,Museum"` attribute; unknown names are left out. */
export function parseKinds(attribute: string | null): string[] {
  if (!attribute) return [];
  const kinds = attribute
    .split(/[\s,]+/)
    .map((kind) => kind.trim())
    .filter((kind) => Object.hasOwn(KIND_LABELS, kind) && kind !== 'Narrative');
  return [...new Set(kinds)];
}

/** How many hits to show, from a `limit` attribute: a whole number from 1 to MAX_LIMIT. */
export function parseLimit(attribute: string | null): number {
  const limit = Number(attribute);
  if (attribute === null || attribute.trim() === '' || !Number.isInteger(limit)) return DEFAULT_LIMIT;
  return Math.min(Math.max(limit, 1), MAX_LIMIT);
}

/** English when the element (or the page around it) says so, Chinese otherwise. */
export function widgetLang(lang: string | null | undefined): WidgetLang {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** The entity kind in the widget's language. */
export function widgetKindLabel(kind: string, lang: WidgetLang): string {
  return KIND_LABELS[kind]?.[lang] ?? kind;
}

/** Where the service that served the widget script lives, so the element needs no attributes on its own. */
export function serviceOrigin(scriptSrc: string | undefined, pageUrl: string): string {
  try {
    return new URL(scriptSrc || pageUrl, pageUrl).origin;
  } catch {
    return new URL(pageUrl).origin;
  }
}

/** The app's page of an entity (of a narrative, given its kind), under the service the results link to. */
export function entityUrl(linkBase: string, id: string, kind?: string): string {
  return `${linkBase.replace(/\/+$/, '')}/${kind === 'Narrative' ? 'narrative' : 'entity'}/${encodeURIComponent(id)}`;
}

/** The app's search page for the same words, for readers who want every hit. */
export function searchPageUrl(linkBase: string, query: string): string {
  return `${linkBase.replace(/\/+$/, '')}/?q=${encodeURIComponent(query)}`;
}
