import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * TypeScript types from the SDL files, for the API's resolvers and the web app's operations.
 * `pnpm codegen` writes them; a test fails when they are out of date.
 */
const config: CodegenConfig = {
  schema: 'api/src/schema/*/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}'],
  emitLegacyCommonJSImports: false,
  generates: {
    'api/src/schema/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../../context.ts#RequestContext',
        // Every entity type is resolved from the stored node; other parents are listed here too.
        defaultMapper: 'Partial<{T}>',
        mappers: {
          Node: '../graph/graph-parents.ts#NodeParent',
          Entity: '@icg/graph#GraphNode',
          PolicyDocument: '@icg/graph#GraphNode',
          PolicySection: '@icg/graph#GraphNode',
          PolicyTask: '@icg/graph#GraphNode',
          Department: '@icg/graph#GraphNode',
          Target: '@icg/graph#GraphNode',
          Theme: '@icg/graph#GraphNode',
          Award: '@icg/graph#GraphNode',
          Project: '@icg/graph#GraphNode',
          BasicEntity: '@icg/graph#GraphNode',
          TargetProgress: '../policy/target-progress.ts#TargetProgress as TargetProgressModel',
          SimilarTask: '../policy/similar-tasks.ts#SimilarTask as SimilarTaskModel',
          TimelineEvent: '../timeline/timeline-events.ts#TimelineEvent as TimelineEventModel',
          Narrative: '@icg/graph#GraphNode',
          NarrativeItem: '../curation/narratives.ts#NarrativeItemParent',
          AddRelationshipPayload: '../curation/entity-writes.ts#AddedRelationship',
          UpsertEntityPayload: '../curation/entity-writes.ts#UpsertedEntity',
          Relationship: '../graph/graph-parents.ts#RelationshipParent',
          Subgraph: '@icg/graph#NeighborhoodPage as NeighborhoodPageModel',
          Path: '../graph/graph-parents.ts#PathParent',
          RelationTypeCount: '../graph/graph-parents.ts#RelationTypeCountParent',
          EntityConnection: '../graph/graph-parents.ts#EntityPage',
          EntityEdge: '@icg/graph#GraphNode',
          Answer: '@icg/search-indexer#QuestionAnswer',
          AnswerItem: '@icg/search-indexer#ProvenAnswer',
          FormerName: '@icg/graph#FormerName as FormerNameModel',
          // A stored source: its quality is computed from it (and from a curator's correction it may carry).
          Source: '@icg/graph#Source as SourceModel',
          ReviewItem: '../review/review-order.ts#ReviewEntry',
          ReviewProposal: '../review/approval-rules.ts#Proposal as ProposalModel',
          ReviewDecision: '../review/decision-log.ts#ReviewDecision as ReviewDecisionModel',
        },
      },
    },
    // Apollo Client's cache needs every implementation of Node and Entity to match fragments on them.
    'web/src/graphql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
    'web/src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        // Apollo Client adds __typename to every selection set.
        nonOptionalTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
