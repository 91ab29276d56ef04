import type { JudgedQuestion } from './judged-questions.ts';

/**
 * right: exactly the judged entities; wrong: any other answer, an incomplete one included, or any answer to a
 * question the graph cannot answer; abstained: no answer given.
 */
export type AnswerVerdict = 'right' | 'wrong' | 'abstained';

export interface AnswerOutcome {
  judged: JudgedQuestion;
  given: string[] | undefined;
  verdict: AnswerVerdict;
  milliseconds: number;
}

export function judgeAnswer(judged: JudgedQuestion, given: readonly string[] | undefined): AnswerVerdict {
  if (given === undefined) return 'abstained';
  const wanted = new Set(judged.answers);
  const same = given.length === wanted.size && given.every((id) => wanted.has(id));
  return same && wanted.size > 0 ? 'right' : 'wrong';
}

export interface AnswerFigures {
  questions: number;
  answerable: number;
  right: number;
  wrong: number;
  abstained: number;
  /** Wrong answers given to questions the graph cannot answer: the figure that must stay 0. */
  wrongOnUnanswerable: number;
  /** Right answers over answerable questions. */
  rightShare: number;
}

export function summarizeAnswers(outcomes: readonly AnswerOutcome[]): AnswerFigures {
  const count = (verdict: AnswerVerdict) => outcomes.filter((outcome) => outcome.verdict === verdict).length;
  const answerable = outcomes.filter((outcome) => outcome.judged.answers.length > 0).length;
  return {
    questions: outcomes.length,
    answerable,
    right: count('right'),
    wrong: count('wrong'),
    abstained: count('abstained'),
    wrongOnUnanswerable: outcomes.filter((o) => o.judged.answers.length === 0 && o.verdict === 'wrong').length,
    rightShare: answerable === 0 ? 0 : count('right') / answerable,
  };
}

/** Figures per value of `key` (shape, relation, batch), in first-seen order. */
export function summarizeAnswersBy(
  outcomes: readonly AnswerOutcome[],
  key: (judged: JudgedQuestion) => string,
): Map<string, AnswerFigures> {
  const groups = new Map<string, AnswerOutcome[]>();
  for (const outcome of outcomes) {
    const group = groups.get(key(outcome.judged)) ?? [];
    group.push(outcome);
    groups.set(key(outcome.judged), group);
  }
  return new Map([...groups].map(([name, group]) => [name, summarizeAnswers(group)]));
}
