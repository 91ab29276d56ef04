import type { GraphNode, RelationType } from '@icg/graph';
import { comparePaths } from './compare-paths.ts';
import type { Figures } from './figures.ts';
import { measure, type JsonEndpoint } from './latency.ts';
import { log } from './progress.ts';
import type { SyntheticGraph } from './synthetic-graph.ts';
import { createRandom } from './synthetic-entities.ts';

const ANSWER_CARD = /* GraphQL */ `
  answer {
    subject {
      id
    }
    items {
      entity {
        id
        name
      }
      explanation
      sources {
        document
      }
    }
  }
`;

/** The web app's search with the answer card or without it: the cost answering adds to a search. */
function searchQuery(answer: boolean): string {
  return /* GraphQL */ `
    query BenchAsk($query: String!) {
      search(query: $query, first: 10) {
        totalHits
        hits {
          entity {
            id
            name
          }
        }
        ${answer ? ANSWER_CARD : ''}
      }
    }
  `;
}

/** How visitors ask about a relationship, by its type: the subject's end first, then the question around it. */
const QUESTIONS: Partial<Record<RelationType, ((from: string, to: string) => string)[]>> = {
  FOUNDED: [(_, to) => `谁创办了${to}`, (from) => `${from}创办了哪些企业`],
  EXHIBITS: [(_, to) => `哪些博物馆展示${to}`, (from) => `${from}展示什么`],
  PRACTICES: [(_, to) => `${to}的传承人有哪些`],
  LOCATED_IN: [(from) => `${from}在哪个城市`],
  CONVERTED_TO: [(from) => `${from}改造成了什么`],
  PROTECTED_BY: [(from) => `${from}的保护单位是哪家`],
  SIBLING_OF: [(from) => `${from}的兄弟是谁`, (from) => `${from}的兄弟创办了什么`],
  OPERATED_BY: [(from) => `${from}由谁运营`],
  MERGED_INTO: [(from) => `${from}后来并入了哪里`],
};

/**
 * Questions about the bench graph's own relationships, as the judged set asks them, and as many about entities
 * that lack the relationship asked (their answer is none): `count` in all, deterministic.
 */
export function benchmarkQuestions(synthetic: SyntheticGraph, count: number): string[] {
  const random = createRandom(19);
  const nodes = new Map<string, GraphNode>(synthetic.nodes.map((node) => [node.id, node]));
  const asked = synthetic.relationships.filter((rel) => QUESTIONS[rel.type]);
  const questions = new Set<string>();
  for (let attempt = 0; questions.size < count && attempt < count * 20; attempt += 1) {
    if (attempt % 2 === 0) {
      const rel = asked[Math.floor(random() * asked.length)]!;
      const forms = QUESTIONS[rel.type]!;
      const form = forms[Math.floor(random() * forms.length)]!;
      questions.add(form(nodes.get(rel.from)!.name, nodes.get(rel.to)!.name));
    } else {
      // Any entity, asked a relationship it most likely does not have.
      const node = synthetic.nodes[Math.floor(random() * synthetic.nodes.length)]!;
      questions.add(`${node.name}的师傅是谁`);
    }
  }
  return [...questions];
}

/**
 * What answering adds to a search: the web app's search through GraphQL with the answer card and without it, one
 * client, alternating blocks of the same questions; the difference of the p95s is the figure with a target.
 */
export async function benchAnswerLatency(
  graphql: JsonEndpoint,
  questions: readonly string[],
  figures: Figures,
  options: { rounds: number },
) {
  const at = (i: number) => questions[i % questions.length]!;
  const withAnswer = (i: number) => graphql.post({ query: searchQuery(true), variables: { query: at(i) } });
  const withoutAnswer = (i: number) => graphql.post({ query: searchQuery(false), variables: { query: at(i) } });
  let answered = 0;
  for (let i = 0; i < questions.length; i += 1) {
    const reply = (await withAnswer(i)) as { data?: { search?: { answer?: unknown } } };
    if (reply.data?.search?.answer) answered += 1;
  }
  figures.record('answers.questions', '', questions.length);
  figures.record('answers.answered', '', answered);
  await measure(withoutAnswer, 1, 50);
  for (let round = 0; round < options.rounds; round += 1) {
    const level = await comparePaths(1, Math.max(200, questions.length * 2), withAnswer, withoutAnswer);
    const added = Math.round((level.graphql.p95 - level.direct.p95) * 100) / 100;
    figures.record('answers.c1.with.p50', 'ms', level.graphql.p50);
    figures.record('answers.c1.with.p95', 'ms', level.graphql.p95);
    figures.record('answers.c1.without.p50', 'ms', level.direct.p50);
    figures.record('answers.c1.without.p95', 'ms', level.direct.p95);
    figures.record('answers.c1.added.p95', 'ms', added, { op: '<=', value: 20 });
    log(
      `Answers round ${round + 1}: search with the answer p95 ${level.graphql.p95} ms, without ${level.direct.p95} ms ` +
        `(adds ${added} ms); ${answered} of ${questions.length} questions answered`,
    );
  }
}
