import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { entityPath, Link } from '../app/router.tsx';
import type { EntityRelatedQueryQuery, EntityRelatedQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';

export const EntityRelatedQuery: TypedDocumentNode<EntityRelatedQueryQuery, EntityRelatedQueryQueryVariables> = gql`
  query EntityRelatedQuery($id: ID!) {
    entity(id: $id) {
      id
      related(first: 6) {
        similarity
        entity {
          id
          kind
          name
        }
      }
    }
  }
`;

/**
 * "More like this": the entities nearest in meaning that the graph does not link to this one. Its own query, so the
 * page stands whole while search is down; nothing is shown when there is nothing near enough (or no model).
 */
export function RelatedEntities({ id }: { id: string }) {
  const t = useT();
  const { lang } = useLang();
  const { data } = useQuery(EntityRelatedQuery, { variables: { id } });
  const related = data?.entity?.related ?? [];
  if (related.length === 0) return null;
  return (
    <section className="entity-section" aria-labelledby="entity-related-heading">
      <h2 id="entity-related-heading">{t('内容相近的条目', 'Similar in meaning')}</h2>
      <p className="hint">{t('图谱中尚无直接联系，但内容相近。', 'Not linked in the graph, but close in meaning.')}</p>
      <ul className="related-entities">
        {related.map(({ entity, similarity }) => (
          <li key={entity.id}>
            <Link to={entityPath(entity.id, entity.kind)}>{entity.name}</Link>{' '}
            <span className="kind">{kindLabel(entity.kind, lang)}</span>{' '}
            <span className="similarity">
              {t(`相近度 ${similarity.toFixed(2)}`, `similarity ${similarity.toFixed(2)}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
