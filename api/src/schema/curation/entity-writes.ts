import { createHash } from 'node:crypto';
import {
  allowsEndpoints,
  isRelationType,
  RELATION_ENDPOINTS,
  relationshipId,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
} from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { apiError, badUserInput } from '../../errors.ts';
import {
  idOf,
  mergeSources,
  MAX_NAME_LENGTH,
  optionalText,
  propertiesOf,
  requiredText,
  sourcesOf,
  type SourceArgs,
} from './curation-input.ts';
import { recordCuratorEdit } from './curator-edits.ts';
import { withWriteLock } from './write-lock.ts';

export interface UpsertedEntity {
  entity: GraphNode;
  created: boolean;
}

export interface AddedRelationship {
  relationship: GraphRelationship;
  created: boolean;
}

/**
 * Kinds parsed from the seed policy documents: the next start would overwrite a curator's edit of
 * them, and they are the documents' own structure, not facts to curate.
 */
export const POLICY_DOCUMENT_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>([
  'PolicyDocument',
  'PolicySection',
  'PolicyTask',
  'Department',
  'Target',
  'Theme',
]);

export interface UpsertEntityArgs {
  id?: string | null;
  kind: string;
  name: string;
  aliases?: readonly string[] | null;
  province?: string | null;
  city?: string | null;
  description?: string | null;
  properties?: string | null;
  sources: readonly SourceArgs[];
}

export interface AddRelationshipArgs {
  type: string;
  from: string;
  to: string;
  properties?: string | null;
  sources: readonly SourceArgs[];
}

function refuseKind(kind: EntityKind): void {
  if (POLICY_DOCUMENT_KINDS.has(kind)) {
    throw apiError(
      'FORBIDDEN',
      `${kind} entities are parsed from the seed policy documents and cannot be edited by curators.`,
    );
  }
  if (kind === 'Narrative') {
    throw apiError('FORBIDDEN', 'Narratives are written with createNarrative and updateNarrative, not upsertEntity.');
  }
}

const KIND_SLUG = (kind: EntityKind) =>
  kind.replace(/[A-Z]/g, (c, i: number) => `${i > 0 ? '-' : ''}${c.toLowerCase()}`);

/**
 * The id an entity without one gets: the same kind, name, province and city always give the same
 * id, so sending the same entity twice updates it instead of creating a twin.
 */
export function derivedEntityId(kind: EntityKind, name: string, province: string | null, city: string | null): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([kind, name, province ?? '', city ?? '']))
    .digest('hex');
  return `${KIND_SLUG(kind)}-${hash.slice(0, 12)}`;
}

/** A field given as null clears it, absent keeps the stored value, a blank string clears it too. */
function keptOrSet(
  argument: string,
  value: string | null | undefined,
  stored: string | null,
  max: number,
): string | null {
  if (value === undefined) return stored;
  return optionalText(argument, value, max);
}

/**
 * Creates or updates an entity. Without an id the id is derived (see derivedEntityId); with one,
 * that entity must exist (NOT_FOUND otherwise) and keep its kind. New sources are added to the
 * stored ones, properties are merged over them, other given fields replace theirs.
 */
