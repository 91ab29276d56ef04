import { beforeAll, describe, expect, it } from 'vitest';
import { formatAnswerMisses, formatAnswersReport } from './format-answers-report.ts';
import { QUESTION_SHAPES, readJudgedQuestions, type JudgedQuestion } from './judged-questions.ts';
import { runAnswers, type AnswersReport } from './run-answers.ts';
import { summarizeAnswers } from './score-answers.ts';

describe('answers to the judged questions, from the seeded graph', () => {
  let questions: JudgedQuestion[];
  let report: AnswersReport;

  beforeAll(async () => {
    questions = await readJudgedQuestions();
    report = await runAnswers({ questions });
    console.info(`${formatAnswersReport(report)}\n\n${formatAnswerMisses(report)}`);
  }, 300_000);

  it('judges at least 60 questions of every shape, at least 10 of them with no answer in the graph', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(questions.map((q) => q.shape))).toEqual(new Set(QUESTION_SHAPES));
    expect(questions.filter((q) => q.answers.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('claims no answer to a question the graph cannot answer', () => {
    const claimed = report.outcomes.filter((o) => o.judged.answers.length === 0 && o.verdict === 'wrong');
    expect(claimed.map((o) => `${o.judged.question} → ${o.given?.join(', ')}`)).toEqual([]);
  });

  it('answers at least 90 % of the answerable questions with exactly the entities the graph holds', () => {
    expect(summarizeAnswers(report.outcomes).rightShare).toBeGreaterThanOrEqual(0.9);
  });
});
