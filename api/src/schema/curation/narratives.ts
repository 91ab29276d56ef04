import { randomBytes } from 'node:crypto';
import {
  allowsEndpoints,
  compactJson,
  ENTITY_KIND_LABELS_ZH,
  formatGbt7714Citation,
  relationshipId,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
} from '@icg/graph';
import type { Curator } from '../../auth/curator-tokens.ts';
import { apiError, badUserInput } from '../../errors.ts';
import { idOf, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, optionalText, requiredText } from './curation-input.ts';

/** Most items in one narrative, and most ids createNarrativeFromPath takes. */
export const MAX_NARRATIVE_ITEMS = 100;

/** What a Narrative field resolves from: the stored node and its INCLUDES relationships, read by the resolvers. */
export interface NarrativeItemParent {
  position: number;
  entity: GraphNode;
  note: string | null;
  caption: string | null;
}

export interface NarrativeItemArgs {
  entityId: string;
  note?: string | null;
  caption?: string | null;
}

export interface NarrativeArgs {
  title: string;
  description?: string | null;
  items: readonly NarrativeItemArgs[];
  /**
   * Publishing written with the content: a publication to publish, null to take it back to a draft, absent to
   * keep the narrative as it is (what an update of its content does). Not part of the GraphQL input: only
   * publishNarrative and unpublishNarrative set it.
   */
  publication?: NarrativePublication | null;
}

/** When a narrative was published and by whom: until then it is a draft, out of every public list. */
export interface NarrativePublication {
  /** ISO timestamp. */
  publishedAt: string;
  /** The publishing curator's label, shown to readers. */
  publishedBy: string;
}

/** A narrative's bookkeeping, kept in the node's properties. */
interface NarrativeMeta {
  version: number;
  /** The creator's person (a curator id for older narratives): decides who may change it. */
  createdBy: string;
  /** Curator label at creation, shown to readers. */
  createdByLabel: string;
  createdAt: string;
  updatedAt: string;
  /** Absent while it is a draft. */
  publishedAt?: string;
  publishedBy?: string;
}

export function isNarrative(node: GraphNode | null | undefined): node is GraphNode {
  return node?.kind === 'Narrative';
}

export function narrativeMeta(node: GraphNode): NarrativeMeta {
  const p = node.properties;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
  return {
    version: typeof p['version'] === 'number' ? p['version'] : 1,
    createdBy: text('createdBy'),
    createdByLabel: text('createdByLabel'),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt'),
    ...publicationOf(node),
  };
}

/** The narrative's publication, or null for a draft (the search index decides the same way: isPubliclySearchable). */
export function publicationOf(node: GraphNode): NarrativePublication | null {
  const { publishedAt, publishedBy } = node.properties;
  return typeof publishedAt === 'string'
    ? { publishedAt, publishedBy: typeof publishedBy === 'string' ? publishedBy : '' }
    : null;
}

/**
 * A new narrative id. The time prefix (base 36 milliseconds) makes id order creation order, which
 * is the order `narratives` pages in.
 */
export function newNarrativeId(now = Date.now()): string {
  return `narrative-${now.toString(36).padStart(9, '0')}-${randomBytes(4).toString('hex')}`;
}

export function narrativeNode(
  id: string,
  content: { title: string; description: string | null; publication?: NarrativePublication | null },
  meta: NarrativeMeta,
): GraphNode {
  const { publishedAt, publishedBy, ...unpublished } = meta;
  const kept = publishedAt === undefined ? null : { publishedAt, publishedBy: publishedBy ?? '' };
  const publication = content.publication === undefined ? kept : content.publication;
  return {
    id,
    kind: 'Narrative',
    name: content.title,
    aliases: [],
    province: null,
    city: null,
    description: content.description,
    // A draft stores no publication keys at all, so the store and the index read one state.
    properties: { ...unpublished, ...publication },
    sources: [],
  };
}

/** One INCLUDES relationship per item; the position is part of the id, so an entity may appear twice. */
export function itemRelationships(narrativeId: string, items: readonly ValidItem[]): GraphRelationship[] {
  return items.map((item, index) => {
    const order = index + 1;
    return {
      id: relationshipId('INCLUDES', narrativeId, item.entity.id, String(order)),
      type: 'INCLUDES',
      from: narrativeId,
      to: item.entity.id,
      properties: compactJson({ order, note: item.note ?? undefined, caption: item.caption ?? undefined }),
      sources: [],
    };
  });
}

export interface ValidItem {
  entity: GraphNode;
  note: string | null;
  caption: string | null;
}

/**
 * The entities behind `ids`, in order, or BAD_USER_INPUT naming every unknown id (and every entity
 * a narrative cannot include, such as another narrative) before anything is written.
 */
