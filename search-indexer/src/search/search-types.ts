import type { EntityKind, SourceQualityClass, VerificationStatus } from '@icg/graph';
import type { EntityDocument } from '../entity-documents.ts';
import type { MeiliClient } from '../meili-client.ts';
import type { MatchingStrategy } from '../meili-types.ts';
import type { UnderstoodWord } from '../query/understand-query.ts';
import type { Segmenter } from '../segmenter.ts';
import type { SynonymGroup } from '../synonyms.ts';

export const DEFAULT_ENTITY_INDEX_UID = 'entities';

/** Bounds of `first`, the same as the API's, so the index never answers a page the API would refuse. */
export const MAX_SEARCH_FIRST = 100;
export const DEFAULT_SEARCH_FIRST = 20;
/** Values returned per facet (kinds, provinces, cities); Meilisearch's own default. */
export const MAX_FACET_VALUES = 100;
/** Bounds of `suggest`'s `limit`. */
export const MAX_SUGGEST_LIMIT = 20;
export const DEFAULT_SUGGEST_LIMIT = 8;
/** The attributes facet counts are given for. */
export const FACET_ATTRIBUTES = ['kind', 'province', 'city', 'keywords', 'industry', 'era', 'level'] as const;
export type FacetAttribute = (typeof FACET_ATTRIBUTES)[number];

/** What search needs of the embedding model: the service's `Embedder`, or nothing when the model is unavailable. */
export interface SearchEmbedder {
  /** Keys the vectors; an index built with another model is rebuilt. */
  readonly modelId: string;
  embedQueries(texts: readonly string[]): Promise<Float32Array[]>;
  embedDocuments(texts: readonly string[]): Promise<Float32Array[]>;
}

/**
 * How a search matches: by the words (every word must be in the hit, with the fallbacks of `SearchStrategy`), by
 * meaning (the hits whose embedding is nearest the query's), or both, blended.
 */
export type SearchMode = 'keyword' | 'semantic' | 'hybrid';

/** An entity found by one of its names, with all of them. */
export interface NamedEntity {
  entityId: string;
  name: string;
  aliases: string[];
}

/** How one hit matched: it has the query's words, it is near in meaning, or both. */
export type HitMatch = 'words' | 'meaning' | 'both';

export interface SearchIndexOptions {
  client: MeiliClient;
  /** The segmenter documents were built with; queries are segmented the same way. */
  segmenter: Segmenter;
  /**
   * Index uid; tests pass a unique one.
   * @default 'entities'
   */
  uid?: string;
  /**
   * How long `ensure`, `upsert` and `delete` wait for their Meilisearch task.
   * @default 60000
   */
  taskTimeoutMs?: number;
  /**
   * Document vectors at upsert and query vectors at search time. Without it every document is sent with a null
   * vector and every search is by words.
   */
  embedder?: SearchEmbedder;
}

export interface EntitySearchFilter {
  kinds?: readonly EntityKind[];
  province?: string;
  city?: string;
  /** Keywords (document tags) a hit must all carry. */
  keywords?: readonly string[];
  /** A hit belongs to one of these industries at least. */
  industries?: readonly string[];
  /** A hit falls in one of these periods (`ERAS` names). */
  eras?: readonly string[];
  /** A hit's highest designation is one of these (`DESIGNATION_LEVEL_NAMES` values). */
  levels?: readonly string[];
  /** Earliest year, inclusive; hits without a year are left out when a bound is given. */
  yearFrom?: number;
  /** Latest year, inclusive. */
  yearTo?: number;
  /** Only entities a curator has verified. */
  verifiedOnly?: boolean;
}

export interface EntitySearchInput {
  query: string;
  /** Page size, 1–100. @default 20 */
  first?: number;
  /** Hits to skip. @default 0 */
  offset?: number;
  filter?: EntitySearchFilter;
  /**
   * The facets to count. Meilisearch counts them over every hit of the query, not only the page, so a caller
   * that shows none asks for none; the others come back empty.
   * @default every one of FACET_ATTRIBUTES
   */
  facets?: readonly FacetAttribute[];
  /** @default 'hybrid' when the index has an embedder, else 'keyword' (the only one there is then) */
  mode?: SearchMode;
  /**
   * In hybrid mode, the weight of meaning against words when the two rankings are merged, 0–1.
   * @default DEFAULT_SEMANTIC_RATIO
   */
  semanticRatio?: number;
  /**
   * Read the query as a person meant it: question words out, place, kind, industry and period words as filters,
   * words run together split (see `understandQuery`).
   * @default true
   */
  understand?: boolean;
  /** Words never to read as filters: those whose chip the user removed. */
  literal?: readonly string[];
}

export interface EntitySearchHit {
  entityId: string;
  kind: EntityKind;
  name: string;
  /** The names, places and description as indexed: the graph's, as of the last sync of this entity. */
  aliases: string[];
  province: string | null;
  city: string | null;
  description: string | null;
  /** HTML-escaped excerpt of the description with whole matched words in `<mark>`; null without description. */
  snippet: string | null;
  /** Every field with a highlighted word, as an HTML-escaped excerpt with whole words in `<mark>`. */
  highlights: EntityHighlight[];
  industry: string[];
  year: number | null;
  era: string | null;
  level: string | null;
  tags: string[];
  /** Whether a curator has verified the entity, as indexed. */
  verification: VerificationStatus;
  /** The best class among the entity's sources, as indexed. */
  sourceQuality: SourceQualityClass;
  /** Whether the hit has the query's words, is near it in meaning, or both. */
  matchedBy: HitMatch;
  /**
   * How near in meaning, 0–1 (Meilisearch's score: the cosine of the two vectors mapped to 0–1); null when the hit
   * was not among the nearest.
   */
  similarity: number | null;
}