export async function upsertEntity(
  store: GraphStore,
  session: CuratorSession,
  input: UpsertEntityArgs,
): Promise<UpsertedEntity> {
  const kind = input.kind as EntityKind;
  refuseKind(kind);
  const name = requiredText('input.name', input.name, MAX_NAME_LENGTH);
  const sources = sourcesOf('input.sources', input.sources);
  const properties = propertiesOf('input.properties', input.properties);
  const aliases =
    input.aliases === null || input.aliases === undefined
      ? undefined
      : [
          ...new Set(
            input.aliases
              .map((alias, i) => optionalText(`input.aliases[${i}]`, alias, MAX_NAME_LENGTH))
              .filter((a): a is string => a !== null && a !== name),
          ),
        ];
  const givenId = input.id === null || input.id === undefined ? undefined : idOf(input.id);
  if (givenId !== undefined && givenId.trim() === '') throw badUserInput('input.id', 'input.id must not be empty');

  const id =
    givenId ??
    derivedEntityId(
      kind,
      name,
      optionalText('input.province', input.province, MAX_NAME_LENGTH),
      optionalText('input.city', input.city, MAX_NAME_LENGTH),
    );

  return withWriteLock(store, id, async () => {
    const [stored] = await store.getNodes([id]);
    if (!stored && givenId !== undefined) {
      throw apiError('NOT_FOUND', `No entity ${givenId}; leave out the id to create a new entity.`, {
        argument: 'input.id',
      });
    }
    if (stored) {
      refuseKind(stored.kind);
      if (stored.kind !== kind) {
        throw badUserInput('input.kind', `Entity ${id} is a ${stored.kind}; its kind cannot change to ${kind}.`);
      }
    }
    const entity: GraphNode = {
      id,
      kind,
      name,
      aliases: aliases ?? stored?.aliases ?? [],
      province: keptOrSet('input.province', input.province, stored?.province ?? null, MAX_NAME_LENGTH),
      city: keptOrSet('input.city', input.city, stored?.city ?? null, MAX_NAME_LENGTH),
      description: keptOrSet('input.description', input.description, stored?.description ?? null, 5000),
      properties: { ...(stored?.properties ?? {}), ...properties },
      sources: mergeSources(stored?.sources ?? [], sources),
    };
    await store.upsertNodes([entity]);
    await recordCuratorEdit(session.curation.curatorEditsFile, { nodes: [entity] });
    await session.curation.indexSync.notify([id]);
    return { entity, created: !stored };
  });
}

function allowedPairs(type: keyof typeof RELATION_ENDPOINTS): string {
  return RELATION_ENDPOINTS[type].map(({ from, to }) => `${from.join('/')} → ${to.join('/')}`).join('; ');
}

/**
 * Adds a sourced relationship between two stored entities, or merges properties and sources into
 * the same one (same type and ends) if it exists. Nothing is written unless every check passes.
 */
export async function addRelationship(
  store: GraphStore,
  session: CuratorSession,
  input: AddRelationshipArgs,
): Promise<AddedRelationship> {
  const type = idOf(input.type).trim();
  if (!isRelationType(type)) throw badUserInput('input.type', `Unknown relation type ${type}`);
  if (type === 'INCLUDES') {
    throw badUserInput('input.type', 'INCLUDES joins a narrative to its items; use the narrative mutations.');
  }
  const sources = sourcesOf('input.sources', input.sources);
  const properties = propertiesOf('input.properties', input.properties);
  const from = idOf(input.from);
  const to = idOf(input.to);
  if (from === to) throw badUserInput('input.to', 'A relationship needs two different entities.');
  const id = relationshipId(type, from, to);

  return withWriteLock(store, id, async () => {
    const [fromNode, toNode] = await store.getNodes([from, to]);
    const unknown = [fromNode ? null : from, toNode ? null : to].filter((x): x is string => x !== null);
    if (!fromNode || !toNode) {
      throw apiError('BAD_USER_INPUT', `Unknown entity ids: ${unknown.join(', ')}`, {
        argument: 'input',
        unknownIds: unknown,
      });
    }
    if (POLICY_DOCUMENT_KINDS.has(fromNode.kind) && POLICY_DOCUMENT_KINDS.has(toNode.kind)) {
      throw apiError('FORBIDDEN', 'Relationships among policy-document entities come from the documents themselves.');
    }
    if (!allowsEndpoints(type, fromNode.kind, toNode.kind)) {
      throw apiError(
        'BAD_USER_INPUT',
        `${type} cannot join a ${fromNode.kind} to a ${toNode.kind}; it joins ${allowedPairs(type)}.`,
        { argument: 'input.type' },
      );
    }
    const stored = (await store.getRelationships({ nodeIds: [from], direction: 'out', types: [type] })).find(
      (r) => r.id === id,
    );
    const relationship: GraphRelationship = {
      id,
      type,
      from,
      to,
      properties: { ...(stored?.properties ?? {}), ...properties },
      sources: mergeSources(stored?.sources ?? [], sources),
    };
    await store.upsertRelationships([relationship]);
    await recordCuratorEdit(session.curation.curatorEditsFile, { relationships: [relationship] });
    // Both ends' documents count relationships (their degree ranks them in search).
    await session.curation.indexSync.notify([from, to]);
    return { relationship, created: !stored };
  });
}
