import type { EntityKind } from '@icg/graph';
import { toSimplified } from '../chinese-variants.ts';
import { exactNameKeys, writtenKey } from '../entity-documents.ts';
import { foldSearchText } from '../fold-search-text.ts';
import type { MeiliClient } from '../meili-client.ts';
import type { SearchParams, SearchResponse } from '../meili-types.ts';
import { EMPTY_VOCABULARY, type IndexVocabulary } from '../query/query-vocabulary.ts';
import { understandQuery, type QueryUnderstanding, type UnderstoodField } from '../query/understand-query.ts';
import type { Segmenter } from '../segmenter.ts';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../snippet.ts';
import { toEntitySearchHit } from './hit-output.ts';
import { SEMANTIC_EMBEDDER } from './index-settings.ts';
import { searchByWords, type KeywordSearchOutcome } from './keyword-search.ts';
import { buildFilter, facetCounts, matchesFilter, quoteFilterValue, totalOf } from './search-filter.ts';
import {
  DEFAULT_SEARCH_FIRST,
  FACET_ATTRIBUTES,
  MAX_SEARCH_FIRST,
  type EntitySearchFilter,
  type EntitySearchInput,
  type EntitySearchResult,
  type FacetAttribute,
  type FacetCount,
  type SearchEmbedder,
  type SearchMode,
  type StoredHit,
} from './search-types.ts';
import {
  DEFAULT_SEMANTIC_RATIO,
  fuseRankings,
  isNearEnough,
  MAX_MEANING_HITS,
  searchByMeaning,
  type FusedHit,
  type MeaningHit,
} from './semantic-search.ts';

export interface SearchContext {
  client: MeiliClient;
  uid: string;
  segmenter: Segmenter;
  embedder: SearchEmbedder | undefined;
  /** The places and industries the index holds, for reading a query's words as filters. */
  vocabulary(): Promise<IndexVocabulary>;
}

const RETRIEVED: (keyof StoredHit)[] = [
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
  'verification',
  'sourceQuality',
];

/** What the meaning hits of a page are filtered and counted by, and named by, before the page is chosen. */
const MEANING_CANDIDATE_FIELDS: (keyof MeaningHit)[] = [
  'entityId',
  'kind',
  'name',
  'aliases',
  'province',
  'city',
  'keywords',
  'industry',
  'era',
  'level',
  'year',
  'verification',
];

/** `params` asking only for `fields` of each hit and no highlights: for the candidates of a merge. */
function candidatesOnly(params: SearchParams, fields: readonly string[]): SearchParams {
  const { attributesToHighlight: _highlight, highlightPreTag: _pre, highlightPostTag: _post, ...rest } = params;
  return { ...rest, attributesToRetrieve: [...fields] };
}

const NO_FACETS: Record<FacetAttribute, FacetCount[]> = {
  kind: [],
  province: [],
  city: [],
  keywords: [],
  industry: [],
  era: [],
  level: [],
};

/** The filter the caller gave, with the words read as filters of `effect` added on the fields the caller left open. */
function withUnderstood(
  filter: EntitySearchFilter | undefined,
  understanding: QueryUnderstanding,
  effects: ReadonlySet<string>,
): EntitySearchFilter {
  const merged: EntitySearchFilter = { ...filter };
  for (const { field, values, effect } of understanding.understood) {
    if (!effects.has(effect)) continue;
    if (field === 'kind') merged.kinds = values as EntityKind[];
    else if (field === 'province') merged.province = values[0];
    else if (field === 'city') merged.city = values[0];
    else if (field === 'industry') merged.industries = values;
    else merged.eras = values;
  }
  return merged;
}

const FILTERS_ONLY: ReadonlySet<string> = new Set(['filter']);
const FILTERS_AND_BOOSTS: ReadonlySet<string> = new Set(['filter', 'boost']);

function fixedFields(filter: EntitySearchFilter | undefined): Set<UnderstoodField> {
  const fixed = new Set<UnderstoodField>();
  if (filter?.kinds?.length) fixed.add('kind');
  if (filter?.province !== undefined) fixed.add('province');
  if (filter?.city !== undefined) fixed.add('city');
  if (filter?.industries?.length) fixed.add('industry');
  if (filter?.eras?.length) fixed.add('era');
  return fixed;
}

/**
 * A search as the API asks for it: the query read (question words out, place, kind, industry and period words as
 * filters or boosts), then matched by words, by meaning, or both merged into one ranking; hits, totals and facets
 * speak of the merged result. When the words read as filters leave nothing, the query is searched again with its
 * stop words out but nothing read as a filter.
 */
