import type { GraphNode, GraphPath, GraphRelationship, Link, NodeFilter, TraversalPath } from '@icg/graph';

/** `node(id:)` answers with an entity or, for a relationship id, a relationship. */
export type NodeParent = GraphNode | GraphRelationship;

/**
 * A relationship as stored, or as a traversal found it (id, ends and type): its properties and sources are then
 * read only if a query asks for them.
 */
export type RelationshipParent = GraphRelationship | Link;

/** A Path field resolves from a traversal's path or a store's: node ids and hops, nodes loaded per request. */
export type PathParent = TraversalPath | GraphPath;

/** A count of relationships by type; its Chinese verb is resolved from the type. */
export interface RelationTypeCountParent {
  type: string;
  count: number;
}

/** One page of `entities`; the total is counted only when a client asks for it. */
export interface EntityPage {
  nodes: GraphNode[];
  hasNextPage: boolean;
  filter: NodeFilter;
}

export function isRelationship(parent: NodeParent): parent is GraphRelationship {
  return 'type' in parent && 'from' in parent && 'to' in parent;
}
