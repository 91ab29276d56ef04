import type { EntityKind, GraphNode } from '@icg/graph';
import type { RequestContext } from '../../context.ts';

/**
 * Page size for whole-graph reads inside the API. Not user input: the reads below walk every
 * page, so the size only trades round trips against memory per call.
 */
const PAGE = 500;

/**
 * Reads every node (of `kinds`, when given), paging through `findNodes` by id. At today's size
 * (a few hundred nodes) this is cheap; it grows linearly with the graph, so the timeline and
 * target progress will want store-side counting or a precomputed table once the graph holds
 * tens of thousands of nodes.
 */
async function readAll(ctx: RequestContext, kinds?: readonly EntityKind[]): Promise<GraphNode[]> {
  const nodes: GraphNode[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await ctx.graph.findNodes({
      ...(kinds ? { kinds } : {}),
      first: PAGE,
      ...(afterId ? { afterId } : {}),
    });
    nodes.push(...page);
    if (page.length < PAGE) return nodes;
    afterId = page[page.length - 1]!.id;
  }
}

/**
 * One read per request and kind set: several resolvers of one query share it. Keyed by the
 * request's loaders, the one object `createRequestContext` makes afresh for each request.
 */
const perRequest = new WeakMap<RequestContext['loaders'], Map<string, Promise<GraphNode[]>>>();

export function allNodes(ctx: RequestContext, kinds?: readonly EntityKind[]): Promise<GraphNode[]> {
  let cache = perRequest.get(ctx.loaders);
  if (!cache) {
    cache = new Map();
    perRequest.set(ctx.loaders, cache);
  }
  const key = kinds ? [...kinds].sort().join(',') : '*';
  let read = cache.get(key);
  if (!read) {
    read = readAll(ctx, kinds);
    cache.set(key, read);
  }
  return read;
}