export async function runSearch(context: SearchContext, typed: EntitySearchInput): Promise<EntitySearchResult> {
  // Read as the documents were written (full-width letters folded, invisible characters out), as `suggest` reads.
  const input: EntitySearchInput = {
    ...typed,
    query: foldSearchText(typed.query),
    ...(typed.literal ? { literal: typed.literal.map(foldSearchText) } : {}),
  };
  const first = input.first ?? DEFAULT_SEARCH_FIRST;
  const offset = input.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_FIRST) {
    throw new RangeError(`first must be an integer from 1 to ${MAX_SEARCH_FIRST}, got ${first}`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
  }
  const ratio = input.semanticRatio ?? DEFAULT_SEMANTIC_RATIO;
  if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`semanticRatio must be from 0 to 1, got ${ratio}`);
  const mode: SearchMode = context.embedder ? (input.mode ?? 'hybrid') : 'keyword';

  const queryWords = context.segmenter.words(input.query);
  // An empty query browses (with filters); punctuation alone must not turn into one.
  if (queryWords.length === 0 && input.query.trim() !== '') {
    return {
      hits: [],
      totalHits: 0,
      totalHitsExact: true,
      processingTimeMs: 0,
      matchingStrategy: 'all',
      matchedBy: 'all',
      mode,
      understood: [],
      facets: NO_FACETS,
    };
  }
  const understand = (readFilters: boolean): QueryUnderstanding =>
    understandQuery(queryWords, {
      vocabulary,
      readFilters,
      fixed: fixedFields(input.filter),
      terms: context.segmenter.terms,
      ...(input.literal ? { literal: input.literal } : {}),
    });
  const reading = input.understand !== false && queryWords.length > 0;
  const vocabulary = reading ? await context.vocabulary() : EMPTY_VOCABULARY;
  const understanding = reading ? understand(true) : { words: queryWords, understood: [], dropped: [] };
  const paging = { first, offset, ratio, mode };
  const result = await searchWithBoosts(context, input, understanding, paging);
  if (result.totalHits > 0 || understanding.understood.length === 0) return result;
  // The filters read from the query left nothing: the user's words, less the stop words, may still find something.
  return searchWithBoosts(context, input, understand(false), paging);
}

/**
 * The hits that satisfy the boosts (a kind, an industry, a period read from the query) first, then the other hits
 * under the filters alone, each list ranked as searched; totals and facets are those of the wider list, which holds
 * the first.
 */
async function searchWithBoosts(
  context: SearchContext,
  input: EntitySearchInput,
  understanding: QueryUnderstanding,
  paging: Paging,
): Promise<EntitySearchResult> {
  const filtered = withUnderstood(input.filter, understanding, FILTERS_ONLY);
  if (!understanding.understood.some((word) => word.effect === 'boost')) {
    return searchUnderstood(context, input, understanding, filtered, paging);
  }
  const boosted = withUnderstood(input.filter, understanding, FILTERS_AND_BOOSTS);
  const upTo = { ...paging, first: paging.offset + paging.first, offset: 0 };
  const [primary, wider] = await Promise.all([
    searchUnderstood(context, input, understanding, boosted, upTo),
    searchUnderstood(context, input, understanding, filtered, upTo),
  ]);
  const firstIds = new Set(primary.hits.map((hit) => hit.entityId));
  const hits = [...primary.hits, ...wider.hits.filter((hit) => !firstIds.has(hit.entityId))];
  return {
    ...wider,
    hits: hits.slice(paging.offset, paging.offset + paging.first),
    totalHits: Math.max(wider.totalHits, primary.totalHits),
    processingTimeMs: primary.processingTimeMs + wider.processingTimeMs,
  };
}

interface Paging {
  first: number;
  offset: number;
  ratio: number;
  mode: SearchMode;
}

