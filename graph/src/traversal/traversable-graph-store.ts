import type { GraphBatch, GraphStore, Link } from '../graph-store.ts';
import type { EntityKind } from '../model/entity-kinds.ts';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';
import type { RelationType } from '../model/relation-types.ts';
import { AdjacencyIndexBuilder, type AdjacencyIndex } from './adjacency-index.ts';
import { planPaths, type PathSearchOptions } from './k-shortest-paths.ts';
import {
  planNeighborhood,
  type NeighborCursor,
  type NeighborhoodPageOptions,
  type PlannedNeighbour,
} from './neighborhood-page.ts';

/**
 * One page of a neighbourhood: its nodes read from the store, its relationships as the index knows them (their
 * properties and sources are read with readRelationships when wanted), and counts over every page.
 */
export interface NeighborhoodPage {
  nodes: GraphNode[];
  relationships: Link[];
  /** Ring of each node of `nodes`, the centre's being 0. */
  distances: number[];
  hasNextPage: boolean;
  /** The last neighbour of this page; undefined on an empty page. */
  endCursor: NeighborCursor | undefined;
  total: number;
  byKind: Map<EntityKind, number>;
  byType: Map<RelationType, number>;
}

/** A path found on the index: `nodeIds` from start to end, and each hop's relationship and walking direction. */
export interface TraversalPath {
  nodeIds: string[];
  hops: { relationship: Link; direction: 'out' | 'in' }[];
}

export interface TraversalIndexStats {
  nodes: number;
  links: number;
  milliseconds: number;
}

export interface TraversalOptions {
  /**
   * A bulk load or batch of more relationships than this is read again from the store rather than applied one by
   * one. @default 20000
   */
  rebuildAfterLinks?: number;
  /** Called every PROGRESS_EVERY relationships read while the index is built, and once when it is done. */
  onProgress?: (nodes: number, links: number, done: boolean) => void;
}

/**
 * A graph store whose neighbourhoods and paths are planned on an in-memory adjacency index and read back from
 * the store. The store stays the truth: the index is built from it, every write through this store is applied
 * to the index once the store has committed it, and records (names, properties, sources) are always read from
 * the store.
 */
export interface TraversableGraphStore extends GraphStore {
  /** A page of the neighbourhood of `id`, or an empty one (no nodes) when there is no such entity. */
  neighborhoodPage(id: string, options: NeighborhoodPageOptions): Promise<NeighborhoodPage>;
  /** The k best simple paths (see planPaths); each hop's relationship as the index knows it. */
  findPaths(from: string, to: string, options: PathSearchOptions): Promise<TraversalPath[]>;
  /** The records of relationships a traversal returned, null for one deleted since; each read from its end with fewer relationships. */
  readRelationships(links: readonly Link[]): Promise<(GraphRelationship | null)[]>;
  /** The index, built now if it is not yet (or again after a bulk load). */
  prepareTraversal(): Promise<TraversalIndexStats>;
  /** What the index held when it was last built; undefined while it is being built or before. */
  traversalStats(): TraversalIndexStats | undefined;
}

const PROGRESS_EVERY = 100_000;

type Change = (index: AdjacencyIndex) => void;

function linksOf(relationships: readonly GraphRelationship[]): Link[] {
  return relationships.map(({ id, from, to, type }) => ({ id, from, to, type }));
}

function addBatch(batch: GraphBatch): Change {
  const nodes = batch.nodes.map(({ id, kind }) => ({ id, kind }));
  const links = linksOf(batch.relationships);
  return (index) => {
    for (const node of nodes) index.addNode(node.id, node.kind);
    for (const link of links) index.addLink(link);
  };
}

