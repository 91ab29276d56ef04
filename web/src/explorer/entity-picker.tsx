import { useId, useState } from 'react';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { useSuggestionCombobox } from '../search/use-suggestion-combobox.ts';

export interface PickedEntity {
  id: string;
  name: string;
  kind: string;
}

/** A combobox naming an entity: type a name, its pinyin or initials, pick one of the completions. */
export function EntityPicker({
  label,
  onPick,
  placeholder,
}: {
  label: string;
  onPick: (entity: PickedEntity) => void;
  placeholder?: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const inputId = useId();
  const [text, setText] = useState('');
  const { listId, suggestions, expanded, inputProps, onTyped, optionProps } = useSuggestionCombobox(
    text,
    (suggestion) => {
      setText('');
      onPick(suggestion.entity);
    },
    { enterPicksFirst: true },
  );

  return (
    <div className="entity-picker">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        {...inputProps}
        value={text}
        placeholder={placeholder ?? t('输入名称、拼音或首字母', 'Type a name, its pinyin or initials')}
        onChange={(event) => {
          setText(event.target.value);
          onTyped();
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker-options" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li key={`${suggestion.entity.id}-${suggestion.text}`} {...optionProps(index)}>
            <span>{suggestion.entity.name}</span>
            <span className="picker-kind">{kindLabel(suggestion.entity.kind, lang)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
