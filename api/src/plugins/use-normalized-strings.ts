import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The one form every string takes inside the service: well-formed UTF-16 (a lone surrogate
 * becomes U+FFFD) in Unicode NFC. Neo4j would store U+FFFD for a lone surrogate while
 * Meilisearch rejects the whole batch, and 金 (U+F90A) would miss 金 (U+91D1) in the graph but
 * not in the index: normalising once, here, keeps the graph and the index in agreement.
 */
export function normalizeString(value: string): string {
  return value.toWellFormed().normalize('NFC');
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Deeper than any input type of the schema; far deeper nesting would overflow the stack (a 500). */
const MAX_VARIABLE_NESTING = 64;

/** Every string inside JSON-like variables, normalised; anything else (numbers, uploads) kept. */
export function normalizeStrings(value: unknown, depth = 0): unknown {
  if (depth > MAX_VARIABLE_NESTING) {
    throw new GraphQLError(`Variables are nested more than ${MAX_VARIABLE_NESTING} levels deep.`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (typeof value === 'string') return normalizeString(value);
  if (Array.isArray(value)) return value.map((item) => normalizeStrings(item, depth + 1));
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeStrings(item, depth + 1)]));
  }
  return value;
}

/**
 * Every string literal of a document (arguments, defaults, block strings), normalised. It works
 * on the parsed values, so an accent written as an escape ("e\u0301") is composed too; names
 * are ASCII by grammar.
 */
export function normalizeDocumentStrings(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.STRING]: (node) => {
      const value = normalizeString(node.value);
      return value === node.value ? undefined : { ...node, value };
    },
  });
}

/**
 * Normalises strings at the border: variables as they arrive, literals as the document is
 * parsed (so Yoga's parser cache holds the normalised document and the work is done once).
 */
export function useNormalizedStrings(): Plugin {
  return {
    onParams({ params, setParams }) {
      // A raw lone surrogate in the document's text would be a syntax error; it becomes U+FFFD as
      // in variables. An escaped one ("\uD800") stays a syntax error, as the spec says.
      const query =
        typeof params.query === 'string' && !params.query.isWellFormed() ? params.query.toWellFormed() : params.query;
      const variables = params.variables
        ? (normalizeStrings(params.variables) as Record<string, unknown>)
        : params.variables;
      if (query !== params.query || variables !== params.variables) setParams({ ...params, query, variables });
    },
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => normalizeDocumentStrings(parseFn(source, options)));
    },
  };
}
