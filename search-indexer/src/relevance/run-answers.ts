import { answerQuestion } from '../answers/answer-question.ts';
import { createSearchIndex, createSegmenter, indexGraph } from '../index.ts';
import { readJudgedQuestions, type JudgedQuestion } from './judged-questions.ts';
import { judgeAnswer, type AnswerOutcome } from './score-answers.ts';
import { withSeededSearch } from './seeded-search.ts';

export interface AnswersReport {
  graphNodes: number;
  outcomes: AnswerOutcome[];
  /** Each judged question searched alone and searched while answered, as the API does, in milliseconds. */
  timings: { search: number[]; searchAndAnswer: number[] };
}

/** Times every question is searched alone, and with its answer, for the timings. */
const TIMING_ROUNDS = 3;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Seeds a fresh embedded graph, indexes it as the service does, and puts every judged question to the answering,
 * judging each answer against the entities the graph holds. Answering reads names and walks relationships; it does
 * not use the embedding model, so the index is built without one.
 */
export async function runAnswers(
  options: { questions?: readonly JudgedQuestion[]; onStep?: (message: string) => void } = {},
): Promise<AnswersReport> {
  const step = options.onStep ?? (() => {});
  const questions = options.questions ?? (await readJudgedQuestions());
  return withSeededSearch(
    questions.flatMap((q) => q.answers),
    async ({ graph, graphNodes, client }) => {
      step('Indexing the graph');
      const index = createSearchIndex({ client, segmenter: await createSegmenter(), uid: 'answers' });
      await index.ensure();
      await indexGraph(graph, index);
      step(`Asking ${questions.length} judged questions`);
      const outcomes: AnswerOutcome[] = [];
      for (const judged of questions) {
        const started = performance.now();
        const answer = await answerQuestion(judged.question, { index, graph });
        const milliseconds = performance.now() - started;
        const given = answer?.answers.map((proven) => proven.entityId);
        outcomes.push({ judged, given, verdict: judgeAnswer(judged, given), milliseconds });
      }
      step('Timing searches with and without the answer');
      const timings = { search: [] as number[], searchAndAnswer: [] as number[] };
      const search = (question: string) => index.search({ query: question, first: 10 });
      for (let round = 0; round < TIMING_ROUNDS; round++) {
        for (const [i, { question }] of questions.entries()) {
          // Alternating which goes first, so a slow moment falls on both.
          const runs = [
            async () => timings.search.push(await timed(() => search(question))),
            async () =>
              timings.searchAndAnswer.push(
                await timed(() => Promise.all([search(question), answerQuestion(question, { index, graph })])),
              ),
          ];
          for (const run of (i + round) % 2 === 0 ? runs : runs.reverse()) await run();
        }
      }
      return { graphNodes, outcomes, timings };
    },
    step,
  );
}
