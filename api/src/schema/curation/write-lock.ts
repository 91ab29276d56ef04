import type { GraphStore } from '@icg/graph';

/**
 * Runs `work` holding the store's lock for `key` (an entity or relationship id). Read, merge and write of one
 * record, and the curator-edit line that records it, are thereby one step for every API process on the store, so
 * two replicas merging sources into the same entity cannot lose either's, and the edit log lists a record's
 * versions in the order the graph took them (docs/decisions/replicas.md).
 */
export function withWriteLock<T>(store: GraphStore, key: string, work: () => Promise<T>): Promise<T> {
  return store.withLock(`record:${key}`, work);
}
