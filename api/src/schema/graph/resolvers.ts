import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_HOPS,
  RELATION_TYPES,
  isRelationType,
  normalizeText,
  type EntityKind,
  type GraphNode,
  type NeighborhoodPage,
  type GraphRelationship,
} from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { apiError, badUserInput } from '../../errors.ts';
import { MAX_PAGE_SIZE, pageSize } from '../../page-size.ts';
import type {
  QueryEntitiesArgs,
  QueryNeighborhoodArgs,
  QueryPathsArgs,
  Resolvers,
} from '../generated/resolvers-types.ts';
import { relationshipCount, relationshipPage } from '../entity/relationship-page.ts';
import { explainPath } from './explain-path.ts';
import {
  PUBLIC_KINDS,
  PUBLIC_RELATION_TYPES,
  boundedInt,
  decodeEntityCursor,
  decodeNeighborCursor,
  encodeEntityCursor,
  encodeNeighborCursor,
  filterText,
  isPublicEntity,
  relationTypesArgument,
} from './graph-arguments.ts';
import type { EntityPage, RelationshipParent } from './graph-parents.ts';

/** Most paths one `paths` call returns. */
export const MAX_PATHS = 20;

async function loadNodes(ids: readonly string[], ctx: RequestContext): Promise<GraphNode[]> {
  const nodes = await ctx.loaders.node.loadMany(ids);
  return nodes.map((node, index) => {
    if (!node || node instanceof Error) throw node ?? new Error(`Node ${ids[index]} of a result is missing`);
    return node;
  });
}

/** Nodes the store returned whole need no second load by the fields that point at them. */
function prime(nodes: readonly GraphNode[], ctx: RequestContext): void {
  for (const node of nodes) ctx.loaders.node.prime(node.id, node);
}

async function entities(args: QueryEntitiesArgs, ctx: RequestContext): Promise<EntityPage> {
  const first = pageSize(args.first);
  const afterId = decodeEntityCursor(args.after);
  const filter = {
    // Narratives are no entities, published or not: asked for by kind, they make an empty page.
    kinds: args.kinds ? args.kinds.filter((kind) => PUBLIC_KINDS.includes(kind)) : PUBLIC_KINDS,
    province: filterText(args.province, 'province'),
    city: filterText(args.city, 'city'),
    text: filterText(args.text, 'text'),
    ...(args.verifiedOnly ? { verifiedOnly: true } : {}),
  };
  // One more than asked for tells whether another page follows, without a count.
  const found = await ctx.graph.findNodes({ ...filter, first: first + 1, ...(afterId ? { afterId } : {}) });
  const nodes = found.slice(0, first);
  prime(nodes, ctx);
  return { nodes, hasNextPage: found.length > first, filter };
}

/** Narratives are curators' documents: a traversal never lists or passes them. */
function excludedKinds(kinds: readonly EntityKind[] | null | undefined): EntityKind[] {
  return [...new Set<EntityKind>([...(kinds ?? []), 'Narrative'])];
}

async function neighborhood(args: QueryNeighborhoodArgs, ctx: RequestContext): Promise<NeighborhoodPage> {
  const depth = boundedInt(args.depth ?? 1, 'depth', 1, MAX_NEIGHBORHOOD_DEPTH);
  if (args.first != null && args.limit != null) {
    throw badUserInput('limit', 'limit is the former name of first: give one of them, not both');
  }
  const argument = args.limit != null ? 'limit' : 'first';
  const first = boundedInt(args.first ?? args.limit ?? MAX_PAGE_SIZE, argument, 1, MAX_PAGE_SIZE);
  const relationTypes = relationTypesArgument(args.relationTypes, 'relationTypes') ?? PUBLIC_RELATION_TYPES;
  const id = normalizeText(args.id);
  const after = decodeNeighborCursor(args.after);
  const page = await ctx.graph.neighborhoodPage(id, {
    depth,
    first,
    relationTypes,
    excludeKinds: excludedKinds(args.excludeKinds),
    ...(after ? { after } : {}),
  });
  if (!isPublicEntity(page.nodes[0])) throw apiError('NOT_FOUND', `No entity has the id ${id}`, { argument: 'id' });
  prime(page.nodes, ctx);
  return page;
}

