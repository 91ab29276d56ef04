import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useLocation, useSetSearchParams } from '../app/router.tsx';
import type { WorkspaceSearchQueryQuery, WorkspaceSearchQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { AddToNarrativeButton } from './add-to-narrative-button.tsx';

const WorkspaceSearchQuery: TypedDocumentNode<WorkspaceSearchQueryQuery, WorkspaceSearchQueryQueryVariables> = gql`
  query WorkspaceSearchQuery($query: String!) {
    search(query: $query, first: 8) {
      totalHits
      hits {
        entity {
          id
          name
          kind
          province
          city
        }
      }
    }
  }
`;

const TYPING_DELAY_MS = 250;

/** Finds entities without leaving the workspace; the words stay in the URL (`find`) like every other search. */
export function WorkspaceSearch() {
  const t = useT();
  const { lang } = useLang();
  const { search } = useLocation();
  const setParams = useSetSearchParams();
  const query = search.get('find') ?? '';
  const [typed, setTyped] = useState(query);
  const inputId = useId();
  const headingId = useId();

  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() !== query) setParams({ find: typed.trim() });
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, query, setParams]);

  const { data, error, loading } = useQuery(WorkspaceSearchQuery, {
    variables: { query },
    skip: query === '',
  });
  const hits = query === '' ? [] : (data?.search?.hits ?? []);

  return (
    <section className="workspace-search" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('添加条目', 'Add items')}</h2>
      <label htmlFor={inputId}>{t('搜索实体', 'Search entities')}</label>
      <input
        id={inputId}
        type="search"
        value={typed}
        placeholder={t('如：张謇、大生纱厂', 'e.g. 张謇, 大生纱厂')}
        onChange={(event) => setTyped(event.target.value)}
      />
      <div aria-live="polite" className="status">
        {query === ''
          ? null
          : error
            ? t('搜索暂时不可用。', 'Search is unavailable just now.')
            : loading && !data
              ? t('正在搜索…', 'Searching…')
              : t(`找到 ${data?.search?.totalHits ?? 0} 个`, `${data?.search?.totalHits ?? 0} found`)}
      </div>
      {hits.length > 0 ? (
        <ul className="workspace-hits">
          {hits.map(({ entity }) => (
            <li key={entity.id} data-entity-id={entity.id}>
              <span className="hit-name">{entity.name}</span>
              <span className="kind">
                {kindLabel(entity.kind, lang)}
                {entity.province ? ` · ${provinceLabel(entity.province, lang)}${entity.city ?? ''}` : ''}
              </span>
              <AddToNarrativeButton entity={entity} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
