import type { EntityKind } from '../model/entity-kinds.ts';
import type { RelationType } from '../model/relation-types.ts';
import {
  entryLeaves,
  entryNeighbour,
  entrySpan,
  entryType,
  kindCode,
  kindOfCode,
  typeCode,
  typeOfCode,
  type AdjacencyIndex,
  type Link,
} from './adjacency-index.ts';

/** Where a page ends: its last neighbour's ring and id (the order is ring, then id). */
export interface NeighborCursor {
  distance: number;
  id: string;
}

export interface NeighborhoodPageOptions {
  /** Rings around the centre, 1 to MAX_NEIGHBORHOOD_DEPTH. */
  depth: number;
  /** Neighbours on this page. */
  first: number;
  after?: NeighborCursor | undefined;
  /** Only these types are followed (absent: all). */
  relationTypes?: readonly RelationType[] | undefined;
  /** Entities of these kinds are neither listed nor passed through. */
  excludeKinds?: readonly EntityKind[] | undefined;
}

export interface PlannedNeighbour {
  id: string;
  distance: number;
}

/** One page of a neighbourhood as ids, before the records are read from the store. */
export interface NeighborhoodPlan {
  centre: string;
  neighbours: PlannedNeighbour[];
  /**
   * The relationships among the centre and this page's neighbours, and for each neighbour the one by which it
   * is reached from the ring before, so that pages drawn one after another stay connected.
   */
  links: Link[];
  hasNextPage: boolean;
  /** Over every page. */
  total: number;
  byKind: Map<EntityKind, number>;
  /** Relationships joining one ring to the next, by type: for depth 1, the centre's own. */
  byType: Map<RelationType, number>;
}

/** Which types a traversal follows and which kinds it may enter, as lookup tables. */
export interface TraversalFilter {
  followsType: Uint8Array;
  entersKind: Uint8Array;
}

export function traversalFilter(
  relationTypes: readonly RelationType[] | undefined,
  excludeTypes: readonly RelationType[] = [],
  excludeKinds: readonly EntityKind[] = [],
): TraversalFilter {
  const followsType = new Uint8Array(128).fill(relationTypes ? 0 : 1);
  for (const type of relationTypes ?? []) followsType[typeCode(type)] = 1;
  for (const type of excludeTypes) followsType[typeCode(type)] = 0;
  const entersKind = new Uint8Array(64).fill(1);
  for (const kind of excludeKinds) entersKind[kindCode(kind)] = 0;
  return { followsType, entersKind };
}

function isAfter(distance: number, id: string, cursor: NeighborCursor | undefined): boolean {
  return !cursor || distance > cursor.distance || (distance === cursor.distance && id > cursor.id);
}

/**
 * The `count` smallest ids of a ring's nodes that come after the cursor, sorted. A ring around a hub holds
 * hundreds of thousands of nodes: they are compared where they are, and only the best few kept in order.
 */
