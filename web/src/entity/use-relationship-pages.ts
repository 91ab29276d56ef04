import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type {
  EntityRelationshipsPageQueryQuery,
  EntityRelationshipsPageQueryQueryVariables,
  EntityRelationships_RelationshipFragment,
} from '../graphql/generated.ts';
import { EntityRelationships_relationship } from './entity-relationships.tsx';

/** Relationships per page, the entity page's first one included: the API's largest page. */
export const RELATIONSHIP_PAGE_SIZE = 100;

/** The page after the relationship `after` (relationships come in id order). */
export const EntityRelationshipsPageQuery: TypedDocumentNode<
  EntityRelationshipsPageQueryQuery,
  EntityRelationshipsPageQueryQueryVariables
> = gql`
  query EntityRelationshipsPageQuery($id: ID!, $after: ID, $first: Int) {
    entity(id: $id) {
      id
      relationships(first: $first, after: $after) {
        ...EntityRelationships_relationship
      }
    }
  }
  ${EntityRelationships_relationship}
`;

type Relationship = EntityRelationships_RelationshipFragment;

interface LaterPages {
  entityId: string;
  relationships: Relationship[];
}

/**
 * An entity's relationships, the first page from the entity page's query and the next ones on demand,
 * so a hub's hundreds or thousands are all reachable without one answer carrying them all.
 */
export function useRelationshipPages(entityId: string, firstPage: readonly Relationship[], total: number) {
  const client = useApolloClient();
  const [later, setLater] = useState<LaterPages>({ entityId, relationships: [] });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // Pages of another entity (the reader followed a link) are not this one's.
  const laterPages = later.entityId === entityId ? later.relationships : [];
  const relationships = [...firstPage, ...laterPages];

  const loadMore = async () => {
    const last = relationships[relationships.length - 1];
    if (!last || loading) return;
    setLoading(true);
    setFailed(false);
    try {
      const { data } = await client.query({
        query: EntityRelationshipsPageQuery,
        variables: { id: entityId, after: last.id, first: RELATIONSHIP_PAGE_SIZE },
      });
      const page = data?.entity?.relationships ?? [];
      setLater({ entityId, relationships: [...laterPages, ...page] });
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  return { relationships, hasMore: relationships.length < total, loadMore, loading, failed };
}
