import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import { AddToNarrativeButton } from '../curation/add-to-narrative-button.tsx';
import type { CityEntitiesQueryQuery, CityEntitiesQueryQueryVariables, EntityKind } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';

export const CityEntitiesQuery: TypedDocumentNode<CityEntitiesQueryQuery, CityEntitiesQueryQueryVariables> = gql`
  query CityEntitiesQuery($city: String!, $kinds: [EntityKind!]) {
    entities(city: $city, kinds: $kinds, first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          name
        }
      }
    }
  }
`;

/** The entities of the chosen kinds in one city, each linking to its page. */
export function CityEntities({
  city,
  kinds,
  onClose,
  action,
}: {
  city: string;
  kinds: readonly EntityKind[];
  onClose: () => void;
  /** A control per entity, such as the curator's "place on the map". */
  action?: (entity: { id: string; name: string }) => ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const { data, error, loading } = useQuery(CityEntitiesQuery, { variables: { city, kinds: [...kinds] } });
  const result = data?.entities;
  return (
    <section className="city-entities" aria-labelledby="city-entities-heading" aria-busy={loading}>
      <div className="city-entities-head">
        <h2 id="city-entities-heading">{city}</h2>
        <button type="button" onClick={onClose}>
          {t('关闭', 'Close')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="status">
        {error
          ? ''
          : result
            ? t(`共 ${result.totalCount} 项`, `${result.totalCount} ${result.totalCount === 1 ? 'entity' : 'entities'}`)
            : t('正在加载…', 'Loading…')}
      </p>
      {error ? (
        <p className="error" role="alert">
          {t('无法加载这个城市的条目。', 'Could not load the entities of this city.')}
        </p>
      ) : null}
      {result && result.totalCount > result.edges.length ? (
        <p className="status">
          {t(`只列出前 ${result.edges.length} 项。`, `Only the first ${result.edges.length} are listed.`)}
        </p>
      ) : null}
      {result ? (
        <ul className="city-entity-list">
          {result.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={entityPath(node.id)}>{node.name}</Link>
              <span className="kind">{kindLabel(node.kind, lang)}</span>
              <AddToNarrativeButton entity={node} />
              {action?.(node)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
