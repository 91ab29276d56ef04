export {
  startMeilisearch,
  MeilisearchStartError,
  SUPPORTED_MEILISEARCH_VERSION,
  type StartMeilisearchOptions,
  type MeilisearchServer,
} from './meili-server.ts';
export {
  createMeiliClient,
  type MeiliClient,
  type MeiliClientOptions,
  type WaitForTaskOptions,
} from './meili-client.ts';
export type {
  EnqueuedTask,
  IndexInfo,
  IndexSettings,
  IndexStats,
  LocalizedAttributesRule,
  MatchingStrategy,
  MultiSearchQuery,
  SearchHit,
  SearchParams,
  SearchResponse,
  Task,
  TaskStatus,
  TypoToleranceSettings,
  VersionInfo,
} from './meili-types.ts';
export {
  SearchEngineError,
  isSearchEngineError,
  type SearchEngineErrorCode,
  type SearchEngineErrorDetails,
} from './search-engine-error.ts';
export { createSegmenter, curatedTerms, type Segmenter, type SegmenterOptions } from './segmenter.ts';
export {
  buildEntityDocument,
  collectEntityRelations,
  entityUid,
  entityIdFromUid,
  LEAD_RELATION_TYPES,
  PARTICIPATING_RELATION_TYPES,
  type BuildEntityDocumentOptions,
  type EntityDocument,
  type EntityRelations,
} from './entity-documents.ts';
export {
  createSearchIndex,
  DEFAULT_ENTITY_INDEX_UID,
  DEFAULT_SEARCH_FIRST,
  MAX_SEARCH_FIRST,
  ENTITY_INDEX_SETTINGS,
  type EntitySearchFilter,
  type EntitySearchHit,
  type EntitySearchInput,
  type EntitySearchResult,
  type SearchIndex,
  type SearchIndexOptions,
} from './search-index.ts';
export { indexGraph, type IndexGraphOptions, type IndexGraphProgress, type IndexGraphResult } from './index-graph.ts';
