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

/** The deepest neighbourhood a store expands; path lengths are the one number in query text. */
export const MAX_NEIGHBORHOOD_DEPTH = 3;

export interface NeighborhoodOptions {
  /** Hops from the centre, in either direction: an integer from 1 to MAX_NEIGHBORHOOD_DEPTH. */
  depth: number;
  /** Most nodes returned besides the centre, nearest first and then by id. */
  limit: number;
  /** Only paths made entirely of these types count, and only these types are returned. */
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
  /**
   * The centre node first, then its neighbours; relationships are all those (of the allowed
   * types) between returned nodes. An unknown centre yields an empty subgraph.
   */
  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph>;
  counts(): Promise<GraphCounts>;
  /** Resolves when the store answers a trivial query; rejects with GRAPH_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
