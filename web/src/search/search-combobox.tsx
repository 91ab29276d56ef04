import { entityPath, navigate } from '../app/router.tsx';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { MAX_QUERY_LENGTH } from './search-state.ts';
import { useSuggestionCombobox } from './use-suggestion-combobox.ts';

/**
 * The search box as an ARIA combobox: while typing, names completing the words (or their pinyin,
 * jinling, or initials, jl) are offered; picking one opens that entity's page, which is what a
 * reader picking a name expects, while the results below keep following the typed text.
 */
export function SearchCombobox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { listId, suggestions, expanded, inputProps, onTyped, optionProps } = useSuggestionCombobox(
    value,
    (suggestion) => navigate(entityPath(suggestion.entity.id, suggestion.entity.kind)),
  );

  const matchLabel = (matchedBy: string) =>
    ({
      NAME: t('名称', 'name'),
      ALIAS: t('别名', 'alias'),
      PINYIN: t('拼音', 'pinyin'),
      INITIALS: t('首字母', 'initials'),
    })[matchedBy] ?? matchedBy;

  return (
    <div className="search-combobox">
      <label htmlFor="search-input" className="visually-hidden">
        {t('搜索', 'Search')}
      </label>
      <input
        id="search-input"
        type="search"
        {...inputProps}
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('搜索：工业遗产、工业博物馆、江苏大工匠、jinling…', 'Search: 工业遗产, 博物馆, jinling…')}
        onChange={(event) => {
          onChange(event.target.value);
          onTyped();
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('建议', 'Suggestions')} className="suggestions" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li key={`${suggestion.entity.id}-${suggestion.text}`} {...optionProps(index)} className="suggestion">
            <span className="suggestion-text">{suggestion.text}</span>
            <span className="suggestion-meta">
              {kindLabel(suggestion.entity.kind, lang)}
              {' · '}
              {t('按', 'by ')}
              {matchLabel(suggestion.matchedBy)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
