import { toSimplified } from '../chinese-variants.ts';
import { exactNameKeys, writtenKey } from '../entity-documents.ts';
import { hasHan, pinyinForms, readings } from '../pinyin.ts';
import type { SearchIndex } from '../search-index.ts';

/** Where an entity's name stands in a question, and the entities that bear it. */
export interface Mention {
  start: number;
  end: number;
  /** The name as the question writes it, in the form `exactNameKeys` compares. */
  key: string;
  /**
   * The entities it may name, in tiers tried in turn: those that bear it as written first, then those that bear it
   * only without a bracketed qualifier (苏绣 names 苏绣 before 苏绣（南通仿真绣）).
   */
  candidates: string[][];
  /** True when the question misspells the name (荣德声 for 荣德生) rather than writing it. */
  nearMiss: boolean;
}

/** Names longer than this are not looked for in a question. */
const MAX_NAME_LENGTH = 30;
/** The fewest characters of a name that a question must write for it to be recognised. */
const MIN_NAME_LENGTH = 2;

/**
 * The names of entities the question writes in full (a name, an alias, a former name, a name without its bracketed
 * qualifier or the qualifier alone), longest first, none inside another: 南通纺织博物馆 hides the 南通 it contains.
 * One request to the index, whatever the question.
 */
export async function findNamedMentions(question: string, index: SearchIndex): Promise<Mention[]> {
  const spans = new Map<string, { start: number; end: number }>();
  const sounds = new Map<string, { start: number; end: number }>();
  const read = readings(question);
  for (let start = 0; start < question.length; start++) {
    for (let end = start + MIN_NAME_LENGTH; end <= Math.min(question.length, start + MAX_NAME_LENGTH); end++) {
      const key = writtenKey(question.slice(start, end));
      if (!spans.has(key)) spans.set(key, { start, end });
    }
  }
  // Each run of Chinese characters is also looked up by its sounds, for the names a question misspells (荣德声).
  for (let first = 0; first < read.length; first++) {
    let joined = '';
    for (let last = first; last < read.length && last - first < MAX_NAME_LENGTH; last++) {
      if (last > first && read[last]!.start !== read[last - 1]!.end) break;
      joined += read[last]!.full;
      const span = { start: read[first]!.start, end: read[last]!.end };
      if (last > first && hasHan(question.slice(span.start, span.end)) && !sounds.has(joined)) sounds.set(joined, span);
    }
  }

  const written = new Map<string, { written: string[]; qualified: string[] }>();
  const misspelt = new Map<string, { span: { start: number; end: number }; ids: string[] }>();
  for (const entity of await index.named([...spans.keys(), ...sounds.keys()])) {
    for (const name of [entity.name, ...entity.aliases]) {
      const asWritten = new Set([writtenKey(name), writtenKey(toSimplified(name))]);
      for (const key of exactNameKeys(name)) {
        if (spans.has(key)) {
          const bearers = written.get(key) ?? { written: [], qualified: [] };
          const tier = asWritten.has(key) ? bearers.written : bearers.qualified;
          if (!tier.includes(entity.entityId)) tier.push(entity.entityId);
          written.set(key, bearers);
        }
        const sound = pinyinForms(key).joined;
        const span = sounds.get(sound);
        if (span && isMisspelling(question.slice(span.start, span.end), key)) {
          const found = misspelt.get(sound) ?? { span, ids: [] };
          if (!found.ids.includes(entity.entityId)) found.ids.push(entity.entityId);
          misspelt.set(sound, found);
        }
      }
    }
  }
  const mentions: Mention[] = [...written].map(([key, bearers]) => ({
    ...spans.get(key)!,
    key,
    candidates: [bearers.written, bearers.qualified.filter((id) => !bearers.written.includes(id))].filter(
      (tier) => tier.length > 0,
    ),
    nearMiss: false,
  }));
  for (const { span, ids } of misspelt.values()) {
    mentions.push({
      ...span,
      key: writtenKey(question.slice(span.start, span.end)),
      candidates: [ids],
      nearMiss: true,
    });
  }
  return withoutOverlaps(mentions);
}

/**
 * Longest first, a name written right before a misspelling of the same length, then leftmost; a mention overlapping
 * one already kept is dropped.
 */
function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const ordered = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(a.nearMiss) - Number(b.nearMiss) || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const mention of ordered) {
    if (kept.some((other) => mention.start < other.end && other.start < mention.end)) continue;
    kept.push(mention);
  }
  return kept;
}

/** The most stretches of a question looked for by search, longest first. */
const MAX_SEARCHED_STRETCHES = 3;

/**
 * The entities a question names in part or misspells, found as search finds them, for each stretch of the question
 * that its relationship and question words leave (`taken`), longest first: 恒顺醋业 for 江苏恒顺醋业股份有限公司,
 * 徽墨 for 徽墨制作技艺, 古井贡酒的酿造区 for 古井贡酒年份原浆传统酿造区, 恒原畅 for 恒源畅. The mention is the longest
 * run of the stretch whose characters a hit's name holds in order (`heldPart`); the hits holding it are its
 * candidates. One mention per stretch that has any, in the stretches' order.
 */
export async function findPartialMentions(
  question: string,
  taken: readonly boolean[],
  index: SearchIndex,
): Promise<Mention[]> {
  // The stretches are searched at once; their mentions come back in the stretches' order.
  const stretches = stretchesOf(question, taken).slice(0, MAX_SEARCHED_STRETCHES);
  const found = await Promise.all(stretches.map((stretch) => partialMention(stretch, index)));
  return found.filter((mention): mention is Mention => mention !== undefined);
}

