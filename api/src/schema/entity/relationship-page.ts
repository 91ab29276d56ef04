import { verificationStatusOf, type GraphNode, type GraphRelationship } from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type { BasicEntityRelationshipCountArgs, BasicEntityRelationshipsArgs } from '../generated/resolvers-types.ts';
import { isPublicRelationType, relationTypesArgument } from '../graph/graph-arguments.ts';

/**
 * `relationships(first:)`: 50 unless asked, 100 at most. A hub holds thousands (13,553 at 100,000
 * entities), so an unpaged list would make a few bytes of query worth megabytes of answer; 50 covers
 * every seed entity but the province and city hubs, and 100 is the largest page of every other list.
 */
export const RELATIONSHIP_PAGE = { default: 50, max: 100 } as const;

type Filter = Pick<BasicEntityRelationshipsArgs, 'types' | 'direction' | 'verifiedOnly'>;

const byId = (a: GraphRelationship, b: GraphRelationship) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The filtered, sorted list per node and filter, once per request: aliases asking the same hub for
 * several pages would otherwise filter and sort its thousands of relationships every time.
 */
const listsOfRequest = new WeakMap<RequestContext, Map<string, Promise<GraphRelationship[]>>>();

/** An entity's public relationships of the asked types and direction, in id order, from the per-request loader. */
function relationshipsOf(node: GraphNode, filter: Filter, ctx: RequestContext): Promise<GraphRelationship[]> {
  const types = relationTypesArgument(filter.types, 'types');
  const direction = filter.direction ?? 'BOTH';
  const key = JSON.stringify([node.id, types ? [...types].sort() : null, direction, Boolean(filter.verifiedOnly)]);
  let lists = listsOfRequest.get(ctx);
  if (!lists) listsOfRequest.set(ctx, (lists = new Map()));
  let list = lists.get(key);
  if (!list) {
    const wanted = types ? new Set<string>(types) : undefined;
    list = ctx.loaders.relationships
      .load(node.id)
      .then((all) =>
        all
          .filter(
            (rel) =>
              isPublicRelationType(rel.type) &&
              (!filter.verifiedOnly || verificationStatusOf(rel) === 'verified') &&
              (!wanted || wanted.has(rel.type)) &&
              (direction === 'BOTH' || (direction === 'OUT' ? rel.from === node.id : rel.to === node.id)),
          )
          .sort(byId),
      );
    lists.set(key, list);
  }
  return list;
}

/** The first index whose id sorts after `after` (binary search: the list is in id order). */
function indexAfter(list: readonly GraphRelationship[], after: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.id <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `Entity.relationships`: one page, keyset-paged by relationship id, so no relationship is listed twice or skipped. */
export async function relationshipPage(
  node: GraphNode,
  args: BasicEntityRelationshipsArgs,
  ctx: RequestContext,
): Promise<GraphRelationship[]> {
  const first = args.first ?? RELATIONSHIP_PAGE.default;
  if (!Number.isInteger(first) || first < 1 || first > RELATIONSHIP_PAGE.max) {
    throw badUserInput('first', `first must be an integer from 1 to ${RELATIONSHIP_PAGE.max}; got ${first}`);
  }
  const list = await relationshipsOf(node, args, ctx);
  const start = args.after == null ? 0 : indexAfter(list, args.after);
  return list.slice(start, start + first);
}

/** `Entity.relationshipCount`: how many relationships the same filters page through. */
export async function relationshipCount(
  node: GraphNode,
  args: BasicEntityRelationshipCountArgs,
  ctx: RequestContext,
): Promise<number> {
  return (await relationshipsOf(node, args, ctx)).length;
}
