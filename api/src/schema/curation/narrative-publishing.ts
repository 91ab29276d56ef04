import type { GraphNode, GraphStore } from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { updateNarrativeAtVersion } from './narrative-writes.ts';
import { isNarrative, itemsOf, notFound, type NarrativeArgs } from './narratives.ts';

/** A narrative's content as stored, in the shape an update takes. */
async function storedContent(store: GraphStore, narrative: GraphNode): Promise<NarrativeArgs> {
  const relationships = await store.getRelationships({
    nodeIds: [narrative.id],
    direction: 'out',
    types: ['INCLUDES'],
  });
  const targets = [...new Set(relationships.map((r) => r.to))];
  const entities = new Map<string, GraphNode>();
  for (const entity of await store.getNodes(targets)) if (entity) entities.set(entity.id, entity);
  return {
    title: narrative.name,
    description: narrative.description,
    items: itemsOf(narrative.id, relationships, entities).map((item) => ({
      entityId: item.entity.id,
      note: item.note,
      caption: item.caption,
    })),
  };
}

/**
 * Publishes a narrative (or, with `publish` false, takes it back to a draft) as an update of its own content at
 * `version`: the same owner and version checks and the same compare-and-set write as updateNarrative, so a
 * publication never overwrites an edit it did not see, and the search sync, notified by that write, adds or
 * removes the narrative's document.
 */
export async function publishNarrativeAtVersion(
  store: GraphStore,
  session: CuratorSession,
  id: string,
  version: number,
  publish: boolean,
): Promise<GraphNode> {
  const [stored] = await store.getNodes([id]);
  if (!isNarrative(stored)) throw notFound(id);
  const content = await storedContent(store, stored);
  const publication = publish ? { publishedAt: new Date().toISOString(), publishedBy: session.curator.label } : null;
  return updateNarrativeAtVersion(store, session, id, version, { ...content, publication });
}