function smallestAfter(
  index: AdjacencyIndex,
  ring: readonly number[],
  distance: number,
  after: NeighborCursor | undefined,
  count: number,
): string[] {
  const best: string[] = [];
  for (let n = 0; n < ring.length; n += 1) {
    const id = index.idOf(ring[n]!);
    if ((best.length === count && id >= best[count - 1]!) || !isAfter(distance, id, after)) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (best[middle]! < id) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, id);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * Rings by breadth-first search over the index, then the page: neighbours ordered by ring and by id within a
 * ring, `first` of them after the cursor. Counts cover every ring whole, so they come with any page.
 */
export function planNeighborhood(
  index: AdjacencyIndex,
  centreId: string,
  options: NeighborhoodPageOptions,
): NeighborhoodPlan | undefined {
  const centre = index.numberOf(centreId);
  if (centre === undefined) return undefined;
  const { followsType, entersKind } = traversalFilter(options.relationTypes, [], options.excludeKinds);
  const distance = new Int8Array(index.capacity).fill(-1);
  distance[centre] = 0;
  const rings: number[][] = [];
  // Counted by code in typed arrays, named once at the end: a ring around a hub has hundreds of thousands of entries.
  const typeCounts = new Uint32Array(128);
  const kindCounts = new Uint32Array(64);
  let total = 0;
  const span = entrySpan();
  let frontier = [centre];
  for (let ring = 1; ring <= options.depth && frontier.length > 0; ring += 1) {
    const next: number[] = [];
    for (let f = 0; f < frontier.length; f += 1) {
      index.spanOf(frontier[f]!, span);
      const entries = span.entries;
      for (let i = span.start; i < span.end; i += 1) {
        const packed = entries[i]!;
        const type = entryType(packed);
        if (followsType[type] === 0) continue;
        const neighbour = entryNeighbour(packed);
        const reached = distance[neighbour];
        if (reached === -1) {
          const kind = index.kindOf(neighbour);
          if (entersKind[kind] === 0) continue;
          distance[neighbour] = ring;
          kindCounts[kind] = kindCounts[kind]! + 1;
          next.push(neighbour);
        } else if (reached !== ring) continue;
        typeCounts[type] = typeCounts[type]! + 1;
      }
    }
    total += next.length;
    rings.push(next);
    frontier = next;
  }

  const byType = new Map<RelationType, number>();
  typeCounts.forEach((count, code) => {
    if (count > 0) byType.set(typeOfCode(code), count);
  });
  const byKind = new Map<EntityKind, number>();
  kindCounts.forEach((count, code) => {
    if (count > 0) byKind.set(kindOfCode(code), count);
  });

  // One more than the page tells whether another page follows.
  const wanted = options.first + 1;
  const chosen: PlannedNeighbour[] = [];
  for (let ring = 0; ring < rings.length && chosen.length < wanted; ring += 1) {
    for (const id of smallestAfter(index, rings[ring]!, ring + 1, options.after, wanted - chosen.length)) {
      chosen.push({ id, distance: ring + 1 });
    }
  }
  const neighbours = chosen.slice(0, options.first);
  return {
    centre: centreId,
    neighbours,
    links: pageLinks(index, centre, neighbours, distance, { followsType, entersKind }),
    hasNextPage: chosen.length > options.first,
    total,
    byKind,
    byType,
  };
}

/** Every relationship one entry of `node` stands for (usually one). */
export function linksOf(index: AdjacencyIndex, node: number, packed: number): Link[] {
  const other = entryNeighbour(packed);
  const [from, to] = entryLeaves(packed) ? [node, other] : [other, node];
  const type = entryType(packed);
  return index.relationshipIds(from, to, type).map((id) => ({
    id,
    from: index.idOf(from),
    to: index.idOf(to),
    type: typeOfCode(type),
  }));
}

function pageLinks(
  index: AdjacencyIndex,
  centre: number,
  neighbours: readonly PlannedNeighbour[],
  distance: Int8Array,
  filter: TraversalFilter,
): Link[] {
  const onPage = new Set([centre, ...neighbours.map((neighbour) => index.numberOf(neighbour.id)!)]);
  const links: Link[] = [];
  for (const node of onPage) {
    const entries = index.entriesOf(node);
    let parent: number | undefined;
    for (let i = 0; i < entries.length; i += 1) {
      const packed = entries[i]!;
      if (!filter.followsType[entryType(packed)]) continue;
      const other = entryNeighbour(packed);
      // Each relationship once, from the end it leaves.
      if (onPage.has(other)) {
        if (entryLeaves(packed)) links.push(...linksOf(index, node, packed));
      } else if (
        distance[node]! > 0 &&
        distance[other] === distance[node]! - 1 &&
        (parent === undefined || index.idOf(other) < index.idOf(entryNeighbour(parent)))
      ) {
        parent = packed;
      }
    }
    // Reached from a node on an earlier page: the one with the smallest id stands for the ring before.
    const reachedOnPage = entries.length > 0 && hasNeighbourOnPage(entries, onPage, distance, node, filter);
    if (parent !== undefined && !reachedOnPage) links.push(...linksOf(index, node, parent));
  }
  return links;
}

function hasNeighbourOnPage(
  entries: ArrayLike<number>,
  onPage: ReadonlySet<number>,
  distance: Int8Array,
  node: number,
  filter: TraversalFilter,
): boolean {
  for (let i = 0; i < entries.length; i += 1) {
    const packed = entries[i]!;
    const other = entryNeighbour(packed);
    if (filter.followsType[entryType(packed)] && onPage.has(other) && distance[other] === distance[node]! - 1) {
      return true;
    }
  }
  return false;
}
