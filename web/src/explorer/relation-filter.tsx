import { useLang, useT } from '../i18n/i18n.tsx';
import { relationLabel } from '../i18n/labels.ts';

/** Checkboxes for the relation types in the scene; at least one stays on, or nothing would be drawn. */
export function RelationFilter({
  types,
  kept,
  onToggle,
  onShowAll,
}: {
  types: { type: string; typeLabel: string; count: number }[];
  /** Types kept; empty keeps all. */
  kept: readonly string[];
  onToggle: (type: string) => void;
  onShowAll: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  if (types.length === 0) return null;
  const isOn = (type: string) => kept.length === 0 || kept.includes(type);
  const onCount = types.filter((entry) => isOn(entry.type)).length;
  return (
    <fieldset className="explorer-card relation-filter">
      <legend>{t('关系类型', 'Relation types')}</legend>
      <ul>
        {types.map((entry) => (
          <li key={entry.type}>
            <label>
              <input
                type="checkbox"
                value={entry.type}
                checked={isOn(entry.type)}
                disabled={isOn(entry.type) && onCount === 1}
                onChange={() => onToggle(entry.type)}
              />
              {relationLabel(entry.type, entry.typeLabel, lang)}
              <span className="filter-count">{entry.count}</span>
            </label>
          </li>
        ))}
      </ul>
      {kept.length > 0 ? (
        <button type="button" onClick={onShowAll}>
          {t('显示全部类型', 'Show every type')}
        </button>
      ) : null}
    </fieldset>
  );
}
