import type { GraphStore, TraversableGraphStore } from '@icg/graph';

export interface ComponentHealth {
  status: 'up' | 'down';
  error?: string;
}

/**
 * Whether searches can match by meaning: the embedding model loaded at start (`up`, naming it), or why not
 * (`off`: searches are by words only). It does not make the service unavailable.
 */
export type SemanticHealth = { status: 'up'; model: string } | { status: 'off'; reason: string };

/**
 * The in-memory index neighbourhoods and paths are planned on: `building` while it is read from the store (the
 * first traversal waits for it), then what it holds. It does not make the service unavailable.
 */
export type TraversalHealth =
  { status: 'building' } | { status: 'ready'; entities: number; relationships: number; builtInMs: number };

export interface HealthReport {
  status: 'ok' | 'unavailable';
  graph: ComponentHealth & { backend: string; traversal?: TraversalHealth };
  search: ComponentHealth & { semantic?: SemanticHealth };
}

export interface HealthDependencies {
  graph: GraphStore | TraversableGraphStore;
  /** Resolves when the search engine answers its health endpoint. */
  pingSearch: () => Promise<void>;
  /** How search matches by meaning, when the service says (decided at start). */
  semantic?: SemanticHealth;
}

const CHECK_TIMEOUT_MS = 2_000;

async function check(probe: () => Promise<void>): Promise<ComponentHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { status: 'up' };
  } catch (error) {
    // Only the message: causes of client errors can carry request headers.
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Both stores are probed in parallel; the report names the one that is down. */
export async function checkHealth(deps: HealthDependencies): Promise<HealthReport> {
  const [graph, search] = await Promise.all([check(() => deps.graph.ping()), check(deps.pingSearch)]);
  return {
    status: graph.status === 'up' && search.status === 'up' ? 'ok' : 'unavailable',
    graph: { ...graph, backend: deps.graph.backend, ...traversalOf(deps.graph) },
    search: deps.semantic ? { ...search, semantic: deps.semantic } : search,
  };
}

function traversalOf(graph: GraphStore | TraversableGraphStore): { traversal?: TraversalHealth } {
  if (!('traversalStats' in graph)) return {};
  const stats = graph.traversalStats();
  return {
    traversal: stats
      ? {
          status: 'ready',
          entities: stats.nodes,
          relationships: stats.links,
          builtInMs: Math.round(stats.milliseconds),
        }
      : { status: 'building' },
  };
}
