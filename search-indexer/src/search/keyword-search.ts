import type { EntityDocument } from '../entity-documents.ts';
import type { MeiliClient } from '../meili-client.ts';
import type { SearchParams, SearchResponse } from '../meili-types.ts';
import { hasHan, isLatinQuery } from '../pinyin.ts';
import { SearchEngineError } from '../search-engine-error.ts';
import { isNearMiss, MAX_PINYIN_CANDIDATES, queryPinyin } from './pinyin-rescue.ts';
import { quoteFilterValue, totalOf } from './search-filter.ts';
import type { SearchStrategy, StoredHit } from './search-types.ts';

export interface KeywordSearchInput {
  /** The words every hit must have (the query as understood); none browses what the filter keeps. */
  words: readonly string[];
  /** The query as typed: whether it holds Chinese or only Latin letters decides the pinyin paths. */
  query: string;
  /** Paging, attributes, facets and filter; `q` and `matchingStrategy` are set here. */
  params: SearchParams;
}

export interface KeywordSearchOutcome {
  response: SearchResponse<StoredHit>;
  matchingStrategy: 'all' | 'frequency' | 'last';
  matchedBy: SearchStrategy;
  /** The words the answering request was sent with (fewer than asked when some were found nowhere). */
  q: string;
  processingTimeMs: number;
  /** Pinyin keys the highlights must mark by reading (Meilisearch cannot mark a pinyin match). */
  pinyinKeys: string[];
}

/**
 * The search by words, with its fallbacks: every word first; when nothing has them all, the least informative words
 * dropped first (Meilisearch's `frequency` strategy: 南京 的 云锦 keeps 云锦 before 南京); and for a query with
 * Chinese characters, the pinyin of its words against the pinyin of names and aliases (芜湖铁化 → 芜湖铁画), tried
 * before dropping words when a word is in no document at all, and last otherwise.
 */
export async function searchByWords(
  client: MeiliClient,
  uid: string,
  input: KeywordSearchInput,
): Promise<KeywordSearchOutcome> {
  const { words, query } = input;
  const params: SearchParams = { ...input.params, q: words.join(' ') };
  const runSearch = (searchParams: SearchParams, matchingStrategy: 'all' | 'frequency' | 'last') =>
    client.search<StoredHit>(uid, { ...searchParams, matchingStrategy });

  let matchingStrategy: 'all' | 'frequency' | 'last' = 'all';
  let matchedBy: SearchStrategy = 'all';
  let q = params.q ?? '';
  let response = await runSearch(params, matchingStrategy);
  let processingTimeMs = response.processingTimeMs;

  // Pinyin makes homophones (景点, 经典) one word, so it is never mixed into the character search; it is worked out
  // only when a pinyin attempt or pinyin highlights need it: most queries match as written.
  let pinyinWordsOf: { spaced: string; joined: string }[] | undefined;
  const pinyinWords = () => (pinyinWordsOf ??= hasHan(query) ? queryPinyin(words) : []);
  let pinyinTried = false;
  const searchByPinyin = async (): Promise<SearchResponse<StoredHit>> => {
    pinyinTried = true;
    const pinyinParams: SearchParams = {
      ...params,
      q: pinyinWords()
        .map((word) => `"${word.spaced}"`)
        .join(' '),
      attributesToSearchOn: ['pinyin'],
    };
    // Same sound is not enough: a name is kept only when it also shares characters with the query, so a wrong
    // character is forgiven (铁化 → 铁画) but a different word is not (景点 never finds 经典).
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
      .filter((hit) => [hit.name, ...(hit.aliases ?? [])].some((name) => isNearMiss(name, words)))
      .map((hit) => hit.entityId);
    if (near.length === 0) return { ...response, hits: [], totalHits: 0, estimatedTotalHits: 0, facetDistribution: {} };
    const nearFilter = `entityId IN [${near.map(quoteFilterValue).join(', ')}]`;
    const answer = await runSearch(
      { ...pinyinParams, filter: params.filter === undefined ? nearFilter : `(${params.filter}) AND ${nearFilter}` },
      'all',
    );
    processingTimeMs += answer.processingTimeMs;
    return answer;
  };

  if (totalOf(response) === 0 && words.length > 1) {
    // Dropping words would throw away a mistyped word and answer with the rest (芜湖 alone for 芜湖铁化); when a word
    // of the query is found in no document at all, its pinyin is tried first. A word no document has cannot help
    // any hit either: it goes first, then Meilisearch drops the commonest words (`frequency`), keeping the rare.
    const nowhere = await wordsFoundNowhere(client, uid, words);
    if (pinyinWords().length > 0 && nowhere.some(hasHan)) {
      const answer = await searchByPinyin();
      if (totalOf(answer) > 0) {
        response = answer;
        matchedBy = 'pinyin';
      }
    }
    // With every word found nowhere nothing can match (dropping words down to none would list everything).
    const found = words.filter((word) => !nowhere.includes(word));
    if (matchedBy !== 'pinyin' && found.length > 0) {
      const kept = found;
      q = kept.join(' ');
      matchedBy = 'some';
      matchingStrategy = kept.length < words.length ? 'all' : 'frequency';
      response = await runSearch({ ...params, q }, matchingStrategy);
      processingTimeMs += response.processingTimeMs;
      if (totalOf(response) === 0 && kept.length > 1 && matchingStrategy === 'all') {
        matchingStrategy = 'frequency';
        response = await runSearch({ ...params, q }, matchingStrategy);
        processingTimeMs += response.processingTimeMs;
      }
      // Meilisearch counts frequency over its own tokens, which cut Chinese finer than jieba: two words of one
      // document each can leave it nothing to keep. Dropping from the end is the older, blunter fallback.
      if (totalOf(response) === 0 && kept.length > 1) {
        matchingStrategy = 'last';
        response = await runSearch({ ...params, q }, matchingStrategy);
        processingTimeMs += response.processingTimeMs;
      }
    }
  }
  if (totalOf(response) === 0 && pinyinWords().length > 0 && !pinyinTried) {
    matchingStrategy = 'all';
    matchedBy = 'pinyin';
    response = await searchByPinyin();
  }

  const pinyinKeys =
    matchedBy === 'pinyin' ? pinyinWords().map((word) => word.joined) : isLatinQuery(query) ? [...words] : [];
  return { response, matchingStrategy, matchedBy, q, processingTimeMs, pinyinKeys };
}

/** Those of `words` that no document holds, each searched alone (synonyms count), ignoring filters. */
async function wordsFoundNowhere(client: MeiliClient, uid: string, words: readonly string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const { results } = await client.multiSearch(
    words.map((word) => ({ indexUid: uid, q: word, limit: 0, matchingStrategy: 'all' as const })),
  );
  return words.filter((_, i) => {
    const result = results[i];
    return result !== undefined && totalOf(result) === 0;
  });
}