export type HighlightedField = 'name' | 'alias' | 'description';

export interface EntityHighlight {
  field: HighlightedField;
  snippet: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface EntitySuggestInput {
  /** What the user has typed: the start of a name or alias, or its pinyin or initials in Latin letters. */
  prefix: string;
  /** 1–20. @default 8 */
  limit?: number;
}

/** How a typed prefix met an entity. */
export type SuggestionMatch = 'name' | 'alias' | 'pinyin' | 'initials';

export interface EntitySuggestion {
  entityId: string;
  kind: EntityKind;
  /** The name or alias the prefix completes. */
  text: string;
  matchedBy: SuggestionMatch;
}

/**
 * Which attempt answered a search's words: every query word (`all`), the least informative words dropped first
 * (`some`: Meilisearch's `frequency` strategy drops the words most documents have), or, for a
 * query with Chinese characters, the pinyin of its words compared with the pinyin of names and aliases
 * (`pinyin`: 芜湖铁化 finds 芜湖铁画). Pinyin comes last, or before `last` when a query word is in no document;
 * its hits must share at least half of each word's characters, so a homophone (景点, 经典) never gets through.
 */
export type SearchStrategy = 'all' | 'some' | 'pinyin';

export interface EntitySearchResult {
  hits: EntitySearchHit[];
  totalHits: number;
  /** False when `offset` is not a multiple of `first`: Meilisearch then only estimates the total. */
  totalHitsExact: boolean;
  /** Meilisearch's time, summed over the retry when there was one. */
  processingTimeMs: number;
  /**
   * How the answering request matched its words: `frequency` dropped the commonest first, `last` (when that found
   * nothing) from the end; `all` also when words no document has were left out first.
   */
  matchingStrategy: MatchingStrategy;
  /** How the search matched: `keyword` when asked, or when the index has no embedder. */
  mode: SearchMode;
  /** Words of the query read as filters (place, kind, industry, period), applied to every hit. */
  understood: UnderstoodWord[];
  /** The attempt that answered (the last one tried when none found anything). */
  matchedBy: SearchStrategy;
  /**
   * Hits per kind, province, city, keyword, industry, era and level among all hits (not only this page), under
   * every filter given, most frequent first; so the kind counts add up to `totalHits`. Hits without a value of
   * the other fields are not counted there, and one with two industries counts under both.
   */
  facets: Record<FacetAttribute, FacetCount[]>;
}

export interface SearchIndex {
  readonly uid: string;
  readonly segmenter: Segmenter;
  /** Creates the index and applies ENTITY_INDEX_SETTINGS; idempotent; waits for both tasks. */
  ensure(): Promise<void>;
  /**
   * Adds or replaces documents by uid. Waits for Meilisearch to finish unless `wait` is false, in which case
   * the caller passes the returned task uid to `waitForTasks`. Resolves null when there was nothing to send.
   */
  upsert(documents: readonly EntityDocument[], options?: { wait?: boolean }): Promise<{ taskUid: number } | null>;
  /**
   * Waits for the tasks `upsert` returned, for as long as Meilisearch is processing something: the index's task
   * timeout bounds the time without progress, not the whole wait (a bulk index's batch may run for most of an hour).
   */
  waitForTasks(taskUids: readonly number[]): Promise<void>;
  /**
   * Adds synonym groups (the departments' short forms read from the graph) to the segmenter, for documents
   * built from now on, and to the index's `synonyms` setting; waits.
   */
  addSynonyms(groups: readonly SynonymGroup[]): Promise<void>;
  /** Removes entities by id; waits. */
  delete(entityIds: readonly string[]): Promise<void>;
  search(input: EntitySearchInput): Promise<EntitySearchResult>;
  /**
   * Names and aliases that start with `prefix`, or whose pinyin or initials do when `prefix` is Latin letters
   * only; most important first (designation level, then degree, then the shorter name).
   */
  suggest(input: EntitySuggestInput): Promise<EntitySuggestion[]>;
  stats(): Promise<{ numberOfDocuments: number; isIndexing: boolean }>;
  /** Deletes the whole index (tests, rebuilds); no error when it does not exist. */
  drop(): Promise<void>;
  /**
   * The entities (at most 100) one of whose names or aliases, written as `exactNameKeys` writes it, is one of
   * `keys`: exact names only, no word matching (what a question names).
   */
  named(keys: readonly string[]): Promise<NamedEntity[]>;
  /** True when searches can match by meaning (the index was given an embedder). */
  readonly semantic: boolean;
  /**
   * The entities nearest `entityId` in meaning, nearest first, leaving out `exclude` (its graph neighbours) and
   * itself; empty without an embedder or when the entity has no vector.
   */
  related(entityId: string, options: { first: number; exclude?: readonly string[] }): Promise<RelatedEntity[]>;
}

export interface RelatedEntity {
  entityId: string;
  kind: EntityKind;
  name: string;
  /** 0–1, as `EntitySearchHit.similarity`. */
  similarity: number;
}

export type StoredHit = Pick<
  EntityDocument,
  | 'entityId'
  | 'kind'
  | 'name'
  | 'aliases'
  | 'province'
  | 'city'
  | 'description'
  | 'industry'
  | 'year'
  | 'era'
  | 'level'
  | 'tags'
  | 'verification'
  | 'sourceQuality'
>;
export type SuggestHit = Pick<EntityDocument, 'entityId' | 'kind' | 'name' | 'aliases' | 'pinyin_joined' | 'initials'>;
