/** The parts of the Meilisearch 1.21 HTTP API that the indexer uses, typed by hand. */

export type TaskStatus = 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';

/** What a write answers with (HTTP 202); the work happens later, see `waitForTask`. */
export interface EnqueuedTask {
  taskUid: number;
  indexUid: string | null;
  status: TaskStatus;
  type: string;
  enqueuedAt: string;
}

export interface MeiliErrorBody {
  message: string;
  code: string;
  type: string;
  link?: string;
}

export interface Task {
  uid: number;
  batchUid?: number | null;
  indexUid: string | null;
  status: TaskStatus;
  type: string;
  details?: Record<string, unknown>;
  error: MeiliErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface IndexInfo {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface IndexStats {
  numberOfDocuments: number;
  isIndexing: boolean;
  fieldDistribution: Record<string, number>;
  [key: string]: unknown;
}

export interface LocalizedAttributesRule {
  attributePatterns: string[];
  /** ISO 639-3 codes, e.g. `cmn` for Mandarin. */
  locales: string[];
}

export interface TypoToleranceSettings {
  enabled?: boolean;
  minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number };
  disableOnWords?: string[];
  disableOnAttributes?: string[];
  disableOnNumbers?: boolean;
}

export interface IndexSettings {
  displayedAttributes?: string[];
  searchableAttributes?: string[];
  filterableAttributes?: string[];
  sortableAttributes?: string[];
  rankingRules?: string[];
  stopWords?: string[];
  synonyms?: Record<string, string[]>;
  distinctAttribute?: string | null;
  typoTolerance?: TypoToleranceSettings;
  pagination?: { maxTotalHits?: number };
  faceting?: { maxValuesPerFacet?: number };
  proximityPrecision?: 'byWord' | 'byAttribute';
  localizedAttributes?: LocalizedAttributesRule[] | null;
  searchCutoffMs?: number | null;
  /** Vectors the documents carry in `_vectors.<name>`: `userProvided` ones are computed by us, not by Meilisearch. */
  embedders?: Record<string, { source: 'userProvided'; dimensions: number }>;
}

export type MatchingStrategy = 'all' | 'last' | 'frequency';

export interface SearchParams {
  q?: string;
  offset?: number;
  limit?: number;
  /** With `hitsPerPage`, switches Meilisearch to exhaustive counting (`totalHits`). */
  page?: number;
  hitsPerPage?: number;
  filter?: string | (string | string[])[];
  /** Attributes to count hits by, answered in `facetDistribution`; they must be filterable. */
  facets?: string[];
  /** `attribute:asc|desc`, applied after the ranking rules unless `sort` is moved earlier; sortable only. */
  sort?: string[];
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  highlightPreTag?: string;
  highlightPostTag?: string;
  matchingStrategy?: MatchingStrategy;
  showMatchesPosition?: boolean;
  showRankingScore?: boolean;
  locales?: string[];
  attributesToSearchOn?: string[];
  /** The query's vector, for a semantic or hybrid search with a `userProvided` embedder. */
  vector?: number[];
  /** `semanticRatio` 1 ranks by the vector alone, 0 by the words alone. */
  hybrid?: { embedder: string; semanticRatio?: number };
  /** Hits whose ranking score (0–1) is below it are left out, and not counted. */
  rankingScoreThreshold?: number;
  /** Returns each hit's `_vectors`. */
  retrieveVectors?: boolean;
}

export type SearchHit<T> = T & {
  _formatted?: { [K in keyof T]?: unknown };
  _rankingScore?: number;
  _vectors?: Record<string, { embeddings?: number[][] | number[]; regenerate?: boolean } | null>;
};

export interface SearchResponse<T> {
  hits: SearchHit<T>[];
  query: string;
  processingTimeMs: number;
  /** Present with offset/limit pagination. */
  estimatedTotalHits?: number;
  offset?: number;
  limit?: number;
  /** Present with page/hitsPerPage pagination: an exhaustive count, up to `pagination.maxTotalHits`. */
  totalHits?: number;
  totalPages?: number;
  page?: number;
  hitsPerPage?: number;
  /** Hits per value of each attribute asked for in `facets`. */
  facetDistribution?: Record<string, Record<string, number>>;
  /** In a hybrid or semantic search, how many of the hits the vector side ranked. */
  semanticHitCount?: number;
}

export interface MultiSearchQuery extends SearchParams {
  indexUid: string;
}

export interface VersionInfo {
  pkgVersion: string;
  commitSha: string;
  commitDate: string;
}
