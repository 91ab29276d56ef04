import { useSyncExternalStore } from 'react';
import { draftFingerprint } from './draft-edits.ts';
import type { NarrativeDraft } from './narrative-draft.ts';

/**
 * The fingerprint of the draft as last saved or opened, kept beside the draft in localStorage so
 * "unsaved changes" survives a reload just as the draft does.
 */
const SAVED_KEY = 'icg.narrativeDraftSaved';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

let saved: string | null = typeof window === 'undefined' ? null : read();

function write(next: string | null): void {
  saved = next;
  try {
    if (next === null) window.localStorage.removeItem(SAVED_KEY);
    else window.localStorage.setItem(SAVED_KEY, next);
  } catch {
    // Storage refused: the mark lasts for this page.
  }
  for (const listener of listeners) listener();
}

/** Records that the server holds exactly this draft. */
export function markDraftSaved(draft: NarrativeDraft): void {
  write(draftFingerprint(draft));
}

/** The draft no longer belongs to a saved narrative. */
export function forgetDraftSaved(): void {
  write(null);
}

export type DraftSaveState = 'empty' | 'new' | 'saved' | 'unsaved';

export function draftSaveState(draft: NarrativeDraft, savedFingerprint: string | null): DraftSaveState {
  if (!draft.narrativeId) return draft.items.length === 0 && draft.title.trim() === '' ? 'empty' : 'new';
  return savedFingerprint === draftFingerprint(draft) ? 'saved' : 'unsaved';
}

/** Whether replacing the draft would lose work the server does not have. */
export function holdsUnsavedWork(state: DraftSaveState): boolean {
  return state === 'new' || state === 'unsaved';
}

export function useDraftSaveState(draft: NarrativeDraft): DraftSaveState {
  const fingerprint = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => saved,
  );
  return draftSaveState(draft, fingerprint);
}
