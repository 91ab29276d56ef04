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
  /**
   * Aliased fields per document. The web app's facet counts alias one search per filter group in
   * use (at most 6), and the query the explorer offers to copy one neighbourhood per expansion
   * (at most 10) and the paths; 15 (graphql-armor's) also covers tooling.
   */
  aliases: 15,
  /** Directive uses per document (`@include`/`@skip`); the web app's facet counts use at most 6. */
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
   * Items assumed in a list field with no `first`/`limit`: the lists of a policy document's tree and
   * an entity's or event's sources, which the documents bound (relationship lists and the timeline are
   * paged and priced by their page). Measured on the seeds: 3 policy documents, at most 5 sections per
   * document, 4 subsections and 5 tasks per section, 2 targets, 3 themes and 3–7 departments per task.
   * 10 at every level compounds (10⁴ at four levels) far beyond what such a tree holds.
   */
  assumedListSize: 5,
  /**
   * Records (entities and relationships) one request may read from the store: what the cost cannot
   * see, because reading a page of a hub's relationships reads all of them (13,679 for the largest at
   * 100,000 entities). The web app's page of that hub reads about 13,800; past this figure the fields
   * still to be read fail with LIMIT_EXCEEDED, so whatever the data, one request does a bounded amount
   * of work. At 50,000 the strongest paged hub query ran 8–14 s on the 100k graph before it was stopped.
   */
  recordsRead: 20_000,
  /** Request body bytes (1 MiB): the web app's largest request is under 2 KiB. */
  bodyBytes: 1_048_576,
  /**
   * Operations per request. 1 = batching off: Apollo Client's HttpLink does not batch, and a
   * batch would multiply every other limit.
   */
  batchedOperations: 1,
} as const;

export type ApiLimits = { readonly [K in keyof typeof API_LIMITS]: number };

/**
 * What a client may spend per class of expensive operation (see `rate-classes.ts`). `fanout` is any
 * root field (`entity`, `node`, `entities`, `search` …) under which an entity's relationships are read;
 * `timeline` reads the whole graph. Anything else (`entity { name }`, `stats`, a depth-1
 * `neighborhood`, …) is not rate limited.
 */
export type RateClass = 'search' | 'suggest' | 'paths' | 'neighborhood' | 'fanout' | 'timeline';

export const RATE_CLASSES: readonly RateClass[] = ['search', 'suggest', 'paths', 'neighborhood', 'fanout', 'timeline'];

/** A token bucket: `burst` operations at once, then `perSecond` on average. */
export interface RateBudget {
  readonly perSecond: number;
  readonly burst: number;
}

/** A budget per class; `null` leaves that class unlimited. */
export type RateBudgets = { readonly [C in RateClass]: RateBudget | null };

/**
 * Our rate limits per client, decided once; README.md ("Rate limits") lists them with the same reasons.
 * For scale: this service answers about 100 searches/s on two cores (docs/benchmarks.md), so one client
 * at a full search budget takes a tenth of it.
 */
export const RATE_LIMITS: RateBudgets = {
  /**
   * A person submits a search every few seconds; the web app sends one per submit, filter click or
   * page. 10/s covers an office or school behind one address; a burst of 30 lets a page of quick
   * filter clicks through at once.
   */
  search: { perSecond: 10, burst: 30 },
  /**
   * A search box asks for completions per keystroke, and an input method sends several changes per
   * character: a fast typist makes 8–10 a second, and completions are cheaper than a search (a
   * prefix lookup of at most 20 names).
   */
  suggest: { perSecond: 20, burst: 40 },
  /**
   * A scholar picks two entities and reads the answer; at six hops a path search walks the degree of
   * every hub on the way, the most expensive query the API has.
   */
  paths: { perSecond: 1, burst: 5 },
  /**
   * `neighborhood` with `depth` 2 or 3 (up to 100 neighbours and the relationships among them), as a
   * graph view expands a node; depth 1 is one hop and is not limited.
   */
  neighborhood: { perSecond: 2, burst: 10 },
  /**
   * Counted in the cost's points, not in operations: an operation with a root field that reads
   * relationships needs its estimated cost in the bucket to start, and is charged what it really cost
   * once it has run (the fields of its answer and the records it read: see `fanout-cost.ts`), the
   * rest given back. A burst is one operation of the largest cost; 100 a second lets a reader open an
   * entity page every few seconds (it pays far less than its estimate: few of its 100 relationship
   * slots are full), and makes a client that runs the strongest hub query wait minutes between runs
   * (measured in docs/decisions/fanout-cost.md).
   */
  fanout: { perSecond: 100, burst: 10_000 },
  /**
   * `timeline` and `timelineCount` (the web app's timeline asks both at once, per filter click) read
   * every entity on each call.
   */
  timeline: { perSecond: 2, burst: 20 },
};

/**
 * Records (entities and relationships) read from the store that cost one point of the fanout budget:
 * one each. On the seeds the strongest hub query the cost allows reads some 12,000 records for an
 * answer of 9,000 fields, and the records are most of its time (the embedded store's Node binding
 * converts rows value by value).
 */
export const RECORDS_PER_COST_POINT = 1;

/**
 * Requests carrying a valid curator token are counted per curator, not per address, against this
 * many times the public budgets: curators are few, known and revocable, and the curation screens
 * walk paths and neighbourhoods while editing.
 */
export const CURATOR_RATE_MULTIPLIER = 10;

/**
 * Clients remembered at once. An idle client's buckets refill and are dropped; past this many (an
 * address sweep), the least recently seen are forgotten first. A bucket takes about 150 bytes.
 */
export const MAX_RATE_BUCKETS = 50_000;
