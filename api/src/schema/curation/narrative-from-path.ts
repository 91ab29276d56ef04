import type { GraphNode, GraphRelationship, GraphStore } from '@icg/graph';
import { explainHop } from '../graph/explain-path.ts';
import { captionOf, type ValidItem } from './narratives.ts';

/**
 * How `entity` relates to the entity before it, as one plain Chinese sentence (张謇 创办 大生纱厂。),
 * or null when the two are not directly related. Several relationships between them become clauses
 * of the one sentence, in id order.
 */
export function relationNote(
  previous: GraphNode,
  entity: GraphNode,
  relationships: readonly GraphRelationship[],
): string | null {
  const between = relationships
    .filter(
      (r) =>
        r.type !== 'INCLUDES' &&
        ((r.from === previous.id && r.to === entity.id) || (r.from === entity.id && r.to === previous.id)),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
  if (between.length === 0) return null;
  const clauses = between.map((relationship) =>
    explainHop(previous, entity, { relationship, direction: relationship.from === previous.id ? 'out' : 'in' }),
  );
  return `${[...new Set(clauses)].join('；')}。`;
}

/**
 * Draft items for a chosen path or set of entities, in the given order: a caption for each, and a
 * note for each entity directly related to the one before it. Citations are not stored; they are
 * built from the entities' sources when read, so they follow corrections of those sources.
 */
export async function draftItems(store: GraphStore, entities: readonly GraphNode[]): Promise<ValidItem[]> {
  const ids = [...new Set(entities.map((e) => e.id))];
  const relationships = await store.getRelationships({ nodeIds: ids, direction: 'out' });
  return entities.map((entity, index) => {
    const previous = index > 0 ? entities[index - 1]! : undefined;
    return {
      entity,
      caption: captionOf(entity),
      note: previous ? relationNote(previous, entity, relationships) : null,
    };
  });
}
