import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createLabelSet } from './label-set.ts';

export interface MetricsSources {
  /** Whether each engine answers, as /healthz finds it; asked at every scrape. */
  engineHealth: () => Promise<{ search: boolean; graph: boolean }>;
  /** Entity ids changed by curators and not yet in the search index, when the service keeps an outbox. */
  searchOutboxDepth?: () => Promise<number>;
}

/** Label for requests that named no operation that could run (malformed, unparsable, invalid). */
export const NO_OPERATION = '(none)';
/** Label for an operation without a name. */
export const ANONYMOUS_OPERATION = '(anonymous)';

/**
 * Distinct operation names kept as labels; later ones are counted as `(other)`, so a client inventing names cannot
 * grow the series without bound. The web app uses a few dozen.
 */
const MAX_OPERATION_NAMES = 100;
const MAX_OPERATION_NAME_LENGTH = 100;
/** Label for operations past the bound on names. */
const OTHER_OPERATION = '(other)';
/** Distinct error codes kept as labels (the README lists a dozen); later ones count as `OTHER`. */
const MAX_ERROR_CODES = 50;

/**
 * The service's Prometheus metrics, in a registry of its own (two services in one process, as in tests, do not
 * share series): GraphQL requests and their latency by operation, errors by code, rate-limit refusals, whether
 * each engine is up, the search outbox's depth, and Node's process metrics (memory, CPU, event loop, GC).
 */
export function createMetrics(sources: MetricsSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operationNames = createLabelSet(MAX_OPERATION_NAMES, OTHER_OPERATION);
  const errorCodes = createLabelSet(MAX_ERROR_CODES, 'OTHER');

  const requests = new Counter({
    name: 'icg_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'icg_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to its answer, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'icg_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'icg_rate_limit_refusals_total',
    help: 'Requests refused because their client had spent its rate-limit budget (code RATE_LIMITED)',
    registers: [registry],
  });
  new Gauge({
    name: 'icg_engine_up',
    help: 'Whether an engine answers its health check (1) or not (0): search (Meilisearch) and graph',
    labelNames: ['engine'] as const,
    registers: [registry],
    async collect() {
      const health = await sources.engineHealth();
      this.set({ engine: 'search' }, health.search ? 1 : 0);
      this.set({ engine: 'graph' }, health.graph ? 1 : 0);
    },
  });
  const { searchOutboxDepth } = sources;
  if (searchOutboxDepth) {
    new Gauge({
      name: 'icg_search_outbox_depth',
      help: 'Entities changed by curators and not yet synced into the search index',
      registers: [registry],
      async collect() {
        this.set(await searchOutboxDepth());
      },
    });
  }

  return {
    registry,
    /** The label of an operation that passed validation and ran: its name, which may get a series of its own. */
    runningOperation(name: string | null): string {
      if (!name) return ANONYMOUS_OPERATION;
      return name.length <= MAX_OPERATION_NAME_LENGTH ? operationNames.add(name) : OTHER_OPERATION;
    },
    /** The label of a request that ran nothing: the name it asked for only if that already has a series. */
    refusedOperation(askedFor: string | null | undefined): string {
      return (askedFor && operationNames.get(askedFor)) || NO_OPERATION;
    },
    observeRequest(operation: string, seconds: number) {
      requests.inc({ operation });
      duration.observe({ operation }, seconds);
    },
    countError(code: string) {
      errors.inc({ code: /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? errorCodes.add(code) : 'OTHER' });
      if (code === 'RATE_LIMITED') rateLimited.inc();
    },
  };
}

export type ServiceMetrics = ReturnType<typeof createMetrics>;
