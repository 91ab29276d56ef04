import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './limit-exceeded.ts';

/** The code Yoga gives its own body-size refusal (`maxRequestBodySize`). */
const YOGA_BODY_TOO_LARGE = 'REQUEST_ENTITY_TOO_LARGE';

/**
 * Maximum request body size. Yoga enforces it (`maxRequestBodySize`, set from the same figure by
 * `yogaLimitOptions`): a declared Content-Length above it is refused before a byte is read, a
 * chunked body as soon as it passes it. This plugin only turns Yoga's refusal into ours:
 * HTTP 413, code LIMIT_EXCEEDED, the limit named in the message.
 */
export function useMaxBodySize(maxBytes: number): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      const { errors } = result as ExecutionResult;
      if (!errors?.some((error) => error.extensions?.['code'] === YOGA_BODY_TOO_LARGE)) return;
      setResult({
        errors: [
          limitExceeded({
            limit: 'bodyBytes',
            maximum: maxBytes,
            message: 'The request body is too large',
            status: 413,
          }),
        ],
      });
    },
  };
}
