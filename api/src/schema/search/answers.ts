import type { GraphNode, Source } from '@icg/graph';
import { answerQuestion, type ProvenAnswer, type QuestionAnswer } from '@icg/search-indexer';
import type { RequestContext } from '../../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { explainPath } from '../graph/explain-path.ts';

/**
 * Answers being worked out beside the search whose result they belong to: answering runs while the search does,
 * and a failure to answer is an error of the `answer` field, not of the hits.
 */
const pendingAnswers = new WeakMap<object, Promise<QuestionAnswer | undefined>>();

/** Starts answering `query` for `result`, read by `SearchResult.answer`. */
export function answerBeside<T extends object>(result: T, query: string, ctx: RequestContext): T {
  const answering = answerQuestion(query, { index: ctx.searchIndex, graph: ctx.graph });
  // The field reads it; until then a rejection must not count as unhandled (the search may fail first).
  answering.catch(() => {});
  pendingAnswers.set(result, answering);
  return result;
}

async function loadNode(ctx: RequestContext, id: string): Promise<GraphNode | null> {
  return ctx.loaders.node.load(id);
}

/** Each source once, in the order met. */
function distinctSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify([source.document, source.url, source.locator, source.takenAt]);
    return !seen.has(key) && seen.add(key);
  });
}

function sourcesOf(item: ProvenAnswer, node: GraphNode | null): Source[] {
  if (item.formerName) return item.formerName.source ? [item.formerName.source] : (node?.sources ?? []);
  return distinctSources(item.path.hops.flatMap((hop) => hop.relationship.sources));
}

export const answerResolvers: Resolvers = {
  SearchResult: {
    answer: async (result, _, ctx) => {
      const answer = await pendingAnswers.get(result);
      if (!answer) return null;
      // A curator may have removed an entity since: an answer whose subject or every entity is gone is not shown.
      const ids = [answer.subjectId, ...answer.answers.map((item) => item.entityId)];
      const [subject, ...items] = await ctx.loaders.node.loadMany(ids);
      const present = (node: unknown) => node !== null && !(node instanceof Error);
      return present(subject) && items.some(present) ? answer : null;
    },
  },
  Answer: {
    // Both were loaded, and found, before the answer was given.
    subject: async (answer, _, ctx) => (await loadNode(ctx, answer.subjectId))!,
    mention: (answer) => answer.mention,
    nearMiss: (answer) => answer.nearMiss,
    asked: (answer) => answer.steps.map((step) => ({ phrase: step.phrase, relationTypes: [...step.relationTypes] })),
    items: async (answer, _, ctx) => {
      const nodes = await ctx.loaders.node.loadMany(answer.answers.map((item) => item.entityId));
      return answer.answers.filter((_, i) => nodes[i] && !(nodes[i] instanceof Error));
    },
  },
  AnswerItem: {
    entity: async (item, _, ctx) => (await loadNode(ctx, item.entityId))!,
    path: (item) => item.path,
    explanation: async (item, _, ctx) => {
      const loaded = await ctx.loaders.node.loadMany(item.path.nodeIds);
      const nodes = loaded.map((node) => (node && !(node instanceof Error) ? node : null));
      if (item.formerName) {
        const years = item.formerName.to === undefined ? '' : `，${item.formerName.to}年更名`;
        return `${item.formerName.name} 即今 ${nodes[0]?.name ?? item.entityId}${years}。`;
      }
      if (nodes.some((node) => node === null)) return '';
      return explainPath(nodes as GraphNode[], item.path.hops);
    },
    formerName: (item) => item.formerName ?? null,
    sources: async (item, _, ctx) => sourcesOf(item, item.formerName ? await loadNode(ctx, item.entityId) : null),
  },
};
