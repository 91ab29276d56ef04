import { readFile } from 'node:fs/promises';
import { CULTURE_KINDS } from '@icg/graph';
import { createJsonEndpoint, summarize, type JsonEndpoint, type LatencyFigures } from './latency.ts';
import { createRandom } from './synthetic-entities.ts';

/** The three operations of the mixed workload, in the proportions a portal sees. */
export const OPERATION_MIX = { search: 0.7, entity: 0.2, neighborhood: 0.1 } as const;
export type Operation = keyof typeof OPERATION_MIX;
export const OPERATIONS = Object.keys(OPERATION_MIX) as Operation[];

/** The web app's search box: first page of 10 with snippets and highlights. */
const SEARCH = /* GraphQL */ `
  query LoadSearch($query: String!) {
    search(query: $query, first: 10) {
      totalHits
      hits {
        entity {
          id
          kind
          name
          province
          city
        }
        snippet
        highlights {
          field
          snippet
        }
      }
    }
  }
`;

/** An entity page: a few fields and its relationships with the names at their ends. */
const ENTITY = /* GraphQL */ `
  query LoadEntity($id: ID!) {
    entity(id: $id) {
      id
      kind
      name
      province
      city
      description
      relationships {
        type
        typeLabel
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
    }
  }
`;

/** The graph view around an entity. */
const NEIGHBORHOOD = /* GraphQL */ `
  query LoadNeighborhood($id: ID!, $depth: Int!) {
    neighborhood(id: $id, depth: $depth) {
      nodes {
        id
        kind
        name
      }
      edges {
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

const ENTITIES_PAGE = /* GraphQL */ `
  query LoadCorpus($after: String) {
    entities(first: 100, after: $after) {
      edges {
        node {
          id
          kind
          name
          city
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Words a visitor of an industrial-culture portal types that are not names: trades, crafts, kinds of place. */
const TOPIC_TERMS = [
  '纺织',
  '丝绸',
  '运河',
  '工业遗产',
  '非物质文化遗产',
  '博物馆',
  '老字号',
  '研学',
  '工业旅游',
  '民族工业',
  '刺绣',
  '紫砂',
  '宣纸',
  '徽墨',
  '造船',
  '煤矿',
  '铁路',
  '茶叶',
  '酿酒',
  '机械',
];

/** Kinds whose names people search for; policy sections and targets are reached by browsing. */
const SEARCHED_KINDS: ReadonlySet<string> = new Set([...CULTURE_KINDS, 'Place']);

export interface Workload {
  /** Chinese queries drawn from the seeded names, cities and topic words. */
  queries: string[];
  /** Ids for entity lookups and neighbourhoods. */
  entityIds: string[];
}

/**
 * Reads every entity through the API and builds the query set from them: full names, the first two or four
 * characters of a name (what a visitor types before the suggestions), cities, a city with a topic word, and
 * topic words alone.
 */
export async function buildWorkload(endpoint: JsonEndpoint, querySetSize = 200): Promise<Workload> {
  const nodes: { id: string; kind: string; name: string; city: string | null }[] = [];
  let after: string | null = null;
  for (;;) {
    const answer = (await endpoint.post({ query: ENTITIES_PAGE, variables: { after } })) as {
      data: {
        entities: {
          edges: { node: (typeof nodes)[number] }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    nodes.push(...answer.data.entities.edges.map((edge) => edge.node));
    if (!answer.data.entities.pageInfo.hasNextPage) break;
    after = answer.data.entities.pageInfo.endCursor;
  }
  if (nodes.length === 0) throw new Error('The service holds no entities: nothing to load-test against');
  const random = createRandom(8);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const named = nodes.filter((node) => SEARCHED_KINDS.has(node.kind));
  const source = named.length > 0 ? named : nodes;
  const cities = [...new Set(nodes.map((node) => node.city).filter((city): city is string => !!city))];
  const queries = new Set<string>();
  for (let attempt = 0; queries.size < querySetSize && attempt < querySetSize * 20; attempt += 1) {
    const roll = random();
    const name = pick(source).name;
    if (roll < 0.35) queries.add(name);
    else if (roll < 0.55) queries.add([...name].slice(0, 2).join(''));
    else if (roll < 0.7) queries.add([...name].slice(0, 4).join(''));
    else if (roll < 0.8 && cities.length > 0) queries.add(pick(cities).replace(/市$/, ''));
    else if (roll < 0.92 && cities.length > 0) queries.add(`${pick(cities).replace(/市$/, '')}${pick(TOPIC_TERMS)}`);
    else queries.add(pick(TOPIC_TERMS));
  }
  return { queries: [...queries], entityIds: nodes.map((node) => node.id) };
}

/** A GraphQL endpoint for the workload: any non-2xx status or any GraphQL error rejects, and so counts as an error. */
export function createGraphqlEndpoint(baseUrl: string, connections: number): JsonEndpoint {
  return createJsonEndpoint(`${baseUrl}/graphql`, {
    connections,
    headers: { accept: 'application/graphql-response+json' },
    check: (answer) => {
      const body = answer as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length) {
        const first = body.errors[0]!;
        throw new Error(`GraphQL error ${first.extensions?.code ?? ''}: ${first.message}`);
      }
      if (body.data === undefined || body.data === null) throw new Error('GraphQL answer without data');
    },
  });
}

export interface LoadRunResult {
  concurrency: number;
  seconds: number;
  requests: number;
  errors: number;
  /** The first few error messages, for diagnosis. */
  errorSamples: string[];
  overall: LatencyFigures;
  operations: Record<Operation, LatencyFigures>;
  /** Requests completed in each second of the run. */
  perSecond: number[];
}

/**
 * A closed loop: `concurrency` clients each send a request, wait for its answer and send the next, for `seconds`.
 * Each request is an operation drawn by the mix; its latency is from send to the whole answer parsed and checked.
 */
export async function runMixedLoad(
  endpoint: JsonEndpoint,
  workload: Workload,
  options: { concurrency: number; seconds: number; seed?: number },
): Promise<LoadRunResult> {
  const random = createRandom(options.seed ?? 1);
  const latencies: Record<Operation, number[]> = { search: [], entity: [], neighborhood: [] };
  const all: number[] = [];
  const perSecond: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const request = (): { operation: Operation; body: unknown } => {
    const roll = random();
    if (roll < OPERATION_MIX.search) {
      const query = workload.queries[Math.floor(random() * workload.queries.length)];
      return { operation: 'search', body: { query: SEARCH, variables: { query } } };
    }
    const id = workload.entityIds[Math.floor(random() * workload.entityIds.length)];
    if (roll < OPERATION_MIX.search + OPERATION_MIX.entity) {
      return { operation: 'entity', body: { query: ENTITY, variables: { id } } };
    }
    const depth = random() < 0.5 ? 1 : 2;
    return { operation: 'neighborhood', body: { query: NEIGHBORHOOD, variables: { id, depth } } };
  };

  const client = async () => {
    while (performance.now() < deadline) {
      const { operation, body } = request();
      const sent = performance.now();
      try {
        await endpoint.post(body);
      } catch (error) {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(`${operation}: ${(error as Error).message.slice(0, 300)}`);
      }
      const done = performance.now();
      latencies[operation].push(done - sent);
      all.push(done - sent);
      const second = Math.floor((done - started) / 1000);
      perSecond[second] = (perSecond[second] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const wallMs = performance.now() - started;
  return {
    concurrency: options.concurrency,
    seconds: Math.round(wallMs) / 1000,
    requests: all.length,
    errors,
    errorSamples,
    overall: summarize(all, wallMs),
    operations: {
      search: summarize(latencies.search, wallMs),
      entity: summarize(latencies.entity, wallMs),
      neighborhood: summarize(latencies.neighborhood, wallMs),
    },
    perSecond: Array.from(perSecond, (count) => count ?? 0),
  };
}

/** Resident size of a process in KiB (VmRSS), or undefined once it is gone. */
export async function residentKib(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface RssSample {
  /** Seconds since sampling began. */
  t: number;
  /** KiB per named process. */
  kib: Record<string, number | undefined>;
}

/** Samples the resident size of each process every `intervalMs` until stopped. */
export function sampleResidentSize(pids: Record<string, number>, intervalMs = 1000): { stop(): Promise<RssSample[]> } {
  const samples: RssSample[] = [];
  const started = performance.now();
  const take = async () => {
    const t = Math.round(performance.now() - started) / 1000;
    const kib: Record<string, number | undefined> = {};
    for (const [name, pid] of Object.entries(pids)) kib[name] = await residentKib(pid);
    samples.push({ t, kib });
  };
  let pending = take();
  const timer = setInterval(() => {
    pending = pending.then(take);
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      return samples;
    },
  };
}

export interface MemoryStability {
  /** Mean resident size (MiB) over the early and the late window. */
  earlyMib: number;
  lateMib: number;
  /** (late − early) / early. */
  change: number;
  stable: boolean;
}

/**
 * Compares the mean resident size of one process over samples in [0, windowSeconds) with those in the last
 * `windowSeconds` of the run; stable when it moved by no more than `tolerance` (0.1 = 10 %).
 */
export function memoryStability(
  samples: readonly RssSample[],
  process: string,
  windowSeconds: number,
  tolerance = 0.1,
): MemoryStability {
  const last = samples.at(-1)?.t ?? 0;
  const values = (from: number, to: number) =>
    samples
      .filter((sample) => sample.t >= from && sample.t < to)
      .map((sample) => sample.kib[process])
      .filter((kib): kib is number => kib !== undefined);
  const mean = (list: number[]) => list.reduce((sum, kib) => sum + kib, 0) / Math.max(1, list.length);
  const early = mean(values(0, windowSeconds));
  const late = mean(values(last - windowSeconds, last + 1));
  const change = early === 0 ? 0 : (late - early) / early;
  const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;
  return {
    earlyMib: mib(early),
    lateMib: mib(late),
    change: Math.round(change * 1000) / 1000,
    stable: early > 0 && Math.abs(change) <= tolerance,
  };
}
