import { type GraphRelationship, relationshipId } from '@icg/graph';
import type { PolicyTaskText } from './policy-task-text.ts';

/**
 * Lowest score kept as a SIMILAR_TO. Read off the 2021–2025 documents, where the 25 pairs that
 * share a theme score from 0.026 to 0.597 (alignment.test.ts lists them): from 0.089 up, each pair
 * is the same kind of work in both plans (博物馆 0.597, 宣传推广 0.540, 老工业城市 0.459, 政策支持 ↔
 * 支持力度 0.090, 组织协调 0.089); at 0.078 and below the pairs share a theme word and little else
 * (Jiangsu's tourism standards and Anhui's standards in general 0.078, 资源库 ↔ 工业遗产 0.066).
 */
export const SIMILARITY_THRESHOLD = 0.08;

/** Decimal places kept in `score`, so the stored value does not depend on float noise. */
const SCORE_DIGITS = 3;

export type TermVector = Map<string, number>;

/** Overlapping pairs of Chinese characters, within runs of Chinese text (punctuation and digits split runs). */
export function characterBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of text.matchAll(/\p{Script=Han}+/gu)) {
    const characters = [...run];
    for (let index = 0; index + 1 < characters.length; index += 1) {
      bigrams.push(`${characters[index]}${characters[index + 1]}`);
    }
  }
  return bigrams;
}

/**
 * TF-IDF weighted character-bigram vectors over a set of texts: weight = count in the text ×
 * ln(texts / texts containing the bigram). Bigrams every text has (工业, 文化) weigh nothing, so
 * similarity rests on the words that set tasks apart. Bigrams need no word segmenter, and the
 * Chinese policy vocabulary (博物, 物馆, 遗产) is mostly two-character words anyway.
 */
export function tfidfVectors(texts: readonly string[]): TermVector[] {
  const counts = texts.map((text) => {
    const count: TermVector = new Map();
    for (const bigram of characterBigrams(text)) count.set(bigram, (count.get(bigram) ?? 0) + 1);
    return count;
  });
  const documentFrequency = new Map<string, number>();
  for (const count of counts) {
    for (const bigram of count.keys()) documentFrequency.set(bigram, (documentFrequency.get(bigram) ?? 0) + 1);
  }
  return counts.map((count) => {
    const vector: TermVector = new Map();
    for (const [bigram, tf] of count) {
      const weight = tf * Math.log(texts.length / (documentFrequency.get(bigram) ?? 1));
      if (weight > 0) vector.set(bigram, weight);
    }
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (vector: TermVector): number => Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** A scored pair of tasks from the two provinces. */
export interface TaskPair {
  from: string;
  to: string;
  /** Cosine of the two tasks' TF-IDF bigram vectors, rounded to 3 places. */
  score: number;
  /** Themes both tasks address, in theme order. */
  sharedThemes: string[];
}

export interface AlignmentOptions {
  /**
   * Lowest score kept as a SIMILAR_TO.
   * @default SIMILARITY_THRESHOLD
   */
  threshold?: number;
}

export interface Alignment {
  /** Every pair that shares a theme, kept or not, best first per `from` task. */
  pairs: TaskPair[];
  /** SIMILAR_TO (from → to) for the pairs at or above the threshold. */
  relationships: GraphRelationship[];
}

/**
 * Aligns the tasks of one plan (`from`, Jiangsu) with another's (`to`, Anhui): each pair that
 * addresses a common theme is scored by text similarity, with IDF taken over the tasks of both
 * plans, and kept as SIMILAR_TO when the score reaches the threshold. The shared theme is the
 * reason to compare; the score says how closely the texts agree.
 */
export function alignTasks(
  fromTasks: readonly PolicyTaskText[],
  toTasks: readonly PolicyTaskText[],
  themesByTask: ReadonlyMap<string, readonly string[]>,
  { threshold = SIMILARITY_THRESHOLD }: AlignmentOptions = {},
): Alignment {
  const all = [...fromTasks, ...toTasks];
  const vectors = new Map(tfidfVectors(all.map((task) => task.text)).map((vector, index) => [all[index]?.id, vector]));
  const pairs: TaskPair[] = [];
  for (const from of fromTasks) {
    const fromThemes = themesByTask.get(from.id) ?? [];
    const scored: TaskPair[] = [];
    for (const to of toTasks) {
      const toThemes = new Set(themesByTask.get(to.id) ?? []);
      const sharedThemes = fromThemes.filter((theme) => toThemes.has(theme));
      if (sharedThemes.length === 0) continue;
      const score = cosine(vectors.get(from.id) ?? new Map(), vectors.get(to.id) ?? new Map());
      scored.push({ from: from.id, to: to.id, score: round(score), sharedThemes });
    }
    // Best first; Array.prototype.sort is stable, so ties stay in document order.
    scored.sort((a, b) => b.score - a.score);
    pairs.push(...scored);
  }

  const sourceOf = new Map(all.map((task) => [task.id, task.source]));
  const kept = pairs.filter((pair) => pair.score >= threshold);
  const relationships: GraphRelationship[] = kept.map((pair) => ({
    id: relationshipId('SIMILAR_TO', pair.from, pair.to),
    type: 'SIMILAR_TO',
    from: pair.from,
    to: pair.to,
    properties: {
      score: pair.score,
      // 1 for the `from` task's best match among the kept pairs.
      rank: kept.filter((other) => other.from === pair.from).indexOf(pair) + 1,
      sharedThemes: pair.sharedThemes,
      method: 'tfidf-cosine-character-bigrams',
    },
    sources: [sourceOf.get(pair.from), sourceOf.get(pair.to)].filter((source) => source !== undefined),
  }));
  return { pairs, relationships };
}

function round(score: number): number {
  const factor = 10 ** SCORE_DIGITS;
  return Math.round(score * factor) / factor;
}
