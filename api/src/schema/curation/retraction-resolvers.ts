import type { GraphNode, GraphRelationship } from '@icg/graph';
import { optionalCurator, requireCurator } from '../../auth/require-curator.ts';
import type { RequestContext } from '../../context.ts';
import type { MutationResolvers, QueryResolvers, Retraction } from '../generated/resolvers-types.ts';
import { idOf } from './curation-input.ts';
import type { RetractionRecord } from './curator-edits.ts';
import { creationOf } from './record-creation.ts';
import { openRetractions, restoreRetraction, retractEntity, retractRelationship } from './retractions.ts';

function retractionView(record: RetractionRecord): Retraction {
  const entity = record.nodes.find((node) => node.id === record.target);
  return {
    id: record.id,
    fact: record.fact === 'entity' ? 'ENTITY' : 'RELATIONSHIP',
    target: record.target,
    name: entity?.name ?? record.relationships[0]?.type ?? record.target,
    reason: record.reason,
    retractedBy: record.by,
    retractedAt: record.at,
    relationshipCount: record.relationships.length,
  };
}

/** Forgets what the request has read of the records a retraction or a restore changed. */
function forget(ctx: RequestContext, record: RetractionRecord): void {
  for (const node of record.nodes) ctx.loaders.node.clear(node.id);
  for (const relationship of record.relationships) {
    ctx.loaders.relationships.clear(relationship.from).clear(relationship.to);
  }
}

async function storedRecord(ctx: RequestContext, id: string): Promise<GraphNode | GraphRelationship | null> {
  const [node] = await ctx.graph.getNodes([id]);
  if (node) return node.kind === 'Narrative' ? null : node;
  const [fromId] = id.split('|');
  if (!fromId || fromId === id) return null;
  const outgoing = await ctx.graph.getRelationships({ nodeIds: [fromId], direction: 'out' });
  return outgoing.find((relationship) => relationship.id === id && relationship.type !== 'INCLUDES') ?? null;
}

export const retractionQueries: Pick<QueryResolvers, 'retractions' | 'retractable'> = {
  retractions: async (_, __, ctx) => {
    const session = await requireCurator(ctx);
    const own = (await openRetractions(session)).filter((record) => session.curator.owns(record.person));
    return own.map(retractionView);
  },
  retractable: async (_, { id }, ctx) => {
    const curator = await optionalCurator(ctx);
    if (!curator) return false;
    const record = await storedRecord(ctx, idOf(id));
    const creation = record && creationOf(record);
    return creation ? curator.owns(creation.person) : false;
  },
};

export const retractionMutations: Pick<
  MutationResolvers,
  'retractEntity' | 'retractRelationship' | 'restoreRetraction'
> = {
  retractEntity: async (_, args, ctx) => {
    const record = await retractEntity(ctx.graph, await requireCurator(ctx), args);
    forget(ctx, record);
    return retractionView(record);
  },
  retractRelationship: async (_, args, ctx) => {
    const record = await retractRelationship(ctx.graph, await requireCurator(ctx), args);
    forget(ctx, record);
    return retractionView(record);
  },
  restoreRetraction: async (_, args, ctx) => {
    const record = await restoreRetraction(ctx.graph, await requireCurator(ctx), args);
    forget(ctx, record);
    return retractionView(record);
  },
};
