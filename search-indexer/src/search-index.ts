import { isEntityKind, type EntityKind } from '@icg/graph';
import type { EntityDocument } from './entity-documents.ts';
import { entityUid } from './entity-documents.ts';
import type { MeiliClient } from './meili-client.ts';
import type { IndexSettings, MatchingStrategy, SearchParams, SearchResponse } from './meili-types.ts';
import { normalizeText } from '@icg/graph';
import { SearchEngineError } from './search-engine-error.ts';
import type { Segmenter } from './segmenter.ts';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, buildSnippet } from './snippet.ts';

export const DEFAULT_ENTITY_INDEX_UID = 'entities';

/** Bounds of `first`, the same as the API's, so the index never answers a page the API would refuse. */
export const MAX_SEARCH_FIRST = 100;
export const DEFAULT_SEARCH_FIRST = 20;

/**
 * Index settings, applied by `ensure()`.
 * - Searchable order is the attribute ranking: names before departments and sections before descriptions.
 * - `localizedAttributes: cmn` stops kanji-only strings from being taken for Japanese (SEARCH-NOTES).
 * - Typo tolerance stays on for every field, `*_seg` included: it does nothing for Chinese words and the
 *   segmented fields hold the same Latin words as the raw ones. It is off for numbers, so 1865 never
 *   matches 1866. (Pinyin fields, when they come, are the ones to exclude.)
 * - No `dictionary` setting: matched greedily before jieba, it made sub-words unfindable and broke
 *   neighbouring words; the domain vocabulary lives in the nodejieba user dictionary instead.
 */
export const ENTITY_INDEX_SETTINGS: IndexSettings = {
  searchableAttributes: [
    'name',
    'name_seg',
    'aliases',
    'aliases_seg',
    'leadDepartments',
    'participatingDepartments',
    'sectionName',
    'sectionName_seg',
    'description',
    'description_seg',
  ],
  filterableAttributes: ['kind', 'province', 'city'],
  sortableAttributes: [],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  typoTolerance: { enabled: true, disableOnNumbers: true },
};

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
}

export interface EntitySearchFilter {
  kinds?: readonly EntityKind[];
  province?: string;
  city?: string;
}

export interface EntitySearchInput {
  query: string;
  /** Page size, 1–100. @default 20 */
  first?: number;
  /** Hits to skip. @default 0 */
  offset?: number;
  filter?: EntitySearchFilter;
}

export interface EntitySearchHit {
  entityId: string;
  kind: EntityKind;
  name: string;
  province: string | null;
  city: string | null;
  /** HTML-escaped excerpt of the description with whole matched words in `<mark>`; null without description. */
  snippet: string | null;
}

export interface EntitySearchResult {
  hits: EntitySearchHit[];
  totalHits: number;
  /** False when `offset` is not a multiple of `first`: Meilisearch then only estimates the total. */
  totalHitsExact: boolean;
  /** Meilisearch's time, summed over the retry when there was one. */
  processingTimeMs: number;
  /** `last` when no entity had every query word and the search was retried dropping words from the end. */
  matchingStrategy: Extract<MatchingStrategy, 'all' | 'last'>;
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
  waitForTasks(taskUids: readonly number[]): Promise<void>;
  /** Removes entities by id; waits. */
  delete(entityIds: readonly string[]): Promise<void>;
  search(input: EntitySearchInput): Promise<EntitySearchResult>;
  stats(): Promise<{ numberOfDocuments: number; isIndexing: boolean }>;
  /** Deletes the whole index (tests, rebuilds); no error when it does not exist. */
  drop(): Promise<void>;
}

type StoredHit = Pick<EntityDocument, 'entityId' | 'kind' | 'name' | 'province' | 'city' | 'description'>;

