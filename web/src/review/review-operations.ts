import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ApproveProposalMutationMutation,
  ApproveProposalMutationMutationVariables,
  CorrectEntityMutationMutation,
  CorrectEntityMutationMutationVariables,
  RejectProposalMutationMutation,
  RejectProposalMutationMutationVariables,
  ReviewDecisionLogQueryQuery,
  ReviewDecisionLogQueryQueryVariables,
  ReviewDecisionsQueryQuery,
  ReviewDecisionsQueryQueryVariables,
  ReviewProposalsQueryQuery,
  ReviewProposalsQueryQueryVariables,
  ReviewQueueQueryQuery,
  ReviewQueueQueryQueryVariables,
  ReviewVerificationMutationMutation,
  ReviewVerificationMutationMutationVariables,
} from '../graphql/generated.ts';

export const ReviewQueueQuery: TypedDocumentNode<ReviewQueueQueryQuery, ReviewQueueQueryQueryVariables> = gql`
  query ReviewQueueQuery($first: Int, $after: String, $filter: ReviewQueueFilter) {
    reviewQueue(first: $first, after: $after, filter: $filter) {
      totalCount
      hasNextPage
      endCursor
      counts {
        reason
        count
      }
      items {
        id
        fact
        reason
        bestSourceQuality
        sourceCount
        since
        label
        verification {
          status
          note
        }
        entity {
          id
          kind
          name
          description
        }
      }
    }
  }
`;

const PROPOSAL_FIELDS = gql`
  fragment ReviewProposal_proposal on ReviewProposal {
    id
    target
    fact
    label
    proposedBy
    proposedAt
    mine
    state
    changes {
      field
      before
      after
    }
    source {
      document
      url
    }
    decidedBy
    decisionNote
  }
`;

export const ReviewProposalsQuery: TypedDocumentNode<ReviewProposalsQueryQuery, ReviewProposalsQueryQueryVariables> =
  gql`
    query ReviewProposalsQuery {
      reviewProposals(first: 100) {
        ...ReviewProposal_proposal
      }
    }
    ${PROPOSAL_FIELDS}
  `;

export const ReviewDecisionsQuery: TypedDocumentNode<ReviewDecisionsQueryQuery, ReviewDecisionsQueryQueryVariables> =
  gql`
    query ReviewDecisionsQuery($first: Int, $after: String) {
      reviewDecisions(first: $first, after: $after) {
        totalCount
        hasNextPage
        endCursor
        items {
          id
          at
          action
          curator
          target
          fact
          proposalId
          note
        }
      }
    }
  `;

export const ReviewDecisionLogQuery: TypedDocumentNode<
  ReviewDecisionLogQueryQuery,
  ReviewDecisionLogQueryQueryVariables
> = gql`
  query ReviewDecisionLogQuery($format: DecisionLogFormat!) {
    reviewDecisionLog(format: $format)
  }
`;

export const ReviewVerificationMutation: TypedDocumentNode<
  ReviewVerificationMutationMutation,
  ReviewVerificationMutationMutationVariables
> = gql`
  mutation ReviewVerificationMutation($input: SetVerificationInput!) {
    setVerification(input: $input) {
      verification {
        status
      }
    }
  }
`;

export const CorrectEntityMutation: TypedDocumentNode<
  CorrectEntityMutationMutation,
  CorrectEntityMutationMutationVariables
> = gql`
  mutation CorrectEntityMutation($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
        description
      }
      proposal {
        id
        state
      }
    }
  }
`;

export const ApproveProposalMutation: TypedDocumentNode<
  ApproveProposalMutationMutation,
  ApproveProposalMutationMutationVariables
> = gql`
  mutation ApproveProposalMutation($id: ID!) {
    approveProposal(id: $id) {
      ...ReviewProposal_proposal
    }
  }
  ${PROPOSAL_FIELDS}
`;

export const RejectProposalMutation: TypedDocumentNode<
  RejectProposalMutationMutation,
  RejectProposalMutationMutationVariables
> = gql`
  mutation RejectProposalMutation($id: ID!, $note: String!) {
    rejectProposal(id: $id, note: $note) {
      ...ReviewProposal_proposal
    }
  }
  ${PROPOSAL_FIELDS}
`;
