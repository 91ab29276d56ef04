import { gql, type TypedDocumentNode } from '@apollo/client';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type {
  ExplorerNeighborhoodPageQueryQuery,
  ExplorerNeighborhoodPageQueryQueryVariables,
  ExplorerNeighborhoodQueryQuery,
  ExplorerNeighborhoodQueryQueryVariables,
  ExplorerPathsQueryQuery,
  ExplorerPathsQueryQueryVariables,
} from '../graphql/generated.ts';

/** The first page of an expansion, with the counts over all its pages that the node panel shows. */
export const ExplorerNeighborhoodQuery: TypedDocumentNode<
  ExplorerNeighborhoodQueryQuery,
  ExplorerNeighborhoodQueryQueryVariables
> = gql`
  query ExplorerNeighborhoodQuery($id: ID!, $depth: Int!, $first: Int!, $relationTypes: [String!]) {
    neighborhood(id: $id, depth: $depth, first: $first, relationTypes: $relationTypes) {
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        typeLabel
        from {
          id
        }
        to {
          id
        }
        sources {
          document
          locator
          url
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      countsByKind {
        kind
        count
      }
      countsByType {
        type
        typeLabel
        count
      }
    }
  }
`;

/** A later page ("更多"): the counts were read with the first. */
export const ExplorerNeighborhoodPageQuery: TypedDocumentNode<
  ExplorerNeighborhoodPageQueryQuery,
  ExplorerNeighborhoodPageQueryQueryVariables
> = gql`
  query ExplorerNeighborhoodPageQuery(
    $id: ID!
    $depth: Int!
    $first: Int!
    $after: String!
    $relationTypes: [String!]
  ) {
    neighborhood(id: $id, depth: $depth, first: $first, after: $after, relationTypes: $relationTypes) {
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        typeLabel
        from {
          id
        }
        to {
          id
        }
        sources {
          document
          locator
          url
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const ExplorerPathsQuery: TypedDocumentNode<ExplorerPathsQueryQuery, ExplorerPathsQueryQueryVariables> = gql`
  query ExplorerPathsQuery(
    $from: ID!
    $to: ID!
    $maxHops: Int!
    $limit: Int!
    $excludeKinds: [EntityKind!]
    $excludeTypes: [String!]
  ) {
    paths(
      from: $from
      to: $to
      maxHops: $maxHops
      limit: $limit
      excludeKinds: $excludeKinds
      excludeTypes: $excludeTypes
    ) {
      length
      explanation
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        typeLabel
        from {
          id
        }
        to {
          id
        }
        sources {
          document
          locator
          url
        }
      }
    }
  }
`;

/** The selection of an operation's only root field, as GraphQL text (`{ nodes { id … } … }`). */
function rootSelection(document: DocumentNode): string {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  const field = operation?.selectionSet.selections[0];
  if (!field || field.kind !== 'Field' || !field.selectionSet) throw new Error('operation without a root field');
  return print(field.selectionSet);
}

/** What the copied query selects: exactly what the page asks. */
export const SCENE_SELECTIONS = {
  neighborhood: rootSelection(ExplorerNeighborhoodQuery),
  neighborhoodPage: rootSelection(ExplorerNeighborhoodPageQuery),
  paths: rootSelection(ExplorerPathsQuery),
};
