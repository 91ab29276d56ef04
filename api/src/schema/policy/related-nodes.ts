import type { EntityKind, GraphNode, GraphRelationship, RelationType } from '@icg/graph';
import type { RequestContext } from '../../context.ts';

const orderOf = (r: GraphRelationship) => (typeof r.properties['order'] === 'number' ? r.properties['order'] : 0);

/**
 * Nodes at the other end of a node's relationships of one type, in the relationships' `order`
 * and then by id. `side: 'from'` follows the relationship backwards (who points at this node).
 * `kind` drops nodes of other kinds: PART_OF joins both tasks and subsections to a section.
 */
export async function relatedNodes(
  node: GraphNode,
  type: RelationType,
  side: 'from' | 'to',
  ctx: RequestContext,
  kind?: EntityKind,
): Promise<GraphNode[]> {
  const rels = await ctx.loaders.relationships.load(node.id);
  const chosen = rels
    .filter((r) => r.type === type && (side === 'from' ? r.to === node.id : r.from === node.id))
    .sort((a, b) => orderOf(a) - orderOf(b) || a.id.localeCompare(b.id));
  const nodes = await ctx.loaders.node.loadMany(chosen.map((r) => (side === 'from' ? r.from : r.to)));
  return nodes.filter(
    (n): n is GraphNode => n !== null && !(n instanceof Error) && (kind === undefined || n.kind === kind),
  );
}