async function searchUnderstood(
  context: SearchContext,
  input: EntitySearchInput,
  understanding: QueryUnderstanding,
  searchFilter: EntitySearchFilter,
  { first, offset, ratio, mode }: Paging,
): Promise<EntitySearchResult> {
  const { client, uid, segmenter } = context;
  const words = understanding.words;
  const filter = buildFilter(searchFilter);
  const facets = [...(input.facets ?? FACET_ATTRIBUTES)];
  // Page mode makes Meilisearch count every hit; offset/limit only estimates, so use it only when unaligned.
  const aligned = offset % first === 0;
  const meaningWanted = mode !== 'keyword' && input.query.trim() !== '';
  const base: SearchParams = {
    attributesToRetrieve: [...RETRIEVED],
    attributesToHighlight: ['name', 'aliases', 'description'],
    facets,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    ...(filter === undefined ? {} : { filter }),
  };
  // Merged with meaning, the first hits by words are the candidates of a page: always at least MAX_SEARCH_FIRST, so a
  // page's merge sees the same candidates whichever page it is (ties keep the words' order); only their ids, names
  // and scores, since only the page's hits are shown (and highlighted, which is most of Meilisearch's time per hit).
  // Alone, just the page.
  const keywordPage: SearchParams =
    mode === 'hybrid' && meaningWanted
      ? {
          ...candidatesOnly(base, ['entityId', 'name', 'aliases']),
          page: 1,
          hitsPerPage: Math.max(offset + first, MAX_SEARCH_FIRST),
          showRankingScore: true,
        }
      : aligned
        ? { ...base, page: offset / first + 1, hitsPerPage: first }
        : { ...base, offset, limit: first };

  let vector: Float32Array | undefined;
  const [keyword, nearest] = await Promise.all([
    mode === 'semantic' && meaningWanted
      ? undefined
      : searchByWords(client, uid, { words, query: input.query, params: keywordPage }),
    meaningWanted
      ? context.embedder!.embedQueries([toSimplified(input.query)]).then(([queryVector]) => {
          vector = queryVector!;
          // Unfiltered, and filtered here: the nearest are the same whatever the filter, so choosing a facet finds
          // exactly the hits it counted.
          return searchByMeaning(client, uid, {
            vector,
            q: words.join(' '),
            limit: MAX_MEANING_HITS,
            params: candidatesOnly(base, MEANING_CANDIDATE_FIELDS),
          });
        })
      : undefined,
  ]);
  const meaning = nearest && {
    ...nearest,
    hits: nearest.hits.filter(
      (hit) =>
        matchesFilter(hit, searchFilter) &&
        isNearEnough(
          { similarity: hit._rankingScore ?? 0, texts: [hit.name, ...(hit.aliases ?? [])] },
          toSimplified(input.query),
        ),
    ),
  };

  const outputOptions = {
    queryWords: words,
    pinyinKeys: keyword?.pinyinKeys ?? [],
    segmenter,
  };
  const strategy = {
    matchingStrategy: keyword?.matchingStrategy ?? ('all' as const),
    matchedBy: keyword?.matchedBy ?? ('all' as const),
    mode,
    understood: understanding.understood,
  };
  if (!meaning) {
    const response = keyword!.response;
    return {
      hits: response.hits.map((hit) => toEntitySearchHit(hit, { matchedBy: 'words', similarity: null }, outputOptions)),
      totalHits: totalOf(response),
      totalHitsExact: aligned,
      processingTimeMs: keyword!.processingTimeMs,
      ...strategy,
      facets: facetsOf(response.facetDistribution, facets),
    };
  }

  const merged = await mergeWithMeaning(context, {
    keyword,
    meaning,
    words,
    query: input.query,
    filter,
    ratio,
    facets,
  });
  const page = merged.hits.slice(offset, offset + first);
  // The page's hits in full, with their words marked: the ids alone, searched by the vector (which lists every
  // document the filter keeps) with the words, which Meilisearch marks whether or not they ranked the hit.
  const shown =
    page.length === 0
      ? undefined
      : await client.search<StoredHit>(uid, {
          q: keyword?.matchedBy === 'pinyin' ? words.join(' ') : (keyword?.q ?? words.join(' ')),
          vector: Array.from(vector!),
          hybrid: { embedder: SEMANTIC_EMBEDDER, semanticRatio: 1 },
          filter: `entityId IN [${page.map((hit) => quoteFilterValue(hit.entityId)).join(', ')}]`,
          limit: page.length,
          attributesToRetrieve: base.attributesToRetrieve!,
          attributesToHighlight: base.attributesToHighlight!,
          highlightPreTag: HIGHLIGHT_PRE,
          highlightPostTag: HIGHLIGHT_POST,
        });
  const hitsById = new Map((shown?.hits ?? []).map((hit) => [hit.entityId, hit]));
  return {
    hits: page.flatMap((fused) => {
      const hit = hitsById.get(fused.entityId);
      // Gone between the two requests (a curator's delete): left out rather than shown broken.
      return hit ? [toEntitySearchHit(hit, fused, outputOptions)] : [];
    }),
    totalHits: merged.totalHits,
    totalHitsExact: true,
    processingTimeMs:
      (keyword?.processingTimeMs ?? 0) +
      meaning.processingTimeMs +
      merged.processingTimeMs +
      (shown?.processingTimeMs ?? 0),
    ...strategy,
    facets: merged.facets,
  };
}

