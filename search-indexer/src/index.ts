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
  isPubliclySearchable,
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
  type HitMatch,
  type SearchMode,
  type SearchEmbedder,
  type RelatedEntity,
  DEFAULT_SEMANTIC_RATIO,
  SIMILARITY_FLOOR,
  MAX_MEANING_HITS,
  SEMANTIC_EMBEDDER,
} from './search-index.ts';
export {
  understandQuery,
  splitRunTogether,
  type QueryUnderstanding,
  type UnderstoodField,
  type UnderstoodWord,
} from './query/understand-query.ts';
export { STOP_WORDS } from './query/stop-words.ts';
export { embeddingTextOf } from './embedding/embedding-text.ts';
export { toSimplified } from './chinese-variants.ts';
export { foldSearchText } from './fold-search-text.ts';
export { curatedSynonyms, departmentSynonyms, parseSynonyms, synonymsSetting, type SynonymGroup } from './synonyms.ts';
export {
  createScopedIndexes,
  indexGraph,
  relationsFor,
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
export { createIndexSync, INDEX_SYNC_LOCK, type IndexSync, type IndexSyncOptions } from './sync/create-index-sync.ts';
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
export {
  BGE_QUERY_INSTRUCTION,
  createEmbedder,
  sharedVectorCacheDir,
  EMBEDDING_DIMENSIONS,
  type EmbedDocumentsOptions,
  type Embedder,
  type EmbedderOptions,
  type EmbedderStats,
  type EmbedProgress,
} from './embedding/create-embedder.ts';
export {
  EmbeddingUnavailableError,
  isEmbeddingUnavailableError,
  type EmbeddingUnavailableReason,
} from './embedding/embedding-unavailable-error.ts';
export {
  openVectorCache,
  vectorCacheKey,
  type EmbeddedTextKind,
  type VectorCache,
  type VectorCacheEntry,
  type VectorCacheOptions,
} from './embedding/vector-cache.ts';
export {
  createWordPieceTokenizer,
  TokenizerConfigError,
  type TokenizedText,
  type WordPieceTokenizer,
  type WordPieceTokenizerOptions,
} from './embedding/wordpiece-tokenizer.ts';
export {
  answerQuestion,
  FORMER_NAME,
  type AskedStep,
  type ProvenAnswer,
  type QuestionAnswer,
} from './answers/answer-question.ts';
