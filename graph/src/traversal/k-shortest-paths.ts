import type { EntityKind } from '../model/entity-kinds.ts';
import type { RelationType } from '../model/relation-types.ts';
import { entryNeighbour, entrySpan, entryType, type AdjacencyIndex, type Link } from './adjacency-index.ts';
import { linksOf, traversalFilter, type TraversalFilter } from './neighborhood-page.ts';
import { DEGREE_CAP, HOP_COST, PENALTY_COST, hopPenalty } from './path-weights.ts';
import { RELATION_TYPE_NAMES } from '../model/relation-types.ts';

const PENALTY_BY_TYPE_CODE = Float64Array.from(RELATION_TYPE_NAMES, (type) => hopPenalty(type) * PENALTY_COST);

export interface PathSearchOptions {
  /** Most hops, 1 to MAX_PATH_HOPS. */
  maxHops: number;
  /** Most paths. */
  limit: number;
  relationTypes?: readonly RelationType[] | undefined;
  excludeTypes?: readonly RelationType[] | undefined;
  /** Inner entities may not be of these kinds; the two ends may. */
  excludeKinds?: readonly EntityKind[] | undefined;
}

/** A path as ids: `nodeIds` from start to end, and each hop's relationship as ends and type. */
export interface PlannedPath {
  nodeIds: string[];
  links: Link[];
  cost: number;
}

/**
 * Partial paths the search may hold before it gives up on finding `limit` paths: around hubs the number of
 * simple paths of five or six hops grows with the product of their degrees, and what was found by then is
 * returned, best first.
 */
export const MAX_PARTIAL_PATHS = 400_000;

/**
 * Entries a search back from the end may read to learn how far entities are from it: beyond the rings read
 * within this budget, an entity is known only to be farther, a weaker but still safe estimate. Without a
 * bound, five rings around most entities of a small-world graph are the whole graph.
 */
export const DISTANCE_BUDGET = 30_000;

/**
 * Hops from `target` to entities within the rings a breadth-first search reads within DISTANCE_BUDGET entries
 * (and `depth` rings at most), through entities a path may pass; `beyond` is one more than the last whole ring.
 */
function distancesTo(
  index: AdjacencyIndex,
  target: number,
  depth: number,
  filter: TraversalFilter,
): { distance: Int8Array; beyond: number } {
  const distance = new Int8Array(index.capacity).fill(-1);
  distance[target] = 0;
  let frontier = [target];
  const span = entrySpan();
  let read = 0;
  let complete = 0;
  for (let ring = 1; ring <= depth && frontier.length > 0; ring += 1) {
    const next: number[] = [];
    for (const node of frontier) {
      if (node !== target && !filter.entersKind[index.kindOf(node)]) continue;
      read += index.degreeOf(node);
      if (read > DISTANCE_BUDGET) {
        // This ring is not whole: what it marked so far stays true, and what it did not is only known farther.
        return { distance, beyond: complete + 1 };
      }
      index.spanOf(node, span);
      for (let i = span.start; i < span.end; i += 1) {
        const packed = span.entries[i]!;
        if (!filter.followsType[entryType(packed)]) continue;
        const neighbour = entryNeighbour(packed);
        if (distance[neighbour] !== -1) continue;
        distance[neighbour] = ring;
        next.push(neighbour);
      }
    }
    complete = ring;
    frontier = next;
  }
  return { distance, beyond: complete + 1 };
}

/**
 * The fewest hops between two entities within `maxHops`, or undefined: a breadth-first search from both ends,
 * always growing the smaller frontier, so an entity on a small island is found unreachable at once.
 */
