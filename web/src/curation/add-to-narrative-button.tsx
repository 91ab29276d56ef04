import { useT } from '../i18n/i18n.tsx';
import { addToNarrativeDraft, useNarrativeDraft } from './narrative-draft.ts';

/**
 * "Add to narrative" beside an entity anywhere in the app; shows when it is already collected. A published
 * narrative found by search gets none: a narrative cannot include another.
 */
export function AddToNarrativeButton({ entity }: { entity: { id: string; name: string; kind: string } }) {
  const t = useT();
  const draft = useNarrativeDraft();
  if (entity.kind === 'Narrative') return null;
  const added = draft.items.some((item) => item.entityId === entity.id);
  return (
    <button
      type="button"
      className="add-to-narrative"
      aria-pressed={added}
      disabled={added}
      onClick={() => addToNarrativeDraft({ entityId: entity.id, name: entity.name, kind: entity.kind })}
    >
      {added ? t('已加入叙事', 'In the narrative') : t('加入叙事', 'Add to narrative')}
    </button>
  );
}