export function createSearchIndex(options: SearchIndexOptions): SearchIndex {
  const { client, segmenter } = options;
  const uid = options.uid ?? DEFAULT_ENTITY_INDEX_UID;
  const wait = { timeoutMs: options.taskTimeoutMs ?? 60_000 };

  async function runSearch(params: SearchParams, matchingStrategy: 'all' | 'last'): Promise<SearchResponse<StoredHit>> {
    return client.search<StoredHit>(uid, { ...params, matchingStrategy });
  }

  return {
    uid,
    segmenter,

    async ensure() {
      try {
        await client.getIndex(uid);
      } catch (error) {
        if (!(error instanceof SearchEngineError && error.meiliCode === 'index_not_found')) throw error;
        try {
          await client.waitForTask(await client.createIndex(uid, { primaryKey: 'uid' }), wait);
        } catch (createError) {
          // Another process created it between our check and our request.
          if (!(createError instanceof SearchEngineError && createError.meiliCode === 'index_already_exists')) {
            throw createError;
          }
        }
      }
      await client.waitForTask(await client.updateSettings(uid, ENTITY_INDEX_SETTINGS), wait);
    },

    async upsert(documents, upsertOptions) {
      if (documents.length === 0) return null;
      const task = await client.addOrReplaceDocuments(uid, documents, { primaryKey: 'uid' });
      if (upsertOptions?.wait ?? true) await client.waitForTask(task, wait);
      return { taskUid: task.taskUid };
    },

    async waitForTasks(taskUids) {
      for (const taskUid of taskUids) await client.waitForTask(taskUid, wait);
    },

    async delete(entityIds) {
      if (entityIds.length === 0) return;
      await client.waitForTask(await client.deleteDocuments(uid, entityIds.map(entityUid)), wait);
    },

    async search(input) {
      const first = input.first ?? DEFAULT_SEARCH_FIRST;
      const offset = input.offset ?? 0;
      if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_FIRST) {
        throw new RangeError(`first must be an integer from 1 to ${MAX_SEARCH_FIRST}, got ${first}`);
      }
      if (!Number.isInteger(offset) || offset < 0) {
        throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
      }

      const queryWords = segmenter.words(input.query);
      // An empty query browses (with filters); punctuation alone must not turn into one.
      if (queryWords.length === 0 && input.query.trim() !== '') {
        return { hits: [], totalHits: 0, totalHitsExact: true, processingTimeMs: 0, matchingStrategy: 'all' };
      }
      // Page mode makes Meilisearch count every hit; offset/limit only estimates, so use it only when unaligned.
      const aligned = offset % first === 0;
      const params: SearchParams = {
        q: queryWords.join(' '),
        ...(aligned ? { page: offset / first + 1, hitsPerPage: first } : { offset, limit: first }),
        attributesToRetrieve: ['entityId', 'kind', 'name', 'province', 'city', 'description'],
        attributesToHighlight: ['description'],
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
      };
      const filter = buildFilter(input.filter);
      if (filter) params.filter = filter;

      let matchingStrategy: 'all' | 'last' = 'all';
      let response = await runSearch(params, matchingStrategy);
      let processingTimeMs = response.processingTimeMs;
      if (totalOf(response) === 0 && queryWords.length > 1) {
        matchingStrategy = 'last';
        response = await runSearch(params, matchingStrategy);
        processingTimeMs += response.processingTimeMs;
      }

      return {
        hits: response.hits.map((hit) => ({
          entityId: hit.entityId,
          kind: hit.kind,
          name: hit.name,
          province: hit.province ?? null,
          city: hit.city ?? null,
          snippet:
            typeof hit.description === 'string' && hit.description !== ''
              ? buildSnippet({
                  text: hit.description,
                  highlighted: typeof hit._formatted?.description === 'string' ? hit._formatted.description : undefined,
                  queryWords,
                  pieces: segmenter.pieces(hit.description),
                })
              : null,
        })),
        totalHits: totalOf(response),
        totalHitsExact: aligned,
        processingTimeMs,
        matchingStrategy,
      };
    },

    async stats() {
      const stats = await client.getIndexStats(uid);
      return { numberOfDocuments: stats.numberOfDocuments, isIndexing: stats.isIndexing };
    },

    async drop() {
      try {
        await client.waitForTask(await client.deleteIndex(uid), wait);
      } catch (error) {
        if (!(error instanceof SearchEngineError && error.meiliCode === 'index_not_found')) throw error;
      }
    },
  };
}

function totalOf(response: SearchResponse<unknown>): number {
  return response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
}

/**
 * The filter expression for Meilisearch. Kinds come from the allow-list; province and city are user text,
 * so they are quoted with `"` and `\` escaped, the only two characters special inside a quoted value.
 */
export function buildFilter(filter: EntitySearchFilter | undefined): string | undefined {
  if (!filter) return undefined;
  const clauses: string[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    for (const kind of filter.kinds) {
      if (!isEntityKind(kind)) throw new RangeError(`Unknown entity kind: ${String(kind)}`);
    }
    clauses.push(`kind IN [${filter.kinds.map(quoteFilterValue).join(', ')}]`);
  }
  if (filter.province !== undefined) clauses.push(`province = ${quoteFilterValue(filter.province)}`);
  if (filter.city !== undefined) clauses.push(`city = ${quoteFilterValue(filter.city)}`);
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

function quoteFilterValue(value: string): string {
  return `"${normalizeText(value).replace(/["\\]/g, '\\$&')}"`;
}