async function partialMention(
  stretch: { start: number; end: number; text: string },
  index: SearchIndex,
): Promise<Mention | undefined> {
  const { hits } = await index.search({
    query: stretch.text,
    mode: 'keyword',
    first: 20,
    facets: [],
    understand: false,
  });
  const chars = [...stretch.text];
  const held = hits.flatMap((hit) => {
    const keys = [hit.name, ...(hit.aliases ?? [])].flatMap(exactNameKeys);
    const best = keys.map((key) => heldPart(key, chars)).reduce((a, b) => (better(b, a) ? b : a));
    return best.length >= MIN_NAME_LENGTH ? [{ id: hit.entityId, ...best }] : [];
  });
  const longest = Math.max(0, ...held.map((part) => part.length));
  if (longest === 0) return undefined;
  // The part most hits hold at its earliest place is the mention; the hits holding it there are its candidates.
  const meant = held.filter((part) => part.length === longest);
  const at = Math.min(...meant.map((part) => part.at));
  const kept = meant.filter((part) => part.at === at);
  const before = chars.slice(0, at).join('').length;
  const text = chars.slice(at, at + longest).join('');
  return {
    start: stretch.start + before,
    end: stretch.start + before + text.length,
    key: writtenKey(text),
    candidates: [kept.map((part) => part.id)],
    nearMiss: kept.every((part) => part.nearMiss),
  };
}

interface HeldPart {
  /** Where in the stretch, in characters, the held part starts. */
  at: number;
  length: number;
  nearMiss: boolean;
}

/** Longer first, then earlier, then written right rather than misspelt. */
const better = (a: HeldPart, b: HeldPart) =>
  a.length !== b.length ? a.length > b.length : a.at !== b.at ? a.at < b.at : !a.nearMiss && b.nearMiss;

/**
 * The longest run of `chars` that `name` holds in order (对南京云锦做过 holds 南京云锦 in 南京云锦木机妆花手工织造技艺),
 * with at most one character written otherwise but read the same (恒原畅 in 恒源畅) when the run is three
 * characters or more.
 */
function heldPart(name: string, chars: readonly string[]): HeldPart {
  let best: HeldPart = { at: 0, length: 0, nearMiss: false };
  for (let at = 0; at + best.length < chars.length; at++) {
    const run = longestHeld(name, chars.slice(at));
    const part = { at, ...run };
    if (better(part, best)) best = part;
  }
  return best;
}

function longestHeld(name: string, chars: readonly string[]): { length: number; nearMiss: boolean } {
  const nameChars = [...name];
  let at = 0;
  let length = 0;
  let beforeSubstitution: number | undefined;
  for (const char of chars) {
    let found = nameChars.indexOf(char, at);
    if (found < 0 && beforeSubstitution === undefined && length >= 1) {
      const sound = soundOf(char);
      found = nameChars.findIndex((other, i) => i >= at && soundOf(other) === sound);
      if (found >= 0) beforeSubstitution = length;
    }
    if (found < 0) break;
    at = found + 1;
    length++;
  }
  if (beforeSubstitution === undefined) return { length, nearMiss: false };
  // A substitution counts only in a part long enough not to be chance.
  return length >= 3 ? { length, nearMiss: true } : { length: beforeSubstitution, nearMiss: false };
}

/** Readings of single characters, toneless; a character may have a sound of its own only in context. */
const soundOfChar = new Map<string, string>();
function soundOf(char: string): string {
  let sound = soundOfChar.get(char);
  if (sound === undefined) {
    sound = hasHan(char) ? pinyinForms(char).joined : char;
    soundOfChar.set(char, sound);
  }
  return sound;
}

/**
 * The runs of the question no cue or question word claimed, of at least two characters, longest first; runs joined
 * only by 的 also make one stretch without it (古井贡酒的酿造区 → 古井贡酒酿造区), before the runs alone.
 */
function stretchesOf(question: string, taken: readonly boolean[]): { start: number; end: number; text: string }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let at = 0; at <= question.length; at++) {
    const free = at < question.length && !taken[at] && /[\p{Script=Han}\p{L}\p{N}]/u.test(question[at]!);
    if (free && start < 0) start = at;
    if (!free && start >= 0) {
      runs.push({ start, end: at });
      start = -1;
    }
  }
  const stretches = runs.map((run) => ({ ...run, text: question.slice(run.start, run.end) }));
  for (let i = 0; i + 1 < runs.length; i++) {
    const [a, b] = [runs[i]!, runs[i + 1]!];
    if (question.slice(a.end, b.start) === '的') {
      stretches.push({
        start: a.start,
        end: b.end,
        text: question.slice(a.start, a.end) + question.slice(b.start, b.end),
      });
    }
  }
  return stretches
    .filter((stretch) => [...stretch.text].length >= MIN_NAME_LENGTH)
    .sort((a, b) => b.text.length - a.text.length || a.start - b.start);
}

/** True when `typed` is `name` with one wrong character (names of four or more), or the same sounds written otherwise. */
export function isMisspelling(typed: string, name: string): boolean {
  const a = [...typed];
  const b = [...name];
  if (a.length !== b.length || typed === name) return false;
  const differing = a.filter((char, i) => char !== b[i]).length;
  if (differing === 1 && a.length >= 4) return true;
  return differing * 2 <= a.length && pinyinForms(typed).joined === pinyinForms(name).joined;
}
