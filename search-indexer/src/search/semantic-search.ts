import type { MeiliClient } from '../meili-client.ts';
import type { SearchParams, SearchResponse } from '../meili-types.ts';
import { SEMANTIC_EMBEDDER } from './index-settings.ts';
import type { HitMatch, StoredHit } from './search-types.ts';

/** In hybrid mode, the weight of meaning against words unless the caller gives one. */
export const DEFAULT_SEMANTIC_RATIO = 0.4;

/**
 * Meilisearch's score of a vector hit is the cosine of the two vectors mapped to 0–1, (1 + cos) / 2. Below this a
 * document is not near enough to count as matching by meaning at all. Measured on the seeds (docs/search.md): the
 * entities a person expects for an everyday word score 0.70–0.78 (钢铁厂 → 马钢 0.77, 胭脂 → 谢馥春 0.72), a
 * mistyped name's entity about 0.70, and the nearest entities to a query the graph knows nothing of 0.69–0.71
 * (量子计算机, 手机, 股票). So a hit between this floor and CONFIDENT_SIMILARITY must also share a character with the
 * query (a typo does; 50名先进个人 for 量子计算机 does not) in its name or an alias.
 */
export const SIMILARITY_FLOOR = 0.68;

/** At or above this, nearness alone is enough; see SIMILARITY_FLOOR. */
export const CONFIDENT_SIMILARITY = 0.72;

const HAN = /\p{Script=Han}/u;

/**
 * A meaning hit counts when it is near enough, or nearly so and its name or an alias shares a character with the
 * query (a description shares some character with almost anything).
 */
export function isNearEnough(
  hit: { similarity: number; texts: readonly (string | null | undefined)[] },
  query: string,
): boolean {
  if (hit.similarity >= CONFIDENT_SIMILARITY) return true;
  if (hit.similarity < SIMILARITY_FLOOR) return false;
  const text = hit.texts.filter(Boolean).join('');
  return [...query].some((char) => HAN.test(char) && text.includes(char));
}

/**
 * The most hits meaning may add to a search: the nearest documents above the floor, not the whole index ranked by
 * distance, so a search for a name does not come back with every entity of the graph.
 */
export const MAX_MEANING_HITS = 50;

export type MeaningHit = StoredHit & { keywords?: string[] };

/** The documents nearest `vector` above SIMILARITY_FLOOR, nearest first, whatever the filters of `params`. */
export async function searchByMeaning(
  client: MeiliClient,
  uid: string,
  input: { vector: Float32Array; q: string; limit: number; params: SearchParams },
): Promise<SearchResponse<MeaningHit>> {
  const {
    page: _page,
    hitsPerPage: _hitsPerPage,
    offset: _offset,
    facets: _facets,
    filter: _filter,
    ...shared
  } = input.params;
  return client.search<MeaningHit>(uid, {
    ...shared,
    // The words only mark the hits' matching words; with semanticRatio 1 they do not rank.
    q: input.q,
    vector: Array.from(input.vector),
    hybrid: { embedder: SEMANTIC_EMBEDDER, semanticRatio: 1 },
    limit: input.limit,
    showRankingScore: true,
    rankingScoreThreshold: SIMILARITY_FLOOR,
  });
}

export interface FusedHit {
  entityId: string;
  matchedBy: HitMatch;
  similarity: number | null;
}

/** A hit of the search by words: its id and Meilisearch's ranking score for it (0–1). */
export interface WordsHit {
  entityId: string;
  score: number;
}

/**
 * One ranking from two, by score: a hit's words score (Meilisearch's ranking score, 1 for an exact name) weighs
 * `1 - ratio`, its nearness in meaning (the similarity above SIMILARITY_FLOOR, stretched to 0–1) weighs `ratio`, and
 * a hit in both lists has both. Scores rather than ranks: by ranks, 苏绣 itself (first by words, third by meaning)
 * fell behind a 苏绣 variant second by words and first by meaning; its exact name must count. Nearness counts in
 * tenths: finer differences of this model are noise, and within a tenth the words' order decides (so the national
 * designation stays above the provincial one of the same text). `inWords` holds, with their words scores, the
 * meaning hits that also have the query's words beyond the keyword hits fetched.
 */
export function fuseRankings(
  words: readonly WordsHit[],
  meaning: readonly { entityId: string; similarity: number }[],
  ratio: number,
  inWords: ReadonlyMap<string, number>,
  /** Hits whose name or an alias is the query as typed: whoever types a name in full means that entity, first. */
  named: ReadonlySet<string> = new Set(),
): FusedHit[] {
  const nearness = (similarity: number) =>
    Math.round(Math.max(0, (similarity - SIMILARITY_FLOOR) / (1 - SIMILARITY_FLOOR)) * 10) / 10;
  const scores = new Map<string, { score: number; words: boolean; similarity: number | null; order: number }>();
  words.forEach(({ entityId, score }, rank) => {
    const pinned = named.has(entityId) ? 1 : 0;
    scores.set(entityId, { score: (1 - ratio) * score + pinned, words: true, similarity: null, order: rank });
  });
  meaning.forEach(({ entityId, similarity }, rank) => {
    const known = scores.get(entityId);
    if (known) {
      known.score += ratio * nearness(similarity);
      known.similarity = similarity;
      return;
    }
    const wordsScore = inWords.get(entityId);
    const hasWords = wordsScore !== undefined;
    scores.set(entityId, {
      score: ratio * nearness(similarity) + (1 - ratio) * (wordsScore ?? 0),
      words: hasWords,
      similarity,
      order: words.length + rank,
    });
  });
  return [...scores.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.order - b.order)
    .map(([entityId, { words: hasWords, similarity }]) => ({
      entityId,
      matchedBy: hasWords && similarity !== null ? 'both' : hasWords ? 'words' : 'meaning',
      similarity,
    }));
}
