import {
  MAX_PATH_HOPS,
  RELATION_TYPE_NAMES,
  type EntityKind,
  type GraphRelationship,
  type RelationType,
  type TraversableGraphStore,
} from '@icg/graph';
import { comparePaths, sizeByProbe, type PathComparison } from './compare-paths.ts';
import type { Figures, Target } from './figures.ts';
import { measure, summarize, type JsonEndpoint } from './latency.ts';
import { log } from './progress.ts';
import { createRandom } from './synthetic-entities.ts';
import { degreesOf, type SyntheticGraph } from './synthetic-graph.ts';

/** The API's cap on `neighborhood(limit)` (MAX_PAGE_SIZE); the engine is called with the same, so both do the same work. */
export const NEIGHBORHOOD_LIMIT = 100;
/**
 * What the API lets graph queries follow: everything but a curator's narrative and its INCLUDES (graph-arguments.ts
 * in the API). The engine is called with the same types and the queries start from public entities only.
 */
export const PUBLIC_RELATION_TYPES: readonly RelationType[] = RELATION_TYPE_NAMES.filter((type) => type !== 'INCLUDES');
export const EXCLUDED_KINDS: readonly EntityKind[] = ['Narrative'];
export const PATH_LIMIT = 5;

const NEIGHBORHOOD = /* GraphQL */ `
  query BenchNeighborhood($id: ID!, $depth: Int!, $first: Int!) {
    neighborhood(id: $id, depth: $depth, first: $first) {
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`;

const PATHS = /* GraphQL */ `
  query BenchPaths($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
      length
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
      }
    }
  }
`;

function recordComparison(figures: Figures, name: string, comparison: PathComparison, p95Target?: Target) {
  for (const path of ['graphql', 'direct'] as const) {
    const figure = comparison[path];
    figures.record(`${name}.${path}.p50`, 'ms', figure.p50);
    figures.record(`${name}.${path}.p95`, 'ms', figure.p95, path === 'direct' ? p95Target : undefined);
  }
}

export interface GraphTargets {
  hubs: string[];
  hubDegrees: number[];
  random: string[];
  connected: [string, string][];
  connectedHops: number[];
  unconnected: [string, string][];
}

/** Hops from `from` to each node within `maxHops`, over the relationships ignoring direction. */
function hopsFrom(adjacency: Map<string, string[]>, from: string, maxHops: number): Map<string, number> {
  const hops = new Map([[from, 0]]);
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacency.get(id) ?? []) {
        if (hops.has(neighbour)) continue;
        hops.set(neighbour, hop);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return hops;
}

/**
 * The entities graph queries start from: the ten best connected, fifty drawn evenly, thirty pairs two or more
 * hops apart (found breadth-first in memory) and thirty with no path at all (one end in an island lineage).
 */
export function chooseGraphTargets(synthetic: SyntheticGraph): GraphTargets {
  const random = createRandom(42);
  const degrees = degreesOf(synthetic.relationships);
  const islandIds = new Set(synthetic.islands.flat());
  const main = synthetic.nodes
    .filter((node) => node.kind !== 'Narrative' && !islandIds.has(node.id) && degrees.has(node.id))
    .map((node) => node.id);
  const byDegree = [...main].sort((a, b) => degrees.get(b)! - degrees.get(a)! || a.localeCompare(b));
  const hubs = byDegree.slice(0, 10);
  const draw = () => main[Math.floor(random() * main.length)]!;
  const randomIds = Array.from({ length: 50 }, draw);

  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const { type, from, to } of synthetic.relationships as readonly GraphRelationship[]) {
    if (!PUBLIC_RELATION_TYPES.includes(type)) continue;
    link(from, to);
    link(to, from);
  }
  const connected: [string, string][] = [];
  const connectedHops: number[] = [];
  for (let attempt = 0; connected.length < 30 && attempt < 300; attempt += 1) {
    const from = draw();
    const hops = hopsFrom(adjacency, from, MAX_PATH_HOPS);
    const candidates = [...hops].filter(([, n]) => n >= 2);
    if (candidates.length === 0) continue;
    // Farther pairs are the rarer and the costlier: prefer the longest distance found.
    // A loop, not Math.max(...): at a million entities the candidates overflow the call stack as arguments.
    const longest = candidates.reduce((most, [, n]) => Math.max(most, n), 0);
    const far = candidates.filter(([, n]) => n >= Math.min(longest, 3));
    const [to, n] = far[Math.floor(random() * far.length)]!;
    connected.push([from, to]);
    connectedHops.push(n);
  }
  const islands = synthetic.islands.flat();
  const unconnected: [string, string][] = Array.from({ length: 30 }, (_, i) => {
    const island = islands[Math.floor(random() * islands.length)]!;
    return i % 2 === 0 ? [draw(), island] : [island, draw()];
  });
  return {
    hubs,
    hubDegrees: hubs.map((id) => degrees.get(id)!),
    random: randomIds,
    connected,
    connectedHops,
    unconnected,
  };
}