export async function entitiesForNarrative(store: GraphStore, argument: string, ids: readonly string[]) {
  if (ids.length > MAX_NARRATIVE_ITEMS) {
    throw badUserInput(argument, `${argument} may list at most ${MAX_NARRATIVE_ITEMS} entities; got ${ids.length}`);
  }
  const wanted = ids.map(idOf);
  const found = await store.getNodes(wanted);
  const unknown = [...new Set(wanted.filter((_, i) => found[i] === null))];
  if (unknown.length > 0) {
    throw apiError('BAD_USER_INPUT', `Unknown entity ids in ${argument}: ${unknown.join(', ')}`, {
      argument,
      unknownIds: unknown,
    });
  }
  const entities = found as GraphNode[];
  const refused = [
    ...new Set(entities.filter((e) => !allowsEndpoints('INCLUDES', 'Narrative', e.kind)).map((e) => e.id)),
  ];
  if (refused.length > 0) {
    throw apiError(
      'BAD_USER_INPUT',
      `A narrative cannot include ${refused.join(', ')} (narratives or unsupported kinds)`,
      {
        argument,
        refusedIds: refused,
      },
    );
  }
  return entities;
}

/** Title, description and items checked and normalised; unknown entities refused. */
export async function validNarrativeContent(store: GraphStore, input: NarrativeArgs) {
  const title = requiredText('input.title', input.title, MAX_NAME_LENGTH);
  const description = optionalText('input.description', input.description, MAX_TEXT_LENGTH);
  const entities = await entitiesForNarrative(
    store,
    'input.items',
    input.items.map((item) => item.entityId),
  );
  const items: ValidItem[] = input.items.map((item, index) => ({
    entity: entities[index]!,
    note: optionalText(`input.items[${index}].note`, item.note, MAX_TEXT_LENGTH),
    caption: optionalText(`input.items[${index}].caption`, item.caption, MAX_NAME_LENGTH),
  }));
  return { title, description, items, ...(input.publication === undefined ? {} : { publication: input.publication }) };
}

export function notFound(id: string) {
  return apiError('NOT_FOUND', `No narrative ${id}`, { argument: 'id' });
}

/** Only a narrative's owner (its creator's person, or whom it was reassigned to) may change or delete it. */
export function checkOwner(node: GraphNode, curator: Curator): void {
  if (!curator.owns(narrativeMeta(node).createdBy)) {
    throw apiError('FORBIDDEN', `Narrative ${node.id} belongs to another curator; only its creator may change it.`);
  }
}

/**
 * Optimistic concurrency: a write names the version it was based on. A stale one is refused as
 * BAD_USER_INPUT with reason VERSION_CONFLICT and the current version, so the client can reload,
 * merge and retry.
 */
export function checkVersion(node: GraphNode, version: number): void {
  const currentVersion = narrativeMeta(node).version;
  if (version !== currentVersion) {
    throw apiError(
      'BAD_USER_INPUT',
      `Narrative ${node.id} is at version ${currentVersion}, not ${version}: it was changed meanwhile; reload it and retry.`,
      { argument: 'version', reason: 'VERSION_CONFLICT', currentVersion },
    );
  }
}

/** The items of a narrative in order, from its INCLUDES relationships and the entities they reach. */
export function itemsOf(
  narrativeId: string,
  relationships: readonly GraphRelationship[],
  entities: ReadonlyMap<string, GraphNode>,
): NarrativeItemParent[] {
  const order = (r: GraphRelationship) => (typeof r.properties['order'] === 'number' ? r.properties['order'] : 0);
  const text = (r: GraphRelationship, key: string) =>
    typeof r.properties[key] === 'string' ? (r.properties[key] as string) : null;
  return relationships
    .filter((r) => r.type === 'INCLUDES' && r.from === narrativeId && entities.has(r.to))
    .sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))
    .map((r, index) => ({
      position: index + 1,
      entity: entities.get(r.to)!,
      note: text(r, 'note'),
      caption: text(r, 'caption'),
    }));
}

/** GB/T 7714-2015 reference entries for an entity's sources. */
export function citationsOf(entity: GraphNode): string[] {
  return entity.sources.map((source) => formatGbt7714Citation(source, entity.kind));
}

/** 张謇（企业家，江苏南通市）: name, kind in Chinese, and place when known. */
export function captionOf(entity: GraphNode): string {
  const place = [entity.province, entity.city].filter(Boolean).join('');
  const label = ENTITY_KIND_LABELS_ZH[entity.kind];
  return `${entity.name}（${place ? `${label}，${place}` : label}）`;
}
