import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { EntitySuggestQueryQuery, EntitySuggestQueryQueryVariables } from '../graphql/generated.ts';

export const EntitySuggestQuery: TypedDocumentNode<EntitySuggestQueryQuery, EntitySuggestQueryQueryVariables> = gql`
  query EntitySuggestQuery($prefix: String!) {
    suggest(prefix: $prefix, limit: 8) {
      text
      matchedBy
      entity {
        id
        kind
        name
      }
    }
  }
`;

export type EntitySuggestion = NonNullable<EntitySuggestQueryQuery['suggest']>[number];

/** The API takes prefixes of at most 50 characters. */
const MAX_PREFIX = 50;

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The ARIA combobox pattern over name completions (by characters, pinyin or initials), shared
 * by the search box and the explorer's entity picker: arrow keys move through the options,
 * Enter picks, Escape closes. With `enterPicksFirst`, Enter takes the first option when none is
 * highlighted (a picker); otherwise it leaves the typed words to the form (a search box).
 */
export function useSuggestionCombobox(
  text: string,
  onPick: (suggestion: EntitySuggestion) => void,
  { enterPicksFirst = false }: { enterPicksFirst?: boolean } = {},
) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  // The highlighted option belongs to the prefix it was chosen for; new words start unhighlighted.
  const [activeFor, setActiveFor] = useState({ prefix: '', index: -1 });
  const prefix = useDebounced(text.trim().slice(0, MAX_PREFIX), 150);
  const { data } = useQuery(EntitySuggestQuery, { variables: { prefix }, skip: prefix === '' });
  // A failed suggestion request leaves the list closed; the view around it reports outages.
  const suggestions = prefix === '' ? [] : (data?.suggest ?? []);
  const expanded = open && suggestions.length > 0;
  const active = activeFor.prefix === prefix ? activeFor.index : -1;
  const setActive = (index: number) => setActiveFor({ prefix, index });

  const pick = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    setOpen(false);
    onPick(suggestion);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : count - 1);
        return;
      }
      setActive(event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      if (expanded && (active >= 0 || enterPicksFirst)) {
        event.preventDefault();
        pick(Math.max(active, 0));
      } else setOpen(false);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return {
    listId,
    suggestions,
    expanded,
    active,
    /** Spread on the <input>; call `onTyped` from its onChange. */
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': listId,
      'aria-activedescendant': expanded && active >= 0 ? `${listId}-${active}` : undefined,
      autoComplete: 'off',
      spellCheck: false,
      onKeyDown,
      onBlur: () => setOpen(false),
      onFocus: () => setOpen(true),
    } as const,
    onTyped: () => setOpen(true),
    /** Spread on each option's <li>. */
    optionProps: (index: number) => ({
      id: `${listId}-${index}`,
      role: 'option' as const,
      'aria-selected': index === active,
      // Picking happens before the input's blur would close the list.
      onMouseDown: (event: { preventDefault(): void }) => {
        event.preventDefault();
        pick(index);
      },
    }),
  };
}
