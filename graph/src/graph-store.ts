import type { EntityKind } from './model/entity-kinds.ts';
import type { RelationType } from './model/relation-types.ts';
import type { GraphCounts, GraphNode, GraphRelationship, Subgraph } from './model/graph-records.ts';

export type Direction = 'out' | 'in' | 'both';

export interface FindNodesFilter {
  kinds?: readonly EntityKind[];
  /** Page size; callers bound it at the edge (1–100 for the API, larger for the indexer). */
  first: number;
  /** Return nodes whose id sorts after this one (keyset pagination by id). */
  afterId?: string;
}

export interface RelationshipsFilter {
  nodeIds: readonly string[];
  direction: Direction;
  types?: readonly RelationType[];
}

export interface NeighborhoodOptions {
  depth: number;
  limit: number;
  relationTypes?: readonly RelationType[];
}

/**
 * The port every graph backend implements. All writes are upserts keyed by stable ids, so a
 * load can be re-run without duplicating anything; a write batch is one transaction.
 */
export interface GraphStore {
  readonly backend: 'embedded' | 'neo4j';
  /** Creates tables, constraints and indexes if missing. Safe to call on every start. */
  ensureSchema(): Promise<void>;
  upsertNodes(nodes: readonly GraphNode[]): Promise<void>;
  /** Fails with GraphStoreError code 'DANGLING_RELATIONSHIP' (and writes nothing) when an end is missing. */
  upsertRelationships(relationships: readonly GraphRelationship[]): Promise<void>;
  /** Nodes in the order of `ids`, null where an id is unknown. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  findNodes(filter: FindNodesFilter): Promise<GraphNode[]>;
  getRelationships(filter: RelationshipsFilter): Promise<GraphRelationship[]>;
  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph>;
  counts(): Promise<GraphCounts>;
  /** Resolves when the store answers a trivial query; rejects with GRAPH_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
