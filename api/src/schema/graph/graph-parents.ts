import type { GraphNode, GraphPath, GraphRelationship, NodeFilter } from '@icg/graph';

/** `node(id:)` answers with an entity or, for a relationship id, a relationship. */
export type NodeParent = GraphNode | GraphRelationship;

/** A Path field resolves from the store's path: node ids and hops, nodes loaded per request. */
export type PathParent = GraphPath;

/** One page of `entities`; the total is counted only when a client asks for it. */
export interface EntityPage {
  nodes: GraphNode[];
  hasNextPage: boolean;
  filter: NodeFilter;
}

export function isRelationship(parent: NodeParent): parent is GraphRelationship {
  return 'type' in parent && 'from' in parent && 'to' in parent;
}