async function paths(args: QueryPathsArgs, ctx: RequestContext) {
  const maxHops = boundedInt(args.maxHops ?? 4, 'maxHops', 1, MAX_PATH_HOPS);
  const limit = boundedInt(args.limit ?? 5, 'limit', 1, MAX_PATHS);
  const relationTypes = relationTypesArgument(args.relationTypes, 'relationTypes') ?? PUBLIC_RELATION_TYPES;
  const excludeTypes = relationTypesArgument(args.excludeTypes, 'excludeTypes') ?? [];
  const ends = { from: normalizeText(args.from), to: normalizeText(args.to) };
  const [from, to] = await ctx.loaders.node.loadMany([ends.from, ends.to]);
  for (const [argument, node] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isPublicEntity(node)) {
      throw apiError('NOT_FOUND', `No entity has the id ${ends[argument]}`, { argument });
    }
  }
  return ctx.graph.findPaths(ends.from, ends.to, {
    maxHops,
    limit,
    relationTypes,
    excludeTypes,
    excludeKinds: excludedKinds(args.excludeKinds),
  });
}

/** Counts most first, then by name, as the schema promises. */
function countsOf<K extends string>(counts: ReadonlyMap<K, number>): [K, number][] {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/** The fields the graph module adds to every Entity type (graphql-tools does not inherit them from the interface). */
const entityFields = {
  properties: (node: GraphNode) => JSON.stringify(node.properties ?? {}),
  relationships: relationshipPage,
  relationshipCount,
};

/** The stored relationship behind a traversed one, read in one batch with the others of the request. */
async function recordOf(rel: RelationshipParent, ctx: RequestContext): Promise<GraphRelationship> {
  if ('sources' in rel) return rel;
  const record = await ctx.loaders.relationshipRecord.load(rel);
  if (!record) throw new Error(`Relationship ${rel.id} of a result is missing`);
  return record;
}

async function endOf(rel: RelationshipParent, side: 'from' | 'to', ctx: RequestContext): Promise<GraphNode> {
  const [node] = await loadNodes([rel[side]], ctx);
  return node!;
}

export const graphResolvers: Resolvers = {
  Query: {
    entities: (_, args, ctx) => entities(args, ctx),
    neighborhood: (_, args, ctx) => neighborhood(args, ctx),
    paths: (_, args, ctx) => paths(args, ctx),
  },
  EntityConnection: {
    edges: (page) => page.nodes,
    pageInfo: (page) => ({
      hasNextPage: page.hasNextPage,
      endCursor: page.nodes.length > 0 ? encodeEntityCursor(page.nodes[page.nodes.length - 1]!.id) : null,
    }),
    totalCount: (page, _, ctx) => ctx.graph.countNodes(page.filter),
  },
  EntityEdge: {
    cursor: (node) => encodeEntityCursor(node.id),
    node: (node) => node,
  },
  Subgraph: {
    edges: (page) => page.relationships,
    pageInfo: (page) => ({
      hasNextPage: page.hasNextPage,
      endCursor: page.endCursor ? encodeNeighborCursor(page.endCursor) : null,
    }),
    totalCount: (page) => page.total,
    countsByKind: (page) => countsOf(page.byKind).map(([kind, count]) => ({ kind, count })),
    countsByType: (page) => countsOf(page.byType).map(([type, count]) => ({ type, count })),
  },
  RelationTypeCount: {
    typeLabel: (count) => (isRelationType(count.type) ? RELATION_TYPES[count.type].zh : count.type),
  },
  Path: {
    length: (path) => path.hops.length,
    nodes: (path, _, ctx) => loadNodes(path.nodeIds, ctx),
    edges: (path) => path.hops.map((hop) => hop.relationship),
    explanation: async (path, _, ctx) => explainPath(await loadNodes(path.nodeIds, ctx), path.hops),
  },
  Relationship: {
    typeLabel: (rel) => RELATION_TYPES[rel.type].zh,
    from: (rel, _, ctx) => endOf(rel, 'from', ctx),
    to: (rel, _, ctx) => endOf(rel, 'to', ctx),
    properties: async (rel, _, ctx) => JSON.stringify((await recordOf(rel, ctx)).properties ?? {}),
    sources: async (rel, _, ctx) => (await recordOf(rel, ctx)).sources,
  },
  PolicyDocument: entityFields,
  PolicySection: entityFields,
  PolicyTask: entityFields,
  Department: entityFields,
  BasicEntity: entityFields,
  Target: entityFields,
  Theme: entityFields,
  Award: entityFields,
};
