import { useSyncExternalStore } from 'react';

/**
 * The narrative a curator is putting together, kept in localStorage until it is saved, so
 * entities can be collected from search, entity pages and the explorer before the workspace is
 * opened. Saving it (createNarrative / updateNarrative) is the workspace's job.
 */
export interface DraftItem {
  entityId: string;
  name: string;
  kind: string;
  note?: string;
  caption?: string;
}

export interface NarrativeDraft {
  /** Set once the draft is saved: later saves update that narrative. */
  narrativeId?: string;
  version?: number;
  title: string;
  description?: string;
  items: DraftItem[];
}

const DRAFT_KEY = 'icg.narrativeDraft';
const EMPTY: NarrativeDraft = { title: '', items: [] };
/** The API takes at most 100 items per narrative. */
export const MAX_DRAFT_ITEMS = 100;

const listeners = new Set<() => void>();

function load(): NarrativeDraft {
  try {
    const text = window.localStorage.getItem(DRAFT_KEY);
    if (!text) return EMPTY;
    const parsed = JSON.parse(text) as NarrativeDraft;
    return Array.isArray(parsed.items) && typeof parsed.title === 'string' ? parsed : EMPTY;
  } catch {
    return EMPTY;
  }
}

let draft: NarrativeDraft = typeof window === 'undefined' ? EMPTY : load();

export function narrativeDraft(): NarrativeDraft {
  return draft;
}

export function setNarrativeDraft(next: NarrativeDraft): void {
  draft = next;
  try {
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the draft still lives in this page.
  }
  for (const listener of listeners) listener();
}

export function clearNarrativeDraft(): void {
  setNarrativeDraft(EMPTY);
}

/** Adds an entity at the end, once; false when it is already in the draft or the draft is full. */
export function addToNarrativeDraft(item: DraftItem): boolean {
  if (draft.items.some((existing) => existing.entityId === item.entityId)) return false;
  if (draft.items.length >= MAX_DRAFT_ITEMS) return false;
  setNarrativeDraft({ ...draft, items: [...draft.items, item] });
  return true;
}

export function useNarrativeDraft(): NarrativeDraft {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, narrativeDraft);
}

// Another tab of the same site collecting into the draft keeps this one in step.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key !== DRAFT_KEY) return;
    draft = load();
    for (const listener of listeners) listener();
  });
