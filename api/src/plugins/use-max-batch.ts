import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './limit-exceeded.ts';

/**
 * Maximum number of operations in one batched request (a JSON array body). It runs before
 * Yoga's own batching check, so a refusal carries our code; with 1, batching is off.
 * Yoga's `batching` option must agree: `false` for 1, `{ limit }` above.
 */
export function useMaxBatch(maxOperations: number): Plugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (!Array.isArray(requestParserResult)) return;
          if (maxOperations <= 1 || requestParserResult.length > maxOperations) {
            throw limitExceeded({
              limit: 'batchedOperations',
              maximum: maxOperations,
              actual: requestParserResult.length,
              message:
                maxOperations <= 1
                  ? 'Batching is off: send one operation per request'
                  : 'The request batches too many operations',
            });
          }
        },
      };
    },
  };
}
