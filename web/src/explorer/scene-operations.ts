import { gql, type TypedDocumentNode } from '@apollo/client';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type {
  ExplorerNeighborhoodQueryQuery,
  ExplorerNeighborhoodQueryQueryVariables,
  ExplorerPathsQueryQuery,
  ExplorerPathsQueryQueryVariables,
} from '../graphql/generated.ts';

export const ExplorerNeighborhoodQuery: TypedDocumentNode<
  ExplorerNeighborhoodQueryQuery,
  ExplorerNeighborhoodQueryQueryVariables
> = gql`
  query ExplorerNeighborhoodQuery($id: ID!, $depth: Int!, $limit: Int!, $relationTypes: [String!]) {
    neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $relationTypes) {
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

export const ExplorerPathsQuery: TypedDocumentNode<ExplorerPathsQueryQuery, ExplorerPathsQueryQueryVariables> = gql`
  query ExplorerPathsQuery($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
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
  paths: rootSelection(ExplorerPathsQuery),
};
