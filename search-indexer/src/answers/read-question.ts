import type { EntityKind } from '@icg/graph';
import {
  ANSWER_KIND_HINTS,
  ASKED_KIND_REACH,
  ASKING_WORDS,
  FORMER_NAME,
  FORMER_NAME_PHRASES,
  RELATION_CUES,
  type RelationCue,
} from './relation-cues.ts';

/** A stretch of the question: where a name stands. */
export interface Span {
  start: number;
  end: number;
}

/** One relationship step a question asks for, in the order it asks them. */
export type QuestionStep = RelationCue | { phrase: string; types: typeof FORMER_NAME };

/** A step where the question asks it. */
export type PlacedStep = QuestionStep & Span;

export interface ReadQuestion {
  /** The steps from the subject to the answer: one, or two (荣德生的兄弟创办了什么), in the question's order. */
  steps: PlacedStep[];
  /** Kinds the answer must be, from the words around the subject (哪个城市, 哪家企业); none when it does not say. */
  answerKinds: EntityKind[] | undefined;
  /** Where the question says what the answer is (哪家纺织厂: 纺织厂): words about the answer, not the subject. */
  answerKindSpans: Span[];
  /** For each character of the question, whether a relationship phrase claimed it. */
  taken: boolean[];
}

/** Questions longer than this are not read as questions about one relationship. */
export const MAX_QUESTION_LENGTH = 60;

/** Where relationship phrases stand in `text`, longest first, each consuming its characters. */
export function findCues(text: string): { steps: PlacedStep[]; taken: boolean[] } {
  const taken = new Array<boolean>(text.length).fill(false);
  const steps: PlacedStep[] = [];
  for (const step of PHRASES) {
    for (let at = text.indexOf(step.phrase); at >= 0; at = text.indexOf(step.phrase, at + 1)) {
      const end = at + step.phrase.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      steps.push({ ...step, start: at, end });
    }
  }
  return { steps: steps.sort((a, b) => a.start - b.start), taken };
}

const PHRASES: readonly QuestionStep[] = [
  ...FORMER_NAME_PHRASES.map((phrase): QuestionStep => ({ phrase, types: FORMER_NAME })),
  ...RELATION_CUES,
].sort((a, b) => b.phrase.length - a.phrase.length);

const asksWhere = (step: QuestionStep) => 'where' in step && step.where === true;
const isVerb = (step: QuestionStep) => 'doer' in step && step.doer !== undefined;

/**
 * The relationship steps of a question, read outside the names it writes (南通纺织博物馆展示什么 asks 展示, not
 * 博物馆), in the order they appear. A where-phrase before a verb says where the verb happens (在哪个馆里现场演示) and
 * is not a step. At most two steps; a third is not a question this reads.
 */
export function readQuestion(question: string, names: readonly Span[]): ReadQuestion | undefined {
  let outside = question;
  for (const name of names) {
    outside = outside.slice(0, name.start) + '\u0000'.repeat(name.end - name.start) + outside.slice(name.end);
  }
  const { steps: found, taken } = findCues(outside);
  const steps = found.filter((step, i) => !(asksWhere(step) && found.slice(i + 1).some(isVerb)));
  if (steps.length === 0 || steps.length > 2) return undefined;
  if (steps.length === 2 && steps.some((step) => step.types === FORMER_NAME)) return undefined;
  const asking = ASKING_WORDS.flatMap((word) => {
    const at = outside.indexOf(word);
    return at < 0
      ? []
      : [{ start: at + word.length, text: outside.slice(at + word.length, at + word.length + ASKED_KIND_REACH) }];
  });
  const answerKindSpans: Span[] = [];
  const hinted = ANSWER_KIND_HINTS.flatMap(([word, kinds]) =>
    asking.flatMap((after) => {
      const at = after.text.indexOf(word);
      if (at < 0) return [];
      answerKindSpans.push({ start: after.start, end: after.start + at + word.length });
      return kinds;
    }),
  );
  return { steps, answerKinds: hinted.length > 0 ? [...new Set(hinted)] : undefined, answerKindSpans, taken };
}
