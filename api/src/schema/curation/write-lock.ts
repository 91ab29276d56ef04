import type { GraphStore } from '@icg/graph';

const queues = new WeakMap<GraphStore, Map<string, Promise<unknown>>>();

/**
 * Runs `work` after every earlier call for the same key on the same store has settled. Read, check
 * and write of one narrative (its version) or one entity (its merged sources) are thereby one step
 * within this process; the store port offers no compare-and-set, so a second API process writing to
 * the same graph is not covered (docs/decisions/curation.md).
 */
export function withWriteLock<T>(store: GraphStore, key: string, work: () => Promise<T>): Promise<T> {
  let byKey = queues.get(store);
  if (!byKey) queues.set(store, (byKey = new Map()));
  const previous = byKey.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  byKey.set(key, settled);
  void settled.then(() => {
    if (byKey.get(key) === settled) byKey.delete(key);
  });
  return next;
}