function fewestHops(
  index: AdjacencyIndex,
  from: number,
  to: number,
  maxHops: number,
  filter: TraversalFilter,
): number | undefined {
  const side = new Int8Array(index.capacity);
  const depth = new Int8Array(index.capacity);
  side[from] = 1;
  side[to] = 2;
  let frontiers: [number[], number[]] = [[from], [to]];
  const reached: [number, number] = [0, 0];
  const span = entrySpan();
  while (frontiers[0].length > 0 && frontiers[1].length > 0 && reached[0] + reached[1] < maxHops) {
    const which = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const mark = which + 1;
    const next: number[] = [];
    let best: number | undefined;
    for (const node of frontiers[which]) {
      if (node !== from && node !== to && !filter.entersKind[index.kindOf(node)]) continue;
      index.spanOf(node, span);
      for (let i = span.start; i < span.end; i += 1) {
        const packed = span.entries[i]!;
        if (!filter.followsType[entryType(packed)]) continue;
        const neighbour = entryNeighbour(packed);
        if (side[neighbour] === mark) continue;
        if (side[neighbour] !== 0) {
          const length = reached[which] + 1 + depth[neighbour]!;
          const passable = neighbour === from || neighbour === to || filter.entersKind[index.kindOf(neighbour)];
          if (passable && (best === undefined || length < best)) best = length;
          continue;
        }
        side[neighbour] = mark;
        depth[neighbour] = reached[which] + 1;
        next.push(neighbour);
      }
    }
    if (best !== undefined && best <= maxHops) return best;
    reached[which] += 1;
    frontiers = which === 0 ? [next, frontiers[1]] : [frontiers[0], next];
  }
  return undefined;
}

/** A binary heap of partial-path numbers by cost. */
class CostHeap {
  private readonly items: number[] = [];
  constructor(private readonly cost: Float64Array | number[]) {}
  get size(): number {
    return this.items.length;
  }
  push(item: number): void {
    const items = this.items;
    items.push(item);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.cost[items[parent]!]! <= this.cost[item]!) break;
      items[at] = items[parent]!;
      at = parent;
    }
    items[at] = item;
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let at = 0;
      for (;;) {
        const left = at * 2 + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && this.cost[items[right]!]! < this.cost[items[left]!]! ? right : left;
        if (this.cost[items[child]!]! >= this.cost[last]!) break;
        items[at] = items[child]!;
        at = child;
      }
      items[at] = last;
    }
    return top;
  }
  peekCost(): number {
    return this.cost[this.items[0]!]!;
  }
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The `limit` best simple paths between two entities, ignoring direction, in the order of their cost (see
 * path-weights.ts), then by node ids and hop types. A best-first search over partial paths, each scored by its
 * cost so far plus the hops it still needs at least (its distance to the end, found first by a breadth-first
 * search back from the end), so complete paths come out cheapest first and only partial paths that can still
 * reach the end within `maxHops` are kept. Each entity is extended by at most `limit` partial paths, the
 * cheapest ones reaching it: exact for walks, and for simple paths it can miss one whose every cheaper prefix
 * through some entity was a dead end, which bounds the work around hubs.
 */
