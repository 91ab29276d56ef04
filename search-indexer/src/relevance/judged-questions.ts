import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** How a judged question is put; figures are reported per shape so a weak one shows. */
export const QUESTION_SHAPES = ['who-did-X', 'X-by-whom', 'X-of', 'what-did-X-do', 'where', 'two-hop'] as const;
export type QuestionShape = (typeof QUESTION_SHAPES)[number];

export interface JudgedQuestion {
  question: string;
  shape: QuestionShape;
  /** The relationship type the answer rests on (two hops joined by '>'), or formerNames. */
  relation: string;
  /** Exactly the entities the graph gives as the answer, complete; empty when the graph cannot answer. */
  answers: string[];
  /**
   * 1 for the questions the answering was first built against; 2 and up for those written later, each batch by
   * someone who had not seen the answering, measured first as it stood.
   */
  batch: number;
}

export const JUDGED_QUESTIONS_FILE = fileURLToPath(new URL('../../relevance/judged-questions.json', import.meta.url));

/** Reads and checks the judged questions; a malformed entry stops the run rather than skewing the figures. */
export async function readJudgedQuestions(path: string = JUDGED_QUESTIONS_FILE): Promise<JudgedQuestion[]> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as { questions?: unknown };
  if (!Array.isArray(parsed.questions)) throw new Error(`${path}: expected an array "questions"`);
  const seen = new Set<string>();
  return parsed.questions.map((entry: unknown, i) => {
    const where = `${path}: questions[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where} is not an object`);
    const { question, shape, relation, answers, batch = 1 } = entry as Record<string, unknown>;
    if (typeof question !== 'string' || question.trim() === '') throw new Error(`${where}.question must be text`);
    if (seen.has(question)) throw new Error(`${where}: ${JSON.stringify(question)} is judged twice`);
    seen.add(question);
    if (!QUESTION_SHAPES.includes(shape as QuestionShape)) {
      throw new Error(`${where}.shape must be one of ${QUESTION_SHAPES.join(', ')}`);
    }
    if (typeof relation !== 'string' || relation === '') throw new Error(`${where}.relation must be text`);
    if (!Array.isArray(answers) || !answers.every((id) => typeof id === 'string')) {
      throw new Error(`${where}.answers must list entity ids (none when the graph cannot answer)`);
    }
    if (!Number.isInteger(batch) || (batch as number) < 1)
      throw new Error(`${where}.batch must be a whole number from 1`);
    return {
      question,
      shape: shape as QuestionShape,
      relation,
      answers: [...new Set(answers as string[])],
      batch: batch as number,
    };
  });
}
