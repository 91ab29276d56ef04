import { isEntityKind, type EntityKind } from '@icg/graph';
import type { EntityDocument } from './entity-documents.ts';
import { MAX_SUGGEST_PREFIX, entityUid, writtenKey } from './entity-documents.ts';
import type { MeiliClient } from './meili-client.ts';
import type { IndexSettings, MatchingStrategy, SearchParams, SearchResponse } from './meili-types.ts';
import { normalizeText } from '@icg/graph';
import { simplifiedAligned, toSimplified } from './chinese-variants.ts';
import { hasHan, isLatinQuery, latinKey, pinyinForms, pinyinSpans } from './pinyin.ts';
import { SearchEngineError } from './search-engine-error.ts';
import type { Segmenter } from './segmenter.ts';
import { curatedSynonyms, synonymsSetting, type SynonymGroup } from './synonyms.ts';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, buildSnippet } from './snippet.ts';

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

/**
 * Index settings, applied by `ensure()`.
 * - Searchable order is the attribute ranking: names before departments and sections before descriptions.
 * - `localizedAttributes: cmn` stops kanji-only strings from being taken for Japanese (measured with Meilisearch 1.21).
 * - Typo tolerance stays on for the text fields, `*_seg` included: it does nothing for Chinese words and the
 *   segmented fields hold the same Latin words as the raw ones. It is off for numbers, so 1865 never
 *   matches 1866, and off for the pinyin fields, where one letter changes the word (jing / jin).
 * - Pinyin fields come after names and aliases; a Chinese query never matches them (other script), so only
 *   Latin queries reach them, and 景点 can never meet 经典 through jing dian.
 * - `*_prefixes` are filterable only, for `suggest`; `designationRank`, `degree` and `nameLength` order it.
 * - `industry`, `era`, `level`, `year` and `tags` are filterable only (facets and filters): being neither
 *   searchable nor ranking rules, they leave relevance as it was.
 * - No `dictionary` setting: matched greedily before jieba, it made sub-words unfindable and broke
 *   neighbouring words; the domain vocabulary lives in the nodejieba user dictionary instead.
 * - `synonyms` are the curated groups of `dictionary/synonyms.txt`; `indexGraph` adds the departments' short
 *   forms from the graph (`addSynonyms`). Meilisearch applies them only to keys its tokenizer keeps whole (非遗,
 *   金陵), so documents also carry the words that find them in a `synonyms` field (省工信厅).
 * - Ranking: Meilisearch's text rules first, then the graph: the higher designation (national above
 *   provincial), then the better connected entity, decide between hits the text ranks equally.
 */
