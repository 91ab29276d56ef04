import type { EntityKind } from './model/entity-kinds.ts';
import type { RelationType } from './model/relation-types.ts';
import type { GraphCounts, GraphNode, GraphRelationship, Subgraph } from './model/graph-records.ts';

export type Direction = 'out' | 'in' | 'both';

/** Which nodes findNodes pages through and countNodes counts; absent fields do not filter. */
export interface NodeFilter {
  kinds?: readonly EntityKind[];
  /** Exact match on the stored province, e.g. 江苏. */
  province?: string;
  /** Exact match on the stored city, e.g. 南通市. */
  city?: string;
  /** Name or any alias contains this text, case-insensitively (`toLower` on both sides). */
  text?: string;
  /** Only nodes a curator has verified (`properties.verification.status` is `verified`). */
  verifiedOnly?: boolean;
}

export interface FindNodesFilter extends NodeFilter {
  /** Page size; callers bound it at the edge (1–100 for the API, larger for the indexer). */
  first: number;
  /** Return nodes whose id sorts after this one (keyset pagination by id). */
  afterId?: string;
}

/** Every relationship, keyset-paged by id: what an export walks through. */
export interface FindRelationshipsFilter {
  /** Page size; callers bound it at the edge. */
  first: number;
  /** Return relationships whose id sorts after this one. */
  afterId?: string;
  types?: readonly RelationType[];
}

/** Nodes and the relationships among them (or to stored nodes), written together. */
export interface GraphBatch {
  nodes: readonly GraphNode[];
  relationships: readonly GraphRelationship[];
}

/**
 * Stages a write reports progress in. `check` compares incoming ids with stored ones (bulk load
 * only); `nodes` and `relationships` count records written, copied or found unchanged.
 */
export type GraphWritePhase = 'check' | 'nodes' | 'relationships';

/** Called after each batch; `done` reaches `total` once per phase. */
export type GraphWriteProgress = (phase: GraphWritePhase, done: number, total: number) => void;

export interface UpsertGraphOptions {
  onProgress?: GraphWriteProgress;
}

export interface BulkLoadInput extends GraphBatch {
  onProgress?: GraphWriteProgress;
}

/** What a bulk load did with each record, after deduplication by id (the last record wins). */
export interface BulkLoadCounts {
  /** New ids appended with the engine's bulk loader (LadybugDB COPY FROM). */
  copied: number;
  /** Written with the ordinary MERGE path: ids already stored with other content, or all (Neo4j). */
  upserted: number;
  /** Ids already stored with exactly this content: not written at all. */
  unchanged: number;
}

