import type { GraphNode, GraphRelationship, RelationType } from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { normalizeText } from '@icg/graph';

const POLICY_TYPES = new Set(['PolicyDocument', 'PolicySection', 'PolicyTask', 'Department']);

function typeNameOf(node: GraphNode): string {
  return POLICY_TYPES.has(node.kind) ? node.kind : 'BasicEntity';
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

async function loadEntity(id: string, ctx: RequestContext): Promise<GraphNode | null> {
  return ctx.loaders.node.load(normalizeText(id));
}

const property = (name: string) => (node: GraphNode) => node.properties[name] ?? null;

export const entityResolvers = {
  Query: {
    node: (_: unknown, args: { id: string }, ctx: RequestContext) => loadEntity(args.id, ctx),
    entity: (_: unknown, args: { id: string }, ctx: RequestContext) => loadEntity(args.id, ctx),
  },
  Node: { __resolveType: typeNameOf },
  Entity: { __resolveType: typeNameOf },
  PolicyDocument: {
    sections: (node: GraphNode, _: unknown, ctx: RequestContext) => related(node, 'PART_OF', 'from', ctx),
  },
  PolicySection: {
    document: (node: GraphNode, _: unknown, ctx: RequestContext) => one(node, 'PART_OF', ctx),
    tasks: (node: GraphNode, _: unknown, ctx: RequestContext) => related(node, 'PART_OF', 'from', ctx),
  },
  PolicyTask: {
    number: property('number'),
    text: property('text'),
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
