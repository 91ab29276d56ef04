/**
 * The adversarial test's anonymous hub query: 14 aliases, each three relationship lists deep. Before
 * relationship lists were paged its estimated cost was about 9,600 (lists assumed to hold 5), under the
 * limit of 10,000, and on the seeds it answered 12.98 MB in 3.3 s.
 */
export function adversarialHubQuery(hub: string): string {
  const alias = (i: number) =>
    `a${i}: entity(id: ${JSON.stringify(hub)}) { relationships { from { relationships { to { relationships { id from { id } to { id } } } } } } }`;
  return `{ ${Array.from({ length: 14 }, (_, i) => alias(i)).join(' ')} }`;
}

/**
 * The strongest form of the same attack the paged schema still serves: one alias (the cost limit and
 * the fanout budget count points, so more aliases only split the same points), and pages chosen
 * to return as many relationships as a cost of at most 10,000 allows: 20 × 20 × 4 = 1,600 at the third
 * level, 2,020 in all, cost 8,842.
 */
export function strongestPagedHubQuery(hub: string): string {
  return `{ a0: entity(id: ${JSON.stringify(hub)}) { relationships(first: 20) { from { relationships(first: 20) { to { relationships(first: 4) { id from { id } to { id } } } } } } } }`;
}

/** The probe: a small lookup such as every page of the web app makes. */
export function probeQuery(id: string): string {
  return `{ entity(id: ${JSON.stringify(id)}) { name } }`;
}
