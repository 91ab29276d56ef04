import type { GraphNode } from '@icg/graph';
import { optionalCurator, requireCurator, type CuratorSession } from '../../auth/require-curator.ts';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { idOf, MAX_NAME_LENGTH, requiredText } from './curation-input.ts';
import { addRelationship, upsertEntity } from './entity-writes.ts';
import { draftItems } from './narrative-from-path.ts';
import { retractionMutations, retractionQueries } from './retraction-resolvers.ts';
import {
  citationsOf,
  entitiesForNarrative,
  isNarrative,
  itemRelationships,
  itemsOf,
  narrativeMeta,
  narrativeNode,
  newNarrativeId,
  publicationOf,
  validNarrativeContent,
  type ValidItem,
} from './narratives.ts';
import { deleteNarrativeAtVersion, updateNarrativeAtVersion } from './narrative-writes.ts';
import { publishNarrativeAtVersion } from './narrative-publishing.ts';

/** Every Entity type cites its sources the way narrative items do (graphql-tools does not inherit from the interface). */
const entityCitations = { citations: (node: GraphNode) => citationsOf(node) };

/** `narratives` returns at most this many per call (and 100 by default). */
export const MAX_NARRATIVES_PAGE = 100;

async function loadNarrative(ctx: RequestContext, id: string): Promise<GraphNode | null> {
  const node = await ctx.loaders.node.load(idOf(id));
  return isNarrative(node) ? node : null;
}

/** Writes a new narrative and its items in one transaction, then hands it to the search index. */
async function createNarrativeWith(
  ctx: RequestContext,
  { curator, curation }: CuratorSession,
  content: { title: string; description: string | null; items: readonly ValidItem[] },
): Promise<GraphNode> {
  const now = new Date().toISOString();
  const node = narrativeNode(newNarrativeId(), content, {
    version: 1,
    createdBy: curator.person,
    createdByLabel: curator.label,
    createdAt: now,
    updatedAt: now,
  });
  await ctx.graph.upsertGraph({ nodes: [node], relationships: itemRelationships(node.id, content.items) });
  await curation.indexSync.notify([node.id]);
  return node;
}

export const curationResolvers: Resolvers = {
  Query: {
    ...retractionQueries,
    async curator(_, __, ctx) {
      if (!ctx.authorization) return null;
      const { curator } = await requireCurator(ctx);
      return { id: curator.id, label: curator.label };
    },
    narrative: (_, { id }, ctx) => loadNarrative(ctx, id),
    narratives: async (_, { first, after }, ctx) => {
      const size = first ?? MAX_NARRATIVES_PAGE;
      if (!Number.isInteger(size) || size < 1 || size > MAX_NARRATIVES_PAGE) {
        throw badUserInput('first', `first must be an integer from 1 to ${MAX_NARRATIVES_PAGE}; got ${size}`);
      }
      return ctx.graph.findNodes({
        kinds: ['Narrative'],
        first: size,
        ...(after ? { afterId: idOf(after) } : {}),
      });
    },
  },

  Mutation: {
    ...retractionMutations,

    createNarrative: async (_, { input }, ctx) => {
      const session = await requireCurator(ctx);
      return createNarrativeWith(ctx, session, await validNarrativeContent(ctx.graph, input));
    },

    createNarrativeFromPath: async (_, { pathOf, title }, ctx) => {
      const session = await requireCurator(ctx);
      if (pathOf.length === 0) throw badUserInput('pathOf', 'pathOf needs at least one entity id');
      const cleanTitle = requiredText('title', title, MAX_NAME_LENGTH);
      const entities = await entitiesForNarrative(ctx.graph, 'pathOf', pathOf);
      const items = await draftItems(ctx.graph, entities);
      return createNarrativeWith(ctx, session, { title: cleanTitle, description: null, items });
    },

    updateNarrative: async (_, { id, version, input }, ctx) => {
      const session = await requireCurator(ctx);
      const node = await updateNarrativeAtVersion(ctx.graph, session, idOf(id), version, input);
      ctx.loaders.node.clear(node.id);
      ctx.loaders.relationships.clear(node.id);
      return node;
    },

    deleteNarrative: async (_, { id, version }, ctx) => {
      const session = await requireCurator(ctx);
      const deleted = await deleteNarrativeAtVersion(ctx.graph, session, idOf(id), version ?? undefined);
      ctx.loaders.node.clear(deleted);
      return deleted;
    },

    publishNarrative: async (_, { id, version }, ctx) => {
      const node = await publishNarrativeAtVersion(ctx.graph, await requireCurator(ctx), idOf(id), version, true);
      ctx.loaders.node.clear(node.id);
      return node;
    },

    unpublishNarrative: async (_, { id, version }, ctx) => {
      const node = await publishNarrativeAtVersion(ctx.graph, await requireCurator(ctx), idOf(id), version, false);
      ctx.loaders.node.clear(node.id);
      return node;
    },

    upsertEntity: async (_, { input }, ctx) => {
      const session = await requireCurator(ctx);
      const result = await upsertEntity(ctx.graph, session, input);
      ctx.loaders.node.clear(result.entity.id).prime(result.entity.id, result.entity);
      return result;
    },

    addRelationship: async (_, { input }, ctx) => {
      const session = await requireCurator(ctx);
      const result = await addRelationship(ctx.graph, session, input);
      ctx.loaders.relationships.clear(result.relationship.from).clear(result.relationship.to);
      return result;
    },
  },

  Narrative: {
    title: (node) => node.name,
    description: (node) => node.description,
    version: (node) => narrativeMeta(node).version,
    createdBy: (node) => narrativeMeta(node).createdByLabel,
    createdAt: (node) => narrativeMeta(node).createdAt,
    updatedAt: (node) => narrativeMeta(node).updatedAt,
    publishedAt: (node) => publicationOf(node)?.publishedAt ?? null,
    publishedBy: (node) => publicationOf(node)?.publishedBy ?? null,
    editable: async (node, _, ctx) => (await optionalCurator(ctx))?.owns(narrativeMeta(node).createdBy) ?? false,
    items: async (node, _, ctx) => {
      const relationships = await ctx.loaders.relationships.load(node.id);
      const targets = relationships.filter((r) => r.type === 'INCLUDES' && r.from === node.id).map((r) => r.to);
      const loaded = await ctx.loaders.node.loadMany([...new Set(targets)]);
      const entities = new Map<string, GraphNode>();
      for (const entity of loaded) if (entity && !(entity instanceof Error)) entities.set(entity.id, entity);
      return itemsOf(node.id, relationships, entities);
    },
  },

  NarrativeItem: {
    citation: (item) => {
      const citations = citationsOf(item.entity);
      return citations.length > 0 ? citations.join('\n') : null;
    },
    citations: (item) => citationsOf(item.entity),
  },

  PolicyDocument: entityCitations,
  PolicySection: entityCitations,
  PolicyTask: entityCitations,
  Department: entityCitations,
  BasicEntity: entityCitations,
  Target: entityCitations,
  Theme: entityCitations,
  Award: entityCitations,

  UpsertEntityPayload: {
    entity: (payload) => payload.entity,
    created: (payload) => payload.created,
  },

  AddRelationshipPayload: {
    relationship: (payload) => payload.relationship,
    created: (payload) => payload.created,
  },
};