export function withTraversal(store: GraphStore, options: TraversalOptions = {}): TraversableGraphStore {
  const rebuildAfterLinks = options.rebuildAfterLinks ?? 20_000;
  let index: AdjacencyIndex | undefined;
  let building: Promise<TraversalIndexStats> | undefined;
  let stats: TraversalIndexStats | undefined;
  /** Changes committed while a build reads the store: applied again once it is done (each is idempotent). */
  let pending: Change[] = [];

  /** Counts invalidations: a build that saw one begin meanwhile read a graph that is gone, and starts again. */
  let generation = 0;

  async function build(): Promise<TraversalIndexStats> {
    for (;;) {
      const started = performance.now();
      const builtFor = generation;
      const builder = new AdjacencyIndexBuilder();
      let seen = 0;
      await store.scanGraph({
        node(id, kind) {
          builder.addNode({ id, kind });
        },
        link(link) {
          builder.addLink(link);
          if (++seen % PROGRESS_EVERY === 0) options.onProgress?.(builder.nodes, builder.links, false);
        },
      });
      const changes = pending;
      pending = [];
      if (builtFor !== generation) continue;
      const built = builder.finish();
      for (const change of changes) change(built);
      index = built;
      stats = { nodes: built.nodeCount, links: builder.links, milliseconds: performance.now() - started };
      options.onProgress?.(stats.nodes, stats.links, true);
      return stats;
    }
  }

  function prepareTraversal(): Promise<TraversalIndexStats> {
    if (index && stats) return Promise.resolve(stats);
    building ??= build().finally(() => {
      building = undefined;
    });
    return building;
  }

  async function ready(): Promise<AdjacencyIndex> {
    // A bulk load may forget the index between the build and this read: build it again then.
    for (;;) {
      await prepareTraversal();
      if (index) return index;
    }
  }

  function apply(change: Change): void {
    if (building) pending.push(change);
    if (index) change(index);
  }

  /** Forgets the index: the next traversal builds it again from the store. */
  function invalidate(): void {
    generation += 1;
    index = undefined;
    stats = undefined;
  }

  async function readRelationships(links: readonly Link[]): Promise<(GraphRelationship | null)[]> {
    if (links.length === 0) return [];
    const current = await ready();
    const degree = (id: string) => current.degreeOf(current.numberOf(id) ?? -1);
    // A hub's thousands of relationships are never read to find one of them: each is read from its other end.
    const ends = [...new Set(links.map((link) => (degree(link.to) < degree(link.from) ? link.to : link.from)))];
    const byId = new Map(
      (await store.getRelationships({ nodeIds: ends, direction: 'both' })).map((rel) => [rel.id, rel]),
    );
    return links.map((link) => byId.get(link.id) ?? null);
  }

  async function neighborhoodPage(id: string, pageOptions: NeighborhoodPageOptions): Promise<NeighborhoodPage> {
    const current = await ready();
    const plan = planNeighborhood(current, id, pageOptions);
    if (!plan) {
      return {
        nodes: [],
        relationships: [],
        distances: [],
        hasNextPage: false,
        endCursor: undefined,
        total: 0,
        byKind: new Map(),
        byType: new Map(),
      };
    }
    const ids = [plan.centre, ...plan.neighbours.map((neighbour) => neighbour.id)];
    const distances = [0, ...plan.neighbours.map((neighbour) => neighbour.distance)];
    const stored = await store.getNodes(ids);
    // A node deleted by another process since the index was built is left out, with its relationships.
    const kept = stored.flatMap((node, i) => (node ? [{ node, distance: distances[i]! }] : []));
    const dropped = new Set(ids.filter((_, i) => !stored[i]));
    const last: PlannedNeighbour | undefined = plan.neighbours[plan.neighbours.length - 1];
    return {
      nodes: kept.map(({ node }) => node),
      relationships: plan.links.filter((link) => !dropped.has(link.from) && !dropped.has(link.to)),
      distances: kept.map(({ distance }) => distance),
      hasNextPage: plan.hasNextPage,
      endCursor: last && { distance: last.distance, id: last.id },
      total: plan.total,
      byKind: plan.byKind,
      byType: plan.byType,
    };
  }

  async function findPaths(from: string, to: string, pathOptions: PathSearchOptions): Promise<TraversalPath[]> {
    const current = await ready();
    return planPaths(current, from, to, pathOptions).map((path) => ({
      nodeIds: path.nodeIds,
      hops: path.links.map((relationship, i) => ({
        relationship,
        direction: relationship.from === path.nodeIds[i] ? ('out' as const) : ('in' as const),
      })),
    }));
  }

  return {
    ...store,
    backend: store.backend,
    async upsertNodes(nodes: readonly GraphNode[]) {
      await store.upsertNodes(nodes);
      apply(addBatch({ nodes, relationships: [] }));
    },
    async upsertRelationships(relationships: readonly GraphRelationship[]) {
      await store.upsertRelationships(relationships);
      apply(addBatch({ nodes: [], relationships }));
    },
    async upsertGraph(batch, upsertOptions) {
      await store.upsertGraph(batch, upsertOptions);
      if (batch.relationships.length > rebuildAfterLinks) invalidate();
      else apply(addBatch(batch));
    },
    async replaceRelationships(fromId: string, type: RelationType, batch: GraphBatch) {
      await store.replaceRelationships(fromId, type, batch);
      const add = addBatch(batch);
      apply((current) => {
        current.removeLinksFrom(fromId, type);
        add(current);
      });
    },
    async replaceRelationshipsIf(expected, fromId, type, batch) {
      const written = await store.replaceRelationshipsIf(expected, fromId, type, batch);
      if (written) {
        const add = addBatch(batch);
        apply((current) => {
          current.removeLinksFrom(fromId, type);
          add(current);
        });
      }
      return written;
    },
    async deleteNodeIf(expected) {
      const deleted = await store.deleteNodeIf(expected);
      if (deleted) apply((current) => current.removeNode(expected.id));
      return deleted;
    },
    async deleteNodes(ids: readonly string[]) {
      await store.deleteNodes(ids);
      apply((current) => {
        for (const id of ids) current.removeNode(id);
      });
    },
    async deleteRelationships(ids: readonly string[]) {
      const deleted = await store.deleteRelationships(ids);
      apply((current) => {
        for (const link of deleted) current.removeLink(link);
      });
      return deleted;
    },
    async bulkLoad(input) {
      const result = await store.bulkLoad(input);
      if (input.relationships.length > rebuildAfterLinks) invalidate();
      else apply(addBatch(input));
      return result;
    },
    neighborhoodPage,
    findPaths,
    readRelationships,
    prepareTraversal,
    traversalStats: () => stats,
  };
}
