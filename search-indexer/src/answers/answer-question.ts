import {
  formerNamesOf,
  normalizeText,
  type FormerName,
  type GraphNode,
  type GraphPath,
  type GraphStore,
  type RelationType,
} from '@icg/graph';
import { toSimplified } from '../chinese-variants.ts';
import { exactNameKeys } from '../entity-documents.ts';
import { QUESTION_WORDS } from '../query/stop-words.ts';
import type { SearchIndex } from '../search-index.ts';
import { findNamedMentions, findPartialMentions, type Mention } from './find-subject.ts';
import { followSteps } from './follow-steps.ts';
import { questionGraph, type QuestionGraph } from './question-graph.ts';
import {
  findCues,
  MAX_QUESTION_LENGTH,
  readQuestion,
  type PlacedStep,
  type ReadQuestion,
  type Span,
} from './read-question.ts';
import { FORMER_NAME, type RelationCue } from './relation-cues.ts';

export { FORMER_NAME };

/** One answer entity, with what proves it. */
export interface ProvenAnswer {
  entityId: string;
  /** From the subject to the answer; no hop when the answer is the subject itself (a former name). */
  path: GraphPath;
  /** For a former-name question: the name asked about, when it was borne and the source that says so. */
  formerName?: FormerName;
}

/** One relationship step the question asked, as it asked it. */
export interface AskedStep {
  /** The words of the question that ask it: 创办人, 前身, 改名叫. */
  phrase: string;
  /** The relationship types followed, or FORMER_NAME for a name the subject bore before. */
  relationTypes: readonly (RelationType | typeof FORMER_NAME)[];
}

export interface QuestionAnswer {
  /** The entity the question is about. */
  subjectId: string;
  /** How the question names it (保兴面粉厂 for 茂新面粉厂, 荣德声 for 荣德生). */
  mention: string;
  /** True when the question misspells the subject's name and the answer is about the name it most nearly writes. */
  nearMiss: boolean;
  steps: AskedStep[];
  answers: ProvenAnswer[];
}

/** Words of a question that are not part of a name it writes in part: question words and the commonest particles. */
const NOT_NAME_WORDS = [
  ...QUESTION_WORDS,
  '了',
  '的',
  '是',
  '被',
  '由',
  '和',
  '跟',
  '别人',
  '都',
  '还',
  '那个',
  '当年',
  '平时',
  '现在',
  '如今',
  '以前',
  '后来',
];

/**
 * False when the question's last clause asks something no relationship phrase was read in (利用大生纱厂副产品的那家厂，
 * 它的下脚料又被哪家厂用了): answering the earlier clauses alone would answer another question.
 */
function asksInLastClause(text: string, read: ReadQuestion): boolean {
  const lastClause = Math.max(...[...'，,；;。'].map((mark) => text.lastIndexOf(mark, text.length - 2)));
  return lastClause < 0 || read.steps.some((step) => step.end > lastClause);
}

/**
 * The answer the graph holds to a question about one relationship, or two in a row (荣德生的兄弟创办了什么), or
 * undefined: never a guess. The subject is the entity whose name, alias or former name the question writes (the
 * longest such name first), or else one whose name it writes in part or misspells; the relationship is read from the
 * question's words outside the names (`relation-cues.ts`); each answer comes with the relationships that prove it.
 * A question with no subject the graph knows, no relationship it reads, no relationship of that type from the
 * subject, or two entities of the subject's name that both answer, gets no answer.
 */
export async function answerQuestion(
  question: string,
  { index, graph: store }: { index: SearchIndex; graph: GraphStore },
): Promise<QuestionAnswer | undefined> {
  const text = toSimplified(normalizeText(question)).trim();
  if ([...text].length < 3 || [...text].length > MAX_QUESTION_LENGTH) return undefined;

  // A question that asks no relationship is not looked into further: most searches are names and words.
  const cues = findCues(text);
  if (cues.steps.length === 0) return undefined;
  // A name that a relationship phrase wholly holds is the phrase's word, not a subject (企业 in 是哪家企业的).
  const mentions = (await findNamedMentions(text, index)).filter(
    (mention) => !cues.taken.slice(mention.start, mention.end).every(Boolean),
  );
  const read = readQuestion(text, mentions);
  if (!read || !asksInLastClause(text, read)) return undefined;
  const graph = questionGraph(store);
  // Every entity the names may mean, read at once for the first step.
  const readFirstStep = async (of: readonly Mention[]) => {
    const [first] = read.steps;
    if (first!.types !== FORMER_NAME)
      await graph.relationships(
        of.flatMap((m) => m.candidates.flat()),
        first!.types,
      );
  };
  await readFirstStep(mentions);
  // The longest name the graph answers for is the subject; an ambiguous one (null) ends the search.
  for (const mention of mentions) {
    const answer = await answerAbout(text, mention, read, graph);
    if (answer !== undefined) return answer ?? undefined;
  }
  // No name written in full answers: the names written in part or misspelled, in what the cues leave.
  const taken = [...read.taken];
  for (const word of NOT_NAME_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) taken.fill(true, at, at + word.length);
  }
  // What follows a question word describes the answer (哪家纺织厂), not the subject.
  for (const span of read.answerKindSpans) taken.fill(true, span.start, span.end);
  const partial = await findPartialMentions(text, taken, index);
  await readFirstStep(partial);
  for (const mention of partial) {
    const answer = await answerAbout(text, mention, read, graph);
    if (answer !== undefined) return answer ?? undefined;
  }
  return undefined;
}

