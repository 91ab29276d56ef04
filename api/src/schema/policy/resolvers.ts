import { normalizeText, type GraphNode, type GraphRelationship } from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { allNodes } from '../stats/all-nodes.ts';
import { projectsAnsweringTask } from '../project/task-projects.ts';
import { relatedNodes } from './related-nodes.ts';
import { similarTasks } from './similar-tasks.ts';
import { countTowardsTarget, progressRuleFor, type TargetProgress } from './target-progress.ts';

const stringProperty = (name: string) => (node: GraphNode) => {
  const value = node.properties[name];
  return typeof value === 'string' ? value : null;
};

const intProperty = (name: string) => (node: GraphNode) => {
  const value = node.properties[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
};

const numberProperty = (name: string) => (node: GraphNode) => {
  const value = node.properties[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** The national plan first (the provinces implement it), then by id. */
function documentOrder(a: GraphNode, b: GraphNode): number {
  const national = (n: GraphNode) => (n.properties['level'] === 'national' ? 0 : 1);
  return national(a) - national(b) || a.id.localeCompare(b.id);
}

/**
 * Reads what the target's rule needs: candidates of its kinds in the target's province (else
 * its task's; neither means the whole graph), their relationships through the request's loader,
 * and the awards the task names.
 */
async function progressOf(target: GraphNode, ctx: RequestContext): Promise<TargetProgress> {
  const task = (await relatedNodes(target, 'HAS_TARGET', 'from', ctx, 'PolicyTask'))[0];
  const province = target.province ?? task?.province ?? null;
  const rule = progressRuleFor(target);
  const [candidates, awards] = await Promise.all([
    rule ? allNodes(ctx, rule.countedKinds) : Promise.resolve([]),
    task ? relatedNodes(task, 'MENTIONS', 'to', ctx, 'Award') : Promise.resolve([]),
  ]);
  const answering = rule?.countedKinds.includes('Project')
    ? await projectsAnswering(target, task, ctx)
    : new Set<string>();
  const inProvince = candidates.filter((n) => province === null || n.province === province || answering.has(n.id));
  const outgoing = new Map<string, GraphRelationship[]>();
  const types = new Set<string>(rule?.relationTypes ?? []);
  if (types.size > 0) {
    const rels = await ctx.loaders.relationships.loadMany(inProvince.map((n) => n.id));
    inProvince.forEach((node, i) => {
      const mine = rels[i];
      if (!mine || mine instanceof Error) return;
      outgoing.set(
        node.id,
        mine.filter((r) => r.from === node.id && types.has(r.type)),
      );
    });
  }
  return countTowardsTarget(target, province ?? '全国', inProvince, { outgoing, awards, answering });
}

/** Projects that ANSWER the target, or its task or one of the task's targets. */
async function projectsAnswering(
  target: GraphNode,
  task: GraphNode | undefined,
  ctx: RequestContext,
): Promise<ReadonlySet<string>> {
  if (task) return projectsAnsweringTask(task, ctx);
  const rels = await ctx.loaders.relationships.load(target.id);
  return new Set(rels.filter((r) => r.type === 'ANSWERS' && r.to === target.id).map((r) => r.from));
}

export const policyResolvers: Resolvers = {
  Query: {
    policyDocuments: async (_, __, ctx) => [...(await allNodes(ctx, ['PolicyDocument']))].sort(documentOrder),
    async policyTask(_, args, ctx) {
      const node = await ctx.loaders.node.load(normalizeText(args.id));
      if (!node) return null;
      if (node.kind !== 'PolicyTask') {
        throw badUserInput('id', `${JSON.stringify(args.id)} is a ${node.kind}, not a PolicyTask`);
      }
      return node;
    },
  },
  PolicyDocument: {
    period: stringProperty('period'),
    startYear: intProperty('startYear'),
    endYear: intProperty('endYear'),
    signedOn: stringProperty('signedOn'),
    publishedOn: stringProperty('publishedOn'),
    documentNumber: stringProperty('documentNumber'),
    noticeTitle: stringProperty('noticeTitle'),
    issuers: (node, _, ctx) => relatedNodes(node, 'ISSUED_BY', 'to', ctx, 'Department'),
    implements: (node, _, ctx) => relatedNodes(node, 'IMPLEMENTS', 'to', ctx, 'PolicyDocument'),
  },
  PolicySection: {
    number: intProperty('number'),
    heading: stringProperty('heading'),
    subsections: (node, _, ctx) => relatedNodes(node, 'PART_OF', 'from', ctx, 'PolicySection'),
  },
  PolicyTask: {
    targets: (node, _, ctx) => relatedNodes(node, 'HAS_TARGET', 'to', ctx, 'Target'),
    themes: (node, _, ctx) => relatedNodes(node, 'ADDRESSES', 'to', ctx, 'Theme'),
    similarTasks: (node, _, ctx) => similarTasks(node, ctx),
  },
  Target: {
    count: numberProperty('count'),
    unit: stringProperty('unit'),
    what: stringProperty('what'),
    per: stringProperty('per'),
    task: async (node, _, ctx) => (await relatedNodes(node, 'HAS_TARGET', 'from', ctx, 'PolicyTask'))[0] ?? null,
    progress: (node, _, ctx) => progressOf(node, ctx),
  },
  Theme: {
    type: stringProperty('type'),
    keywords: (node) => {
      const keywords = node.properties['keywords'];
      return Array.isArray(keywords) ? keywords.filter((k): k is string => typeof k === 'string') : [];
    },
    tasks: async (node, _, ctx) =>
      (await relatedNodes(node, 'ADDRESSES', 'from', ctx, 'PolicyTask')).sort((a, b) => a.id.localeCompare(b.id)),
  },
  Award: {
    type: stringProperty('type'),
  },
};