export interface BulkLoadResult {
  /** `copy`: LadybugDB COPY FROM for new ids; `merge`: batched UNWIND … MERGE (Neo4j). */
  method: 'copy' | 'merge';
  nodes: BulkLoadCounts;
  relationships: BulkLoadCounts;
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

/** How many nodes of one kind a province holds; `province` is null for nodes of no province. */
export interface ProvinceKindCount {
  province: string | null;
  kind: EntityKind;
  total: number;
}

/** The longest path shortestPaths looks for: like depth, the one other number in query text. */
export const MAX_PATH_HOPS = 6;

export interface ShortestPathsOptions {
  /** Most hops a path may have: an integer from 1 to MAX_PATH_HOPS. */
  maxHops: number;
  /** Most paths returned. */
  limit: number;
  /** Only paths made entirely of these types count. */
  relationTypes?: readonly RelationType[];
}

/** One hop of a path: `out` when it follows the relationship's stored direction, `in` against it. */
export interface PathHop {
  relationship: GraphRelationship;
  direction: 'out' | 'in';
}

/** A path between two nodes: `nodeIds` from start to end (length + 1 ids), `hops` in order. */
export interface GraphPath {
  nodeIds: string[];
  hops: PathHop[];
}

/** A relationship as its id, ends and type, without its properties and sources: what a traversal knows of it. */
export interface Link {
  id: string;
  from: string;
  to: string;
  type: RelationType;
}

/** Receives the graph's shape: each node as id and kind, each relationship as ends and type, in no set order. */
export interface GraphShapeVisitor {
  node(id: string, kind: EntityKind): void;
  link(link: Link): void;
}

/**
 * What a conditional write expects of a stored node: that it exists and its `properties[property]` equals `equals`
 * (a narrative's `version`, say).
 */
export interface NodeExpectation {
  id: string;
  property: string;
  equals: string | number | boolean;
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
  /** How many nodes the filter matches, over all pages. */
  countNodes(filter: NodeFilter): Promise<number>;
  getRelationships(filter: RelationshipsFilter): Promise<GraphRelationship[]>;
  /** Relationships of every node, in id order from `afterId` on: for exports. */
  findRelationships(filter: FindRelationshipsFilter): Promise<GraphRelationship[]>;
  /**
   * Nodes and relationships in ONE transaction: all of it is written or nothing is. A
   * relationship end may be a node of the same batch or a stored node; otherwise the call fails
   * with DANGLING_RELATIONSHIP and writes nothing, nodes included.
   */
  upsertGraph(batch: GraphBatch, options?: UpsertGraphOptions): Promise<void>;
  /**
   * Like upsertGraph, but first deletes every relationship of `type` going out of `fromId`, all in
   * ONE transaction: a set of relationships (a narrative's INCLUDES) is replaced atomically.
   */
  replaceRelationships(fromId: string, type: RelationType, batch: GraphBatch): Promise<void>;
  /** Deletes nodes by id together with every relationship touching them (DETACH DELETE); unknown ids are skipped. */
  deleteNodes(ids: readonly string[]): Promise<void>;
  /**
   * replaceRelationships as a compare-and-set: the node is checked against `expected` and written in ONE
   * transaction, holding the node's write lock in between, so of two writers that read the same version only one
   * writes. Resolves true when written, false (nothing written) when the node is gone or holds another value.
   */
  replaceRelationshipsIf(
    expected: NodeExpectation,
    fromId: string,
    type: RelationType,
    batch: GraphBatch,
  ): Promise<boolean>;
  /** Deletes the node `expected.id` (DETACH DELETE) only if it still meets `expected`, in one transaction. */
  deleteNodeIf(expected: NodeExpectation): Promise<boolean>;
  /**
   * Runs `work` while holding the store-wide lock named `key`: no other holder of the same key, in this process or
   * (Neo4j) in any other process using the same database, runs meanwhile. For read-modify-write steps that span
   * several store calls (merging a curator's sources into an entity). The embedded store has one process; Neo4j
   * keeps a lease that expires when its holder dies (docs/decisions/replicas.md). Waiting longer than `maxWaitMs`
   * (default 30 s) for the lock fails with GRAPH_UNAVAILABLE.
   */
  withLock<T>(key: string, work: () => Promise<T>, options?: { maxWaitMs?: number }): Promise<T>;
  /**
   * Deletes relationships by id in ONE transaction, leaving their ends; unknown ids are skipped. Returns what was
   * deleted as id, ends and type, so an index of the graph's shape can forget exactly those.
   */
  deleteRelationships(ids: readonly string[]): Promise<Link[]>;
  /**
   * The engine's bulk path for large loads. LadybugDB: one transaction in which new ids are
   * appended with COPY FROM a temporary CSV file, stored ids with other content are upserted
   * the normal way, and unchanged ones are skipped, so a re-run writes nothing. Neo4j: batched
   * UNWIND … MERGE, one transaction per 10,000 records, so a failure part-way leaves the earlier
   * batches written (re-running completes them). Dangling relationships are refused before
   * anything is written, on both.
   */
  bulkLoad(input: BulkLoadInput): Promise<BulkLoadResult>;
  /**
   * The centre node first, then its neighbours; relationships are all those (of the allowed
   * types) between returned nodes. An unknown centre yields an empty subgraph.
   */
  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph>;
  /**
   * Paths between two nodes, ignoring direction, shortest first; among paths of one length, those
   * whose inner nodes have fewer relationships in all (specific entities rather than hubs), then by
   * node ids and relationship ids; at most `limit` distinct simple ones. All paths of the minimum length come first (both
   * engines find them breadth-first); when they are fewer than `limit`, the paths one hop longer
   * follow, as long as that is at most 3 hops and within `maxHops` (listing longer ones grows with
   * the degree of every hub on the way). Unknown ends, no path within `maxHops`, or `from` equal to
   * `to` yield an empty list.
   */
  shortestPaths(from: string, to: string, options: ShortestPathsOptions): Promise<GraphPath[]>;
  /**
   * The whole graph's shape, handed to `visit` as it is read: what an in-memory adjacency index is built from.
   * Not one snapshot: a write committed meanwhile may be seen or not, and a relationship may come before its ends.
   */
  scanGraph(visit: GraphShapeVisitor): Promise<void>;
  counts(): Promise<GraphCounts>;
  /**
   * How many relationships touch each of `ids`, either direction, counted by the engine without reading them: what
   * ranking needs of a node's connections. Unknown ids and nodes without relationships count 0. Without `ids`, the
   * degree of every node that has a relationship, in one pass (a full reindex asks once rather than per page).
   */
  degrees(ids?: readonly string[]): Promise<Map<string, number>>;
  /** Nodes by province (null for none) and kind, counted by the engine. */
  countsByProvince(): Promise<ProvinceKindCount[]>;
  /** Resolves when the store answers a trivial query; rejects with GRAPH_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
