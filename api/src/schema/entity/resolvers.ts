import type { GraphNode, GraphRelationship, RelationType } from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { normalizeText } from '@icg/graph';
import { isPublicEntity, isPublicRelationType } from '../graph/graph-arguments.ts';
import { isRelationship, type NodeParent } from '../graph/graph-parents.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

type EntityTypeName =
  'PolicyDocument' | 'PolicySection' | 'PolicyTask' | 'Department' | 'Target' | 'Theme' | 'Award' | 'Project';

/** Kinds with a GraphQL type of their own; every other kind is a BasicEntity. */
const TYPED_KINDS: ReadonlySet<string> = new Set<EntityTypeName>([
  'PolicyDocument',
  'PolicySection',
  'PolicyTask',
  'Department',
  'Target',
  'Theme',
  'Award',
  'Project',
]);

function typeNameOf(node: GraphNode): EntityTypeName | 'BasicEntity' {
  return TYPED_KINDS.has(node.kind) ? (node.kind as EntityTypeName) : 'BasicEntity';
}

function byOrder(a: GraphRelationship, b: GraphRelationship): number {
  const order = (r: GraphRelationship) => (typeof r.properties['order'] === 'number' ? r.properties['order'] : 0);
  return order(a) - order(b);
}

/** Nodes at the other end of a node's relationships of one type, in the document's order. */
async function related(
  node: GraphNode,
  type: RelationType,
  side: 'from' | 'to',
  ctx: RequestContext,
): Promise<GraphNode[]> {
  const rels = await ctx.loaders.relationships.load(node.id);
  const chosen = rels
    .filter((r) => r.type === type && (side === 'from' ? r.to === node.id : r.from === node.id))
    .sort(byOrder);
  const nodes = await ctx.loaders.node.loadMany(chosen.map((r) => (side === 'from' ? r.from : r.to)));
  return nodes.filter((n): n is GraphNode => n !== null && !(n instanceof Error));
}

async function one(node: GraphNode, type: RelationType, ctx: RequestContext): Promise<GraphNode | null> {
  return (await related(node, type, 'to', ctx))[0] ?? null;
}

/** Global ids are stable (city-nanjing, policy-jiangsu-2021-2025-t06); an unknown one, or a narrative's, is null. */
async function loadEntity(id: string, ctx: RequestContext): Promise<GraphNode | null> {
  const node = await ctx.loaders.node.load(normalizeText(id));
  return isPublicEntity(node) ? node : null;
}

/**
 * A relationship's id names its start first (from|TYPE|to by default), so the start's
 * relationships, one batched load, hold it; an id of another form is not a relationship's.
 */
async function loadRelationship(id: string, ctx: RequestContext): Promise<GraphRelationship | null> {
  const normalized = normalizeText(id);
  const [fromId] = normalized.split('|');
  if (!fromId || fromId === normalized) return null;
  const rels = await ctx.loaders.relationships.load(fromId);
  return rels.find((rel) => rel.id === normalized && isPublicRelationType(rel.type)) ?? null;
}

async function loadNode(id: string, ctx: RequestContext): Promise<NodeParent | null> {
  return (await loadEntity(id, ctx)) ?? loadRelationship(id, ctx);
}

const numberProperty = (name: string) => (node: GraphNode) => {
  const value = node.properties[name];
  return typeof value === 'number' ? value : null;
};

const stringProperty = (name: string) => (node: GraphNode) => {
  const value = node.properties[name];
  return typeof value === 'string' ? value : null;
};

export const entityResolvers: Resolvers = {
  Query: {
    node: (_: unknown, args: { id: string }, ctx: RequestContext) => loadNode(args.id, ctx),
    entity: (_: unknown, args: { id: string }, ctx: RequestContext) => loadEntity(args.id, ctx),
  },
  Node: { __resolveType: (parent: NodeParent) => (isRelationship(parent) ? 'Relationship' : typeNameOf(parent)) },
  Entity: { __resolveType: typeNameOf },
  PolicyDocument: {
    sections: (node: GraphNode, _: unknown, ctx: RequestContext) => related(node, 'PART_OF', 'from', ctx),
  },
  PolicySection: {
    document: (node: GraphNode, _: unknown, ctx: RequestContext) => one(node, 'PART_OF', ctx),
    // PART_OF also joins subsections to a section (Anhui's 主要任务); they are not tasks.
    tasks: async (node: GraphNode, _: unknown, ctx: RequestContext) =>
      (await related(node, 'PART_OF', 'from', ctx)).filter((n) => n.kind === 'PolicyTask'),
  },
  PolicyTask: {
    number: numberProperty('number'),
    text: stringProperty('text'),
    section: (node: GraphNode, _: unknown, ctx: RequestContext) => one(node, 'PART_OF', ctx),
    leadDepartments: (node: GraphNode, _: unknown, ctx: RequestContext) => related(node, 'LEADS', 'from', ctx),
    participatingDepartments: (node: GraphNode, _: unknown, ctx: RequestContext) =>
      related(node, 'PARTICIPATES_IN', 'from', ctx),
    responsiblePerDutyDepartments: (node: GraphNode, _: unknown, ctx: RequestContext) =>
      related(node, 'RESPONSIBLE_PER_DUTY', 'from', ctx),
    jointlyResponsibleDepartments: (node: GraphNode, _: unknown, ctx: RequestContext) =>
      related(node, 'JOINTLY_RESPONSIBLE', 'from', ctx),
  },
};
