import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CreateEntityMutationMutation,
  CreateEntityMutationMutationVariables,
  RestoreRetractionMutationMutation,
  RestoreRetractionMutationMutationVariables,
  RetractableQueryQuery,
  RetractableQueryQueryVariables,
  RetractEntityMutationMutation,
  RetractEntityMutationMutationVariables,
} from '../graphql/generated.ts';

export const CreateEntityMutation: TypedDocumentNode<
  CreateEntityMutationMutation,
  CreateEntityMutationMutationVariables
> = gql`
  mutation CreateEntityMutation($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      created
      entity {
        id
        name
      }
    }
  }
`;

export const RetractableQuery: TypedDocumentNode<RetractableQueryQuery, RetractableQueryQueryVariables> = gql`
  query RetractableQuery($id: ID!) {
    retractable(id: $id)
  }
`;

const RETRACTION_FIELDS = gql`
  fragment RetractControl_retraction on Retraction {
    id
    target
    name
    reason
    relationshipCount
  }
`;

export const RetractEntityMutation: TypedDocumentNode<
  RetractEntityMutationMutation,
  RetractEntityMutationMutationVariables
> = gql`
  mutation RetractEntityMutation($id: ID!, $reason: String!) {
    retractEntity(id: $id, reason: $reason) {
      ...RetractControl_retraction
    }
  }
  ${RETRACTION_FIELDS}
`;

export const RestoreRetractionMutation: TypedDocumentNode<
  RestoreRetractionMutationMutation,
  RestoreRetractionMutationMutationVariables
> = gql`
  mutation RestoreRetractionMutation($id: ID!) {
    restoreRetraction(id: $id) {
      ...RetractControl_retraction
    }
  }
  ${RETRACTION_FIELDS}
`;
