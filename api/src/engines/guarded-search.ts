import { SearchEngineError, type MeiliClient, type ScopedIndexes, type SearchIndex } from '@icg/search-indexer';
import {
  createEngineGuard,
  DEFAULT_HANG_DETECTION,
  type CircuitName,
  type EngineHangDetection,
} from './engine-guard.ts';

export interface GuardedSearch {
  /** The same indexes, their reads refused with SEARCH_UNAVAILABLE while Meilisearch does not answer. */
  indexes: ScopedIndexes;
  /** For /healthz: through the same circuit, so an open one reports search down at once. */
  ping(): Promise<void>;
  circuit(): CircuitName;
}

/**
 * The API's reads of the search indexes behind one circuit for the engine. The index sync and the reindex keep the
 * indexes unguarded: they retry with their own backoff, and a bulk task may rightly run for most of an hour.
 */
export function guardSearch(
  meili: MeiliClient,
  indexes: ScopedIndexes,
  detection: EngineHangDetection = {},
): GuardedSearch {
  const probeTimeoutMs = detection.probeTimeoutMs ?? DEFAULT_HANG_DETECTION.probeTimeoutMs;
  const guard = createEngineGuard({
    ...detection,
    // The client's own bound comes later than the guard's, which decides.
    isAlive: () => meili.health({ timeoutMs: probeTimeoutMs + 1_000 }),
    unavailable: (reason) =>
      new SearchEngineError('SEARCH_UNAVAILABLE', `Meilisearch at ${meili.url} is unavailable: ${reason}`),
  });
  // The reads the API makes; writes and rebuilds stay unguarded on the same objects.
  const guarded = (index: SearchIndex): SearchIndex => ({
    ...index,
    search: (input) => guard.run(() => index.search(input)),
    suggest: (input) => guard.run(() => index.suggest(input)),
    named: (keys) => guard.run(() => index.named(keys)),
    related: (entityId, options) => guard.run(() => index.related(entityId, options)),
    stats: () => guard.run(() => index.stats()),
  });
  return {
    indexes: { all: guarded(indexes.all), stories: guarded(indexes.stories), profiles: guarded(indexes.profiles) },
    ping: async () => {
      await guard.run(() => meili.health());
    },
    circuit: () => guard.circuit(),
  };
}
