import type { DraftItem, NarrativeDraft } from './narrative-draft.ts';

/** The list with the item at `from` moved to `to`; the same list when either is out of range. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1) as [T];
  next.splice(to, 0, moved);
  return next;
}

const clean = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

/** What createNarrative and updateNarrative take, with blank texts left out. */
export function narrativeInputOf(draft: NarrativeDraft) {
  return {
    title: draft.title.trim(),
    description: clean(draft.description),
    items: draft.items.map((item) => ({
      entityId: item.entityId,
      note: clean(item.note),
      caption: clean(item.caption),
    })),
  };
}

/** Two drafts with the same fingerprint save the same narrative; the saved/unsaved state compares these. */
export function draftFingerprint(draft: NarrativeDraft): string {
  return JSON.stringify([draft.narrativeId ?? null, narrativeInputOf(draft)]);
}

/** A saved narrative as the API returns it, enough to edit it in the draft. */
export interface SavedNarrative {
  id: string;
  version: number;
  title: string;
  description?: string | null;
  items: readonly {
    note?: string | null;
    caption?: string | null;
    entity: { id: string; name: string; kind: string };
  }[];
}

export function draftFromNarrative(narrative: SavedNarrative): NarrativeDraft {
  return {
    narrativeId: narrative.id,
    version: narrative.version,
    title: narrative.title,
    ...(narrative.description ? { description: narrative.description } : {}),
    items: narrative.items.map((item): DraftItem => {
      const entry: DraftItem = { entityId: item.entity.id, name: item.entity.name, kind: item.entity.kind };
      if (item.note) entry.note = item.note;
      if (item.caption) entry.caption = item.caption;
      return entry;
    }),
  };
}

/**
 * A key per item that stays with it while the list is reordered: a narrative may hold one
 * entity twice, so the entity id is numbered by its occurrence.
 */
export function itemKeys(items: readonly DraftItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.entityId) ?? 0) + 1;
    seen.set(item.entityId, count);
    return count === 1 ? item.entityId : `${item.entityId}#${count}`;
  });
}
