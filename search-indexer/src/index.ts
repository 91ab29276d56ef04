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
  MAX_SUGGEST_PREFIX,
  PARTICIPATING_RELATION_TYPES,
  type BuildEntityDocumentOptions,
  type EntityDocument,
  type EntityRelations,
} from './entity-documents.ts';
export {
  createSearchIndex,
  DEFAULT_ENTITY_INDEX_UID,
  DEFAULT_SEARCH_FIRST,
  DEFAULT_SUGGEST_LIMIT,
  MAX_SEARCH_FIRST,
  MAX_SUGGEST_LIMIT,
  ENTITY_INDEX_SETTINGS,
  FACET_ATTRIBUTES,
  type EntityHighlight,
  type EntitySuggestInput,
  type EntitySuggestion,
  type FacetAttribute,
  type FacetCount,
  type HighlightedField,
  type SuggestionMatch,
  type EntitySearchFilter,
  type EntitySearchHit,
  type EntitySearchInput,
  type EntitySearchResult,
  type SearchIndex,
  type SearchIndexOptions,
  type SearchStrategy,
} from './search-index.ts';
export { toSimplified } from './chinese-variants.ts';
export { curatedSynonyms, departmentSynonyms, parseSynonyms, synonymsSetting, type SynonymGroup } from './synonyms.ts';
export {
  createScopedIndexes,
  indexGraph,
  INDEX_SCOPES,
  PUBLIC_INDEX_UIDS,
  SCOPE_KINDS,
  scopeHolds,
  type CreateScopedIndexesOptions,
  type IndexGraphOptions,
  type IndexGraphProgress,
  type IndexGraphResult,
  type IndexScope,
  type ScopedIndexes,
} from './index-graph.ts';
export {
  buildingIndexUid,
  reindexGraph,
  type ReindexOptions,
  type ReindexPhase,
  type ReindexProgress,
  type ReindexResult,
} from './reindex.ts';
export { pinyinForms, isLatinQuery, type PinyinForms } from './pinyin.ts';
export {
  extractKeywords,
  KEYWORD_STOP_WORDS,
  KEYWORDS_PER_DOCUMENT,
  type ExtractKeywordsOptions,
  type KeywordMethod,
} from './keywords.ts';
export { createIndexSync, type IndexSync, type IndexSyncOptions } from './sync/create-index-sync.ts';
export { createIndexOutbox, type IndexOutbox, type OutboxSnapshot } from './sync/index-outbox.ts';
export {
  clearIndexState,
  documentBuilderFingerprint,
  indexStaleness,
  INDEX_STATE_FILE,
  readIndexState,
  writeIndexState,
  type ExpectedIndexState,
  type IndexState,
} from './index-state.ts';
export { superviseMeilisearch, type SupervisedMeilisearch, type SupervisorEvents } from './meili-supervisor.ts';