export const ENTITY_INDEX_SETTINGS: IndexSettings = {
  searchableAttributes: [
    'name',
    'name_seg',
    'aliases',
    'aliases_seg',
    'pinyin',
    'pinyin_joined',
    'initials',
    'leadDepartments',
    'participatingDepartments',
    'sectionName',
    'sectionName_seg',
    'synonyms',
    'description',
    'description_seg',
  ],
  filterableAttributes: [
    'kind',
    'province',
    'city',
    'keywords',
    'name_prefixes',
    'pinyin_prefixes',
    'name_keys',
    'entityId',
    'industry',
    'era',
    'level',
    'year',
    'tags',
  ],
  sortableAttributes: ['designationRank', 'degree', 'nameLength'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  typoTolerance: {
    enabled: true,
    disableOnNumbers: true,
    disableOnAttributes: ['pinyin', 'pinyin_joined', 'initials'],
  },
  faceting: { maxValuesPerFacet: MAX_FACET_VALUES },
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'designationRank:desc', 'degree:desc'],
  synonyms: synonymsSetting(curatedSynonyms()),
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
 * Which attempt answered a search: every query word (`all`), words dropped from the end (`last`), or, for a
 * query with Chinese characters, the pinyin of its words compared with the pinyin of names and aliases
 * (`pinyin`: 芜湖铁化 finds 芜湖铁画). Pinyin comes last, or before `last` when a query word is in no document;
 * its hits must share at least half of each word's characters, so a homophone (景点, 经典) never gets through.
 */
export type SearchStrategy = 'all' | 'last' | 'pinyin';

export interface EntitySearchResult {
  hits: EntitySearchHit[];
  totalHits: number;
  /** False when `offset` is not a multiple of `first`: Meilisearch then only estimates the total. */
  totalHitsExact: boolean;
  /** Meilisearch's time, summed over the retry when there was one. */
  processingTimeMs: number;
  /** `last` when no entity had every query word and the search was retried dropping words from the end. */
  matchingStrategy: Extract<MatchingStrategy, 'all' | 'last'>;
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
}

type StoredHit = Pick<
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
>;
type SuggestHit = Pick<EntityDocument, 'entityId' | 'kind' | 'name' | 'aliases' | 'pinyin_joined' | 'initials'>;

export function createSearchIndex(options: SearchIndexOptions): SearchIndex {
  const { client, segmenter } = options;
  const uid = options.uid ?? DEFAULT_ENTITY_INDEX_UID;
  const wait = { timeoutMs: options.taskTimeoutMs ?? 60_000 };

  /** Those of `words` that no document holds, each searched alone (synonyms count), ignoring filters. */
  async function wordsFoundNowhere(words: readonly string[]): Promise<string[]> {
    if (words.length === 0) return [];
    const { results } = await client.multiSearch(
      words.map((word) => ({ indexUid: uid, q: word, limit: 0, matchingStrategy: 'all' as const })),
    );
    return words.filter((_, i) => {
      const result = results[i];
      return result !== undefined && totalOf(result) === 0;
    });
  }

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
      // The segmenter knows the curated synonyms and any added from the graph since.
      const settings = { ...ENTITY_INDEX_SETTINGS, synonyms: segmenter.synonymsSetting() };
      await client.waitForTask(await client.updateSettings(uid, settings), wait);
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

    async addSynonyms(groups) {
      segmenter.addSynonyms(groups);
      await client.waitForTask(await client.updateSettings(uid, { synonyms: segmenter.synonymsSetting() }), wait);
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
        return {
          hits: [],
          totalHits: 0,
          totalHitsExact: true,
          processingTimeMs: 0,
          matchingStrategy: 'all',
          matchedBy: 'all',
          facets: { kind: [], province: [], city: [], keywords: [], industry: [], era: [], level: [] },
        };
      }
      // Page mode makes Meilisearch count every hit; offset/limit only estimates, so use it only when unaligned.
      const aligned = offset % first === 0;
      const params: SearchParams = {
        q: queryWords.join(' '),
        ...(aligned ? { page: offset / first + 1, hitsPerPage: first } : { offset, limit: first }),
        attributesToRetrieve: [
          'entityId',
          'kind',
          'name',
          'aliases',
          'province',
          'city',
          'description',
          'industry',
          'year',
          'era',
          'level',
          'tags',
        ],
        attributesToHighlight: ['name', 'aliases', 'description'],
        facets: [...(input.facets ?? FACET_ATTRIBUTES)],
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
      };
      const filter = buildFilter(input.filter);
      if (filter) params.filter = filter;

      let matchingStrategy: 'all' | 'last' = 'all';
      let matchedBy: SearchStrategy = 'all';
      let response = await runSearch(params, matchingStrategy);
      let processingTimeMs = response.processingTimeMs;

      // The last resort, for a wrong character (芜湖铁化): each word's syllables as a phrase, in the pinyin of
      // names and aliases only. Pinyin makes homophones (景点, 经典) one word, so it is never mixed into the
      // character search.
      // Worked out only when a pinyin attempt or pinyin highlights need it: most queries match as written.
      let pinyinWordsOf: { spaced: string; joined: string }[] | undefined;
      const pinyinWords = () => (pinyinWordsOf ??= hasHan(input.query) ? queryPinyin(queryWords) : []);
      let pinyinTried = false;
      const searchByPinyin = async () => {
        pinyinTried = true;
        const pinyinParams: SearchParams = {
          ...params,
          q: pinyinWords()
            .map((word) => `"${word.spaced}"`)
            .join(' '),
          attributesToSearchOn: ['pinyin'],
        };
        // Same sound is not enough: a name is kept only when it also shares characters with the query, so a
        // wrong character is forgiven (铁化 → 铁画) but a different word is not (景点 never finds 经典).
        let candidates: SearchResponse<Pick<EntityDocument, 'entityId' | 'name' | 'aliases'>>;
        try {
          candidates = await client.search<Pick<EntityDocument, 'entityId' | 'name' | 'aliases'>>(uid, {
            q: pinyinParams.q,
            attributesToSearchOn: ['pinyin'],
            matchingStrategy: 'all',
            limit: MAX_PINYIN_CANDIDATES,
            attributesToRetrieve: ['entityId', 'name', 'aliases'],
            ...(params.filter === undefined ? {} : { filter: params.filter }),
          });
        } catch (error) {
          // An index without documents knows no field yet, so Meilisearch refuses to search `pinyin` in it.
          if (error instanceof SearchEngineError && error.meiliCode === 'invalid_search_attributes_to_search_on') {
            return { ...response, hits: [], totalHits: 0, estimatedTotalHits: 0 };
          }
          throw error;
        }
        processingTimeMs += candidates.processingTimeMs;
        const near = candidates.hits
          .filter((hit) => [hit.name, ...(hit.aliases ?? [])].some((name) => isNearMiss(name, queryWords)))
          .map((hit) => hit.entityId);
        if (near.length === 0) return { ...candidates, hits: [], totalHits: 0, estimatedTotalHits: 0 };
        const nearFilter = `entityId IN [${near.map(quoteFilterValue).join(', ')}]`;
        const answer = await runSearch(
          {
            ...pinyinParams,
            filter: params.filter === undefined ? nearFilter : `(${params.filter}) AND ${nearFilter}`,
          },
          'all',
        );
        processingTimeMs += answer.processingTimeMs;
        return answer;
      };
      if (totalOf(response) === 0 && queryWords.length > 1) {
        // Dropping words from the end would throw away a mistyped word and answer with the rest (芜湖 alone
        // for 芜湖铁化); when a word of the query is found in no document at all, its pinyin is tried first.
        if (pinyinWords().length > 0 && (await wordsFoundNowhere(queryWords.filter(hasHan))).length > 0) {
          const answer = await searchByPinyin();
          if (totalOf(answer) > 0) {
            response = answer;
            matchedBy = 'pinyin';
          }
        }
        if (matchedBy !== 'pinyin') {
          matchingStrategy = matchedBy = 'last';
          response = await runSearch(params, matchingStrategy);
          processingTimeMs += response.processingTimeMs;
        }
      }
      if (totalOf(response) === 0 && pinyinWords().length > 0 && !pinyinTried) {
        matchingStrategy = 'all';
        matchedBy = 'pinyin';
        response = await searchByPinyin();
      }

      // Meilisearch cannot mark the characters a pinyin query matched; they are found here instead.
      const pinyinKeys =
        matchedBy === 'pinyin' ? pinyinWords().map((word) => word.joined) : isLatinQuery(input.query) ? queryWords : [];
      const byPinyin = (text: string, highlighted: unknown): unknown =>
        pinyinKeys.length > 0 && !(typeof highlighted === 'string' && highlighted.includes(HIGHLIGHT_PRE))
          ? markPinyinMatches(simplifiedAligned(text), pinyinKeys)
          : highlighted;
      // Query words are simplified; a display text in traditional characters is matched through its simplified
      // twin, which has the same offsets (or, when a conversion changed the length, through itself).
      const highlight = (text: string, highlighted: unknown, maxLength?: number): string => {
        const comparable = simplifiedAligned(text);
        return buildSnippet({
          text,
          ...(comparable === text ? {} : { comparable }),
          highlighted: typeof highlighted === 'string' ? highlighted : undefined,
          queryWords,
          pieces: segmenter.pieces,
          ...(maxLength === undefined ? {} : { maxLength }),
        });
      };
      return {
        hits: response.hits.map((hit) => {
          const formatted = hit._formatted ?? {};
          const snippet =
            typeof hit.description === 'string' && hit.description !== ''
              ? highlight(hit.description, formatted.description)
              : null;
          const highlights: EntityHighlight[] = [];
          const name = highlight(hit.name, byPinyin(hit.name, formatted.name), NAME_SNIPPET_LENGTH);
          if (name.includes('<mark>')) highlights.push({ field: 'name', snippet: name });
          const formattedAliases = Array.isArray(formatted.aliases) ? (formatted.aliases as unknown[]) : [];
          (hit.aliases ?? []).forEach((alias, i) => {
            const text = highlight(alias, byPinyin(alias, formattedAliases[i]), NAME_SNIPPET_LENGTH);
            if (text.includes('<mark>')) highlights.push({ field: 'alias', snippet: text });
          });
          if (snippet?.includes('<mark>')) highlights.push({ field: 'description', snippet });
          return {
            entityId: hit.entityId,
            kind: hit.kind,
            name: hit.name,
            aliases: hit.aliases ?? [],
            province: hit.province ?? null,
            city: hit.city ?? null,
            description: hit.description ?? null,
            snippet,
            highlights,
            // Documents indexed before these fields existed have none until the next reindex.
            industry: hit.industry ?? [],
            year: hit.year ?? null,
            era: hit.era ?? null,
            level: hit.level ?? null,
            tags: hit.tags ?? [],
          };
        }),
        totalHits: totalOf(response),
        totalHitsExact: aligned,
        processingTimeMs,
        matchingStrategy,
        matchedBy,
        facets: {
          kind: facetCounts(response.facetDistribution?.kind),
          province: facetCounts(response.facetDistribution?.province),
          city: facetCounts(response.facetDistribution?.city),
          keywords: facetCounts(response.facetDistribution?.keywords),
          industry: facetCounts(response.facetDistribution?.industry),
          era: facetCounts(response.facetDistribution?.era),
          level: facetCounts(response.facetDistribution?.level),
        },
      };
    },

    async suggest(input) {
      const limit = input.limit ?? DEFAULT_SUGGEST_LIMIT;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGEST_LIMIT) {
        throw new RangeError(`limit must be an integer from 1 to ${MAX_SUGGEST_LIMIT}, got ${limit}`);
      }
      // Typed traditional characters complete simplified names (蘇繡 → 苏绣…), as in search.
      const written = writtenKey(toSimplified(input.prefix));
      const asTyped = writtenKey(input.prefix);
      const latin = isLatinQuery(input.prefix) ? latinKey(input.prefix) : '';
      if (written === '' || [...asTyped].length > MAX_SUGGEST_PREFIX) return [];
      // Latin letters may be the start of a Latin name or of a pinyin reading; anything else is compared as
      // written only, so 景点 never reaches the pinyin of 经典.
      const writtenValues = [...new Set([written, asTyped])].map(quoteFilterValue).join(', ');
      const prefixFilter =
        latin !== ''
          ? `name_prefixes IN [${writtenValues}] OR pinyin_prefixes = ${quoteFilterValue(latin)}`
          : `name_prefixes IN [${writtenValues}]`;
      const exactFilter =
        latin !== ''
          ? `name_keys IN [${writtenValues}] OR name_keys = ${quoteFilterValue(latin)}`
          : `name_keys IN [${writtenValues}]`;
      const query = {
        indexUid: uid,
        q: '',
        sort: ['designationRank:desc', 'degree:desc', 'nameLength:asc'],
        limit,
        attributesToRetrieve: ['entityId', 'kind', 'name', 'aliases', 'pinyin_joined', 'initials'],
      };
      // A name typed in full comes first, however unimportant: it is most likely the one meant.
      const { results } = await client.multiSearch<SuggestHit>([
        { ...query, filter: exactFilter },
        { ...query, filter: prefixFilter },
      ]);
      const seen = new Set<string>();
      const hits = results
        .flatMap((result) => result.hits)
        .filter((hit) => !seen.has(hit.entityId) && seen.add(hit.entityId))
        .slice(0, limit);
      return hits.map((hit) => ({
        entityId: hit.entityId,
        kind: hit.kind,
        ...completion(hit, [written, asTyped], latin),
      }));
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

/** Names a pinyin search looks at before the near-miss check; Meilisearch's default ceiling of hits. */
const MAX_PINYIN_CANDIDATES = 1000;

/**
 * True when every Chinese word of the query is read, in `name`, by characters of which at least half are the
 * query's own, in place: 芜湖铁化 is a near miss of 芜湖铁画 (3 of 4), 景点 is not one of 经典 (0 of 2).
 */
function isNearMiss(name: string, queryWords: readonly string[]): boolean {
  const text = simplifiedAligned(name);
  return queryWords.filter(hasHan).every((word) => {
    const wanted = [...word];
    return pinyinSpans(text, pinyinForms(word).joined).some((span) => {
      const found = [...text.slice(span.start, span.end)];
      if (found.length !== wanted.length) return false;
      const same = found.filter((char, i) => char === wanted[i]).length;
      return same * 2 >= wanted.length;
    });
  });
}

/** The pinyin of each query word holding Chinese characters; words of digits or Latin letters add nothing. */
function queryPinyin(words: readonly string[]): { spaced: string; joined: string }[] {
  return words.filter(hasHan).map((word) => {
    const { spaced, joined } = pinyinForms(word);
    return { spaced, joined };
  });
}

// Names are short; the whole name is shown, highlighted.
const NAME_SNIPPET_LENGTH = 200;

/** `text` with the runs read as one of `words` (or as adjacent ones) between highlight markers. */
function markPinyinMatches(text: string, words: readonly string[]): string {
  const spans = words.flatMap((word) => pinyinSpans(text, word)).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    // Adjacent spans join, so `da sheng` marks 大生 as one word rather than two single characters.
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += text.slice(at, span.start) + HIGHLIGHT_PRE + text.slice(span.start, span.end) + HIGHLIGHT_POST;
    at = span.end;
  }
  return out + text.slice(at);
}

