import { gql } from '@apollo/client';
import { useState } from 'react';
import type { SearchFacets_FacetsFragment } from '../graphql/generated.ts';
import { useLang, useT, type Lang } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { selectedValues, type FacetGroup, type SearchState } from './search-state.ts';

export const SearchFacets_facets = gql`
  fragment SearchFacets_facets on SearchFacets {
    kinds {
      value
      count
    }
    provinces {
      value
      count
    }
    cities {
      value
      count
    }
    industries {
      value
      count
    }
    eras {
      value
      count
    }
    levels {
      value
      count
    }
    keywords {
      value
      count
    }
  }
`;

interface GroupSpec {
  group: FacetGroup;
  field: Exclude<keyof SearchFacets_FacetsFragment, '__typename'>;
  zh: string;
  en: string;
  label?: (value: string, lang: Lang) => string;
}

const GROUPS: GroupSpec[] = [
  { group: 'kinds', field: 'kinds', zh: '类型', en: 'Kind', label: kindLabel },
  { group: 'province', field: 'provinces', zh: '省份', en: 'Province', label: provinceLabel },
  { group: 'city', field: 'cities', zh: '城市', en: 'City' },
  { group: 'industry', field: 'industries', zh: '行业', en: 'Industry' },
  { group: 'era', field: 'eras', zh: '时期', en: 'Period' },
  { group: 'level', field: 'levels', zh: '级别', en: 'Level' },
  { group: 'keywords', field: 'keywords', zh: '关键词', en: 'Keywords' },
];

const WIDE_SCREEN = '(min-width: 701px)';

/** Values shown before "more": enough for kinds and provinces, short enough for keywords on a phone. */
const SHOWN = 8;

/**
 * Facets as toggle buttons with counts. A selected value stays listed even when the counts under
 * the current filters no longer name it, so it can always be switched off again.
 */
export function SearchFacets({
  facets,
  state,
  onToggle,
}: {
  facets: SearchFacets_FacetsFragment;
  state: SearchState;
  onToggle: (group: FacetGroup, value: string) => void;
}) {
  const t = useT();
  // On a phone the filters start folded, so the first hits show without scrolling past them.
  const [startOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches);
  return (
    <details className="facets" open={startOpen}>
      <summary>
        <h2 className="facets-title">{t('筛选', 'Filter')}</h2>
      </summary>
      {GROUPS.map((spec) => (
        <FacetGroupButtons
          key={spec.group}
          spec={spec}
          counts={facets[spec.field]}
          selected={selectedValues(state, spec.group)}
          onToggle={(value) => onToggle(spec.group, value)}
        />
      ))}
    </details>
  );
}

function FacetGroupButtons({
  spec,
  counts,
  selected,
  onToggle,
}: {
  spec: GroupSpec;
  counts: { value: string; count: number }[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [showAll, setShowAll] = useState(false);
  const listed = [
    ...selected
      .filter((value) => !counts.some((c) => c.value === value))
      .map((value) => ({ value, count: null as number | null })),
    ...counts,
  ];
  if (listed.length === 0) return null;
  const shown = showAll ? listed : listed.slice(0, Math.max(SHOWN, selected.length));
  const label = (value: string) => spec.label?.(value, lang) ?? value;
  return (
    <fieldset className="facet-group" data-facet={spec.group}>
      <legend>{t(spec.zh, spec.en)}</legend>
      <ul>
        {shown.map(({ value, count }) => (
          <li key={value}>
            <button
              type="button"
              className="facet-chip"
              aria-pressed={selected.includes(value)}
              data-value={value}
              onClick={() => onToggle(value)}
            >
              {label(value)}
              {count !== null ? <span className="facet-count">{count}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {listed.length > shown.length || showAll ? (
        <button type="button" className="facet-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('收起', 'Fewer')
            : t(`更多（${listed.length - shown.length}）`, `More (${listed.length - shown.length})`)}
        </button>
      ) : null}
    </fieldset>
  );
}
