/**
 * Runs tasks one after another. One LadybugDB connection carries every query of a store, and a
 * manual transaction on it would otherwise swallow whatever query another caller sends meanwhile.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves once every task queued so far has settled. */
  drained(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
    async drained() {
      await tail;
    },
  };
}