/**
 * Hits by words and by meaning as one result: every keyword hit plus the meaning hits that lack the words. Whether a
 * meaning hit has the words is known from the keyword hits fetched, or, when there were more keyword hits than that,
 * asked of Meilisearch for those ids alone. Totals and facets count exactly that union.
 */
async function mergeWithMeaning(
  context: SearchContext,
  parts: {
    keyword: KeywordSearchOutcome | undefined;
    meaning: SearchResponse<MeaningHit>;
    words: readonly string[];
    query: string;
    filter: string | undefined;
    ratio: number;
    facets: readonly FacetAttribute[];
  },
): Promise<{
  hits: FusedHit[];
  totalHits: number;
  facets: Record<FacetAttribute, FacetCount[]>;
  processingTimeMs: number;
}> {
  const { keyword, meaning, ratio } = parts;
  const wordsHits = keyword
    ? keyword.response.hits.map((hit) => ({ entityId: hit.entityId, score: hit._rankingScore ?? 0 }))
    : [];
  const keywordIds = wordsHits.map((hit) => hit.entityId);
  const keywordTotal = keyword ? totalOf(keyword.response) : 0;
  const fetched = new Set(keywordIds);
  const unknown = meaning.hits.filter((hit) => !fetched.has(hit.entityId)).map((hit) => hit.entityId);
  let inWords = new Map<string, number>();
  let processingTimeMs = 0;
  if (keyword && keywordTotal > keywordIds.length && unknown.length > 0 && keyword.matchedBy !== 'pinyin') {
    const idFilter = `entityId IN [${unknown.map(quoteFilterValue).join(', ')}]`;
    const members = await context.client.search<Pick<StoredHit, 'entityId'>>(context.uid, {
      q: keyword.q,
      matchingStrategy: keyword.matchingStrategy,
      filter: parts.filter === undefined ? idFilter : `(${parts.filter}) AND ${idFilter}`,
      limit: unknown.length,
      attributesToRetrieve: ['entityId'],
      // A document's score depends on the query alone, not on the others asked with it: its words score, as if fetched.
      showRankingScore: true,
    });
    processingTimeMs += members.processingTimeMs;
    inWords = new Map(members.hits.map((hit) => [hit.entityId, hit._rankingScore ?? 0]));
  }
  const meaningRanked = meaning.hits.map((hit) => ({ entityId: hit.entityId, similarity: hit._rankingScore ?? 0 }));
  const typed = writtenKey(toSimplified(parts.query));
  const named = new Set(
    (keyword?.response.hits ?? [])
      .filter((hit) => [hit.name, ...(hit.aliases ?? [])].some((name) => exactNameKeys(name).includes(typed)))
      .map((hit) => hit.entityId),
  );
  const hits = fuseRankings(wordsHits, meaningRanked, keyword ? ratio : 1, inWords, named);

  // Facets: those of the keyword hits, plus the meaning hits that are not keyword hits.
  const meaningOnly = meaning.hits.filter((hit) => !fetched.has(hit.entityId) && !inWords.has(hit.entityId));
  const distribution: Record<string, Record<string, number>> = structuredClone(
    keyword?.response.facetDistribution ?? {},
  );
  const count = (attribute: string, values: readonly (string | null | undefined)[]) => {
    const counts = (distribution[attribute] ??= {});
    for (const value of new Set(values)) if (value) counts[value] = (counts[value] ?? 0) + 1;
  };
  for (const hit of meaningOnly) {
    count('kind', [hit.kind]);
    count('province', [hit.province]);
    count('city', [hit.city]);
    count('keywords', hit.keywords ?? []);
    count('industry', hit.industry ?? []);
    count('era', [hit.era]);
    count('level', [hit.level]);
  }
  return {
    hits,
    totalHits: keywordTotal + meaningOnly.length,
    facets: facetsOf(distribution, parts.facets),
    processingTimeMs,
  };
}

function facetsOf(
  distribution: Record<string, Record<string, number>> | undefined,
  asked: readonly FacetAttribute[],
): Record<FacetAttribute, FacetCount[]> {
  const out = { ...NO_FACETS };
  for (const attribute of asked) out[attribute] = facetCounts(distribution?.[attribute]);
  return out;
}
