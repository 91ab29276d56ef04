import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Codes for the errors that graphql-js and Yoga raise without one: a document that does not
 * parse or validate, variables of the wrong type, a malformed request. They are all the
 * client's to fix, so they get BAD_USER_INPUT, except a refused CSRF check (403, FORBIDDEN) and
 * a 429 (RATE_LIMITED).
 * Yoga's parse and validation codes are kept (GraphQL tooling knows them); its BAD_REQUEST
 * becomes ours. README.md ("Error codes") lists every code.
 */
export function errorCodeOf(error: GraphQLError): string {
  const code = error.extensions?.['code'];
  if (code === 'BAD_REQUEST') return 'BAD_USER_INPUT';
  if (typeof code === 'string' && code !== '') return code;
  const status = (error.extensions?.['http'] as { status?: number } | undefined)?.status;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'LIMIT_EXCEEDED';
  if (status === 429) return 'RATE_LIMITED';
  if (status !== undefined && status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'BAD_USER_INPUT';
}

/** Whether the error must be rewritten: it lacks its code, or carries its cause's text for the client to see. */
const needsRewrite = (error: GraphQLError) =>
  errorCodeOf(error) !== error.extensions?.['code'] || error.extensions?.['originalError'] !== undefined;

function withCode(error: GraphQLError): GraphQLError {
  if (!needsRewrite(error)) return error;
  // Yoga puts the cause's message in `originalError`; for a body that is not JSON that message quotes the body back
  // (a 1 MB body gave a 1 MB error). The message and the code say what is wrong.
  const { originalError: _cause, ...extensions } = error.extensions ?? {};
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...extensions, code: errorCodeOf(error) },
  });
}

function withCodes(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some(needsRewrite)) return result;
  return { ...result, errors: result.errors.map(withCode) };
}

/**
 * Every error a client sees carries `extensions.code`, and none carries the text of its cause. It runs last, on the result about to be
 * sent, so it also covers errors raised before execution (parse, validation, request checks).
 * Streams (subscriptions, incremental delivery) are left alone: the schema has none.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Symbol.asyncIterator in result) return;
      setResult(Array.isArray(result) ? result.map(withCodes) : withCodes(result as ExecutionResult));
    },
  };
}