/**
 * Question words: one standing before a verb asks who or what does it (谁创办了, 是谁创办的, 由谁运营, 哪位大师在…干过);
 * one after 在 asks where it is done (在哪个墨厂当厂长), which is the other end.
 */
const ASKING = /谁|(?<!在)哪|(?<!在)什么|何/;

/**
 * The steps with the end each asks for settled by word order where a verb leaves it open: the doer when a question
 * word stands before the verb (after the previous step, for a second one), or the subject after it; otherwise the end
 * the doer acts on. Undefined when a step is not a relationship.
 */
function orientSteps(text: string, mention: Span, steps: readonly PlacedStep[]): RelationCue[] | undefined {
  const oriented: RelationCue[] = [];
  for (const [i, step] of steps.entries()) {
    if (step.types === FORMER_NAME) return undefined;
    const { start, end, doer, ...cue } = step;
    if (!doer) {
      oriented.push(cue);
      continue;
    }
    const subjectAfter = i === 0 && mention.start >= end;
    // Before the verb: from the previous step, or the whole question up to it but the subject's name.
    const between =
      i > 0
        ? text.slice(steps[i - 1]!.end, start)
        : text.slice(0, Math.min(mention.start, start)) + text.slice(Math.min(mention.end, start), start);
    // 谁开的 asks who did it, whatever stands before.
    const asksDoer = subjectAfter || ASKING.test(between) || step.phrase.includes('谁');
    oriented.push({ ...cue, asks: asksDoer ? doer : doer === 'from' ? 'to' : 'from' });
  }
  return oriented;
}

/**
 * The answer about the entities `mention` may name, tier by tier; undefined when none of them answers, null when
 * two of one tier do (two entities named 大生纱厂 that both have founders are too ambiguous to say which is meant).
 */
async function answerAbout(
  text: string,
  mention: Mention,
  read: ReadQuestion,
  graph: QuestionGraph,
): Promise<QuestionAnswer | null | undefined> {
  for (const candidates of mention.candidates) {
    const answer = await answerAboutOneOf(text, mention, candidates, read, graph);
    if (answer !== undefined) return answer;
  }
  return undefined;
}

async function answerAboutOneOf(
  text: string,
  mention: Mention,
  candidates: readonly string[],
  read: ReadQuestion,
  graph: QuestionGraph,
): Promise<QuestionAnswer | null | undefined> {
  const written = text.slice(mention.start, mention.end);
  const steps = read.steps.map((step) => ({
    phrase: step.phrase,
    relationTypes: step.types === FORMER_NAME ? [FORMER_NAME] : step.types,
  }));
  const [first] = read.steps;
  if (first!.types === FORMER_NAME) {
    if (mention.nearMiss) return undefined;
    const nodes = [...(await graph.nodes(candidates)).values()];
    const bearers = nodes.flatMap((node) => {
      const former = formerNamesOf(node).find((name) => exactNameKeys(name.name).includes(mention.key));
      return former ? [{ node, former }] : [];
    });
    if (bearers.length === 0) return undefined;
    if (bearers.length > 1) return null;
    const [{ node, former }] = bearers as [{ node: GraphNode; former: FormerName }];
    return {
      subjectId: node.id,
      mention: written,
      nearMiss: false,
      steps,
      answers: [{ entityId: node.id, path: { nodeIds: [node.id], hops: [] }, formerName: former }],
    };
  }

  const relationSteps = orientSteps(text, mention, read.steps);
  if (!relationSteps) return undefined;
  const { walks } = await followSteps(graph, candidates, relationSteps, read.answerKinds);
  if (walks.length === 0) return undefined;
  const subjects = new Set(walks.map((walk) => walk.nodeIds[0]!));
  if (subjects.size > 1) return null;
  const seen = new Set<string>();
  const answers = walks.flatMap((walk) => {
    const id = walk.nodeIds.at(-1)!;
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ entityId: id, path: walk }];
  });
  return { subjectId: walks[0]!.nodeIds[0]!, mention: written, nearMiss: mention.nearMiss, steps, answers };
}