export function planPaths(
  index: AdjacencyIndex,
  fromId: string,
  toId: string,
  options: PathSearchOptions,
): PlannedPath[] {
  const from = index.numberOf(fromId);
  const to = index.numberOf(toId);
  if (from === undefined || to === undefined || from === to || options.limit < 1) return [];
  const filter = traversalFilter(options.relationTypes, options.excludeTypes, options.excludeKinds);
  if (fewestHops(index, from, to, options.maxHops, filter) === undefined) return [];
  const { distance, beyond } = distancesTo(index, to, options.maxHops - 1, filter);
  const hopsLeftAtLeast = (node: number) => (distance[node] === -1 ? beyond : Math.min(distance[node]!, beyond));

  // Partial paths as a tree in parallel arrays: each has a last node, the entry that reached it and a parent.
  const node: number[] = [from];
  const via: number[] = [-1];
  const parent: number[] = [-1];
  const hops: number[] = [0];
  const spent: number[] = [0];
  const estimate: number[] = [hopsLeftAtLeast(from) * HOP_COST];
  const heap = new CostHeap(estimate);
  heap.push(0);

  const onPath = (partial: number, candidate: number) => {
    for (let at = partial; at !== -1; at = parent[at]!) if (node[at] === candidate) return true;
    return false;
  };
  const complete: number[] = [];
  let lastCost = Infinity;
  // An entity is extended by its `limit` cheapest partial paths only: as for k shortest walks, a costlier way
  // to reach it rarely leads to one of the best paths, and through a hub every extension costs thousands.
  const extended = new Uint8Array(index.capacity);
  /**
   * Bundles: a partial path standing for the extensions of its parent to the neighbours that lie a given number
   * of hops from the end (0: not a bundle; otherwise that number plus one).
   */
  const bundle: number[] = [0];
  const push = (
    last: number,
    entry: number,
    from: number,
    length: number,
    cost: number,
    lowerBound: number,
    group: number,
  ) => {
    node.push(last);
    via.push(entry);
    parent.push(from);
    hops.push(length);
    spent.push(cost);
    estimate.push(lowerBound);
    bundle.push(group);
    heap.push(node.length - 1);
  };
  /**
   * Extends `partial` by one hop. Only neighbours nearer to the end than its last entity are pushed at once;
   * the others (around a hub, thousands that lead sideways or back) are grouped by their distance to the end and
   * pushed as one bundle per distance at the group's lower bound, each extended one by one only if it comes up.
   */
  const extend = (partial: number, onlyLeft: number | undefined) => {
    const at = node[partial]!;
    const entries = index.entriesOf(at);
    const length = hops[partial]! + 1;
    const leftHere = hopsLeftAtLeast(at);
    let deferred = 0;
    for (let i = 0; i < entries.length; i += 1) {
      const packed = entries[i]!;
      const type = entryType(packed);
      if (!filter.followsType[type]) continue;
      const next = entryNeighbour(packed);
      const ending = next === to;
      const left = ending ? 0 : hopsLeftAtLeast(next);
      if (onlyLeft === undefined ? !ending && left >= leftHere : left !== onlyLeft) {
        if (onlyLeft === undefined) deferred |= 1 << left;
        continue;
      }
      if (!ending && (!filter.entersKind[index.kindOf(next)] || length + left > options.maxHops)) continue;
      if (onPath(partial, next)) continue;
      const cost =
        spent[partial]! +
        HOP_COST +
        PENALTY_BY_TYPE_CODE[type]! +
        (ending ? 0 : Math.min(index.degreeOf(next), DEGREE_CAP));
      push(next, packed, partial, length, cost, cost + left * HOP_COST, 0);
    }
    for (let left = 0; deferred >> left !== 0; left += 1) {
      if ((deferred >> left) & 1 && length + left <= options.maxHops) {
        push(at, -1, partial, hops[partial]!, spent[partial]!, spent[partial]! + (1 + left) * HOP_COST, left + 1);
      }
    }
  };

  while (heap.size > 0) {
    if (complete.length >= options.limit && heap.peekCost() > lastCost) break;
    const partial = heap.pop();
    if (bundle[partial]! > 0) {
      extend(parent[partial]!, bundle[partial]! - 1);
      continue;
    }
    const at = node[partial]!;
    if (at === to) {
      complete.push(partial);
      lastCost = spent[partial]!;
      continue;
    }
    if (node.length >= MAX_PARTIAL_PATHS || extended[at]! >= options.limit) continue;
    extended[at]! += 1;
    extend(partial, undefined);
  }

  const paths = complete.map((end) => {
    const nodes: number[] = [];
    const links: Link[] = [];
    for (let at = end; at !== -1; at = parent[at]!) {
      nodes.push(node[at]!);
      if (parent[at] !== -1) {
        // `via` is an entry of the previous node; one step of several relationships is walked by the first.
        links.push(linksOf(index, node[parent[at]!]!, via[at]!)[0]!);
      }
    }
    nodes.reverse();
    links.reverse();
    return { nodeIds: nodes.map((n) => index.idOf(n)), links, cost: spent[end]! };
  });
  return paths
    .sort(
      (a, b) =>
        a.cost - b.cost ||
        compareIds(a.nodeIds, b.nodeIds) ||
        compareIds(
          a.links.map((link) => link.type),
          b.links.map((link) => link.type),
        ),
    )
    .slice(0, options.limit);
}