function facetCounts(distribution: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Which of the entity's names the prefix completes, and how; the name itself when nothing more precise fits. */
function completion(
  hit: SuggestHit,
  written: readonly string[],
  latin: string,
): { text: string; matchedBy: SuggestionMatch } {
  const names = [hit.name, ...(hit.aliases ?? [])];
  for (const [i, name] of names.entries()) {
    const keys = [writtenKey(name), writtenKey(toSimplified(name))];
    if (keys.some((key) => written.some((prefix) => key.startsWith(prefix)))) {
      return { text: name, matchedBy: i === 0 ? 'name' : 'alias' };
    }
  }
  if (latin !== '') {
    for (const [i, name] of names.entries())
      if (hit.pinyin_joined?.[i]?.startsWith(latin)) return { text: name, matchedBy: 'pinyin' };
    for (const [i, name] of names.entries())
      if (hit.initials?.[i]?.startsWith(latin)) return { text: name, matchedBy: 'initials' };
  }
  return { text: hit.name, matchedBy: 'name' };
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
  // Keywords are stored in simplified characters, as extracted.
  for (const keyword of filter.keywords ?? []) clauses.push(`keywords = ${quoteFilterValue(toSimplified(keyword))}`);
  const anyOf = (attribute: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) clauses.push(`${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`);
  };
  anyOf('industry', filter.industries?.map(toSimplified));
  anyOf('era', filter.eras);
  anyOf('level', filter.levels);
  for (const [bound, operator] of [
    [filter.yearFrom, '>='],
    [filter.yearTo, '<='],
  ] as const) {
    if (bound === undefined) continue;
    // A number goes into the expression as text, so only an integer is let through.
    if (!Number.isInteger(bound)) throw new RangeError(`A year bound must be an integer, got ${bound}`);
    clauses.push(`year ${operator} ${bound}`);
  }
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

function quoteFilterValue(value: string): string {
  return `"${normalizeText(value).replace(/["\\]/g, '\\$&')}"`;
}