interface GraphCase {
  name: string;
  graphql: (index: number) => Promise<unknown>;
  /** The graph store's call as the service makes it: planned on the in-memory index, records from the engine. */
  direct: (index: number) => Promise<unknown>;
  /** The engine's own traversal (Cypher), for comparison: what the index replaced. */
  engine: (index: number) => Promise<unknown>;
  /** For the engine's p95. */
  target?: Target;
}

export async function benchGraphQueries(
  graphql: JsonEndpoint,
  store: TraversableGraphStore,
  targets: GraphTargets,
  figures: Figures,
  options: { rounds: number; secondsPerLevel: number },
): Promise<string[]> {
  const at = <T>(items: readonly T[], i: number) => items[i % items.length]!;
  // The service's own index (built at its start, which the bench awaited), so GraphQL and the direct calls read the
  // same one.
  const traversable = store;
  const neighborhoodCase = (ids: readonly string[], depth: number) => ({
    graphql: (i: number) =>
      graphql.post({ query: NEIGHBORHOOD, variables: { id: at(ids, i), depth, first: NEIGHBORHOOD_LIMIT } }),
    direct: (i: number) =>
      traversable.neighborhoodPage(at(ids, i), {
        depth,
        first: NEIGHBORHOOD_LIMIT,
        relationTypes: PUBLIC_RELATION_TYPES,
        excludeKinds: EXCLUDED_KINDS,
      }),
    engine: (i: number) =>
      store.neighborhood(at(ids, i), { depth, limit: NEIGHBORHOOD_LIMIT, relationTypes: PUBLIC_RELATION_TYPES }),
  });
  const pathCase = (pairs: readonly [string, string][]) => ({
    graphql: (i: number) =>
      graphql.post({
        query: PATHS,
        variables: { from: at(pairs, i)[0], to: at(pairs, i)[1], maxHops: MAX_PATH_HOPS, limit: PATH_LIMIT },
      }),
    // The paths planned on the index, then the records of their entities, which every answer shows: the calls the
    // service makes for the GraphQL query above.
    direct: async (i: number) => {
      const paths = await traversable.findPaths(at(pairs, i)[0], at(pairs, i)[1], {
        maxHops: MAX_PATH_HOPS,
        limit: PATH_LIMIT,
        relationTypes: PUBLIC_RELATION_TYPES,
        excludeKinds: EXCLUDED_KINDS,
      });
      const ids = [...new Set(paths.flatMap((path) => path.nodeIds))];
      return ids.length === 0 ? [] : traversable.getNodes(ids);
    },
    engine: (i: number) =>
      store.shortestPaths(at(pairs, i)[0], at(pairs, i)[1], {
        maxHops: MAX_PATH_HOPS,
        limit: PATH_LIMIT,
        relationTypes: PUBLIC_RELATION_TYPES,
      }),
  });
  const neighbourhoodTarget: Target = { op: '<=', value: 30 };
  const cases: GraphCase[] = [
    { name: 'neighborhood.depth1.hubs', ...neighborhoodCase(targets.hubs, 1) },
    { name: 'neighborhood.depth1.random', ...neighborhoodCase(targets.random, 1) },
    { name: 'neighborhood.depth2.hubs', ...neighborhoodCase(targets.hubs, 2), target: neighbourhoodTarget },
    { name: 'neighborhood.depth2.random', ...neighborhoodCase(targets.random, 2), target: neighbourhoodTarget },
    { name: 'paths.connected', ...pathCase(targets.connected), target: { op: '<=', value: 150 } },
    { name: 'paths.unconnected', ...pathCase(targets.unconnected), target: { op: '<=', value: 150 } },
  ];
  // A case that fails (an error, a connection the service drops) is reported and left out, so one slow query at a
  // large scale does not cost the figures of every other phase.
  const failures: string[] = [];
  const failed = new Set<string>();
  const attempt = async (graphCase: GraphCase, run: () => Promise<void>) => {
    if (failed.has(graphCase.name)) return;
    try {
      await run();
    } catch (error) {
      failed.add(graphCase.name);
      const message = `${graphCase.name}: ${error instanceof Error ? error.message : String(error)}`;
      failures.push(message);
      log(`${message} (left out)`);
    }
  };
  // The engine's own traversal is only a comparison: a call it refuses (TOO_COSTLY at scale) is counted, timed to
  // the refusal, and does not cost the case its figures.
  const refusedByEngine = new Map<string, number>();
  const engineCall = (graphCase: GraphCase) => async (i: number) => {
    try {
      await graphCase.engine(i);
    } catch {
      refusedByEngine.set(graphCase.name, (refusedByEngine.get(graphCase.name) ?? 0) + 1);
    }
  };
  for (const graphCase of cases) {
    // Warm both paths: the first calls pay for caches and compiled queries.
    await attempt(graphCase, async () => {
      await measure(graphCase.graphql, 1, 5);
      await measure(graphCase.direct, 1, 5);
      await measure(engineCall(graphCase), 1, 3);
    });
  }
  refusedByEngine.clear();
  for (let round = 0; round < options.rounds; round += 1) {
    for (const graphCase of cases) {
      await attempt(graphCase, async () => {
        const requests = await sizeByProbe(graphCase.graphql, 1, options.secondsPerLevel, {
          probe: 5,
          min: 8,
          max: 2_000,
        });
        const comparison = await comparePaths(1, requests, graphCase.graphql, graphCase.direct);
        recordComparison(figures, graphCase.name, comparison, graphCase.target);
        // The engine's Cypher traversal is slower by an order of magnitude at scale: a bounded sample suffices.
        refusedByEngine.delete(graphCase.name);
        const sample = Math.min(requests, 40);
        const engine = summarize((await measure(engineCall(graphCase), 1, sample)).latencies, 0);
        const refused = refusedByEngine.get(graphCase.name) ?? 0;
        figures.record(`${graphCase.name}.engine.p50`, 'ms', engine.p50);
        figures.record(`${graphCase.name}.engine.p95`, 'ms', engine.p95);
        if (refused > 0) figures.record(`${graphCase.name}.engine.refusedShare`, '×', refused / sample);
        figures.record(`${graphCase.name}.ratio.p95`, '×', comparison.ratio.p95, { op: '<=', value: 1.5 });
        log(
          `${graphCase.name} round ${round + 1}: GraphQL p50 ${comparison.graphql.p50} p95 ${comparison.graphql.p95} ms, ` +
            `store p50 ${comparison.direct.p50} p95 ${comparison.direct.p95} ms, ratio ${comparison.ratio.p95}, ` +
            `engine's own traversal p50 ${engine.p50} p95 ${engine.p95} ms` +
            `${refused > 0 ? ` (${refused} of ${sample} refused)` : ''} ` +
            `(${comparison.graphql.requests} requests each)`,
        );
      });
    }
  }
  return failures;
}
