/**
 * Our limits, decided once. README.md ("Limits") lists them with the same reasons.
 * For scale: graphql-armor's defaults are depth 6, 15 aliases, 1,000 tokens, cost 5,000; GitHub
 * caps `first` at 100; Apollo Router caps a body at 2 MB.
 */
export const API_LIMITS = {
  /**
   * Field nesting. The web app's search page needs 5 (search → hits → entity → leadDepartments
   * → name), the whole policy tree 6 (policyDocuments → sections → tasks → targets → progress →
   * counted). 8 leaves two hops through relationships and refuses walking the graph back and forth.
   */
  depth: 8,
  /** Aliased fields per document. Our web app uses none; 15 (graphql-armor's) covers tooling. */
  aliases: 15,
  /** Directive uses per document (`@include`/`@skip`); the web app uses none. */
  directives: 10,
  /**
   * Lexical tokens per document, counted before parsing. The web app's search query has 80,
   * GraphiQL's introspection query 183; 2,000 leaves room for hand-written queries.
   */
  tokens: 2_000,
  /**
   * Cost (see `operationCost`: 1 per field, lists multiplied by their page or `assumedListSize`).
   * The web app's search page costs 1,084 at 20 hits and 5,404 at the largest page (100); the
   * whole policy tree (documents → sections → subsections and tasks → targets → progress) 5,221.
   * 10,000 lets those through and refuses, say, 100 hits each walking themes → tasks → themes
   * (15,702).
   */
  cost: 10_000,
  /**
   * Items assumed in a list field with no `first`/`limit` (relationship lists). Measured on the
   * seeds: 3 policy documents, at most 5 sections per document, 4 subsections and 5 tasks per
   * section, 2 targets, 3 themes and 3–7 departments per task. 10 at every level compounds
   * (10⁴ at four levels) far beyond what such a tree holds.
   */
  assumedListSize: 5,
  /** Request body bytes (1 MiB): the web app's largest request is under 2 KiB. */
  bodyBytes: 1_048_576,
  /**
   * Operations per request. 1 = batching off: Apollo Client's HttpLink does not batch, and a
   * batch would multiply every other limit.
   */
  batchedOperations: 1,
} as const;

export type ApiLimits = { readonly [K in keyof typeof API_LIMITS]: number };
