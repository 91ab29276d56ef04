import { createHash, randomBytes } from 'node:crypto';
import {
  allowsEndpoints,
  isRelationType,
  projectPropertyProblems,
  RELATION_ENDPOINTS,
  relationshipId,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  type JsonValue,
  type RelationType,
  type Source,
  VERIFICATION_PROPERTY,
  verificationStatusOf,
} from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { apiError, badUserInput } from '../../errors.ts';
import {
  aliasesOf,
  idOf,
  mergeSources,
  MAX_NAME_LENGTH,
  optionalText,
  placeOf,
  propertiesOf,
  requiredText,
  requireStorableSize,
  sourcesOf,
  type SourceArgs,
} from './curation-input.ts';
import { checkCoordinateProperties } from './coordinates-input.ts';
import { recordCuratorEdit } from './curator-edits.ts';
import { answersTo, likelyDuplicates, possibleDuplicate } from './likely-duplicates.ts';
import { CREATION_PROPERTY, creationFor } from './record-creation.ts';
import { withWriteLock } from './write-lock.ts';
import type { ReviewDecision } from '../review/decision-log.ts';
import { proposeChange } from '../review/propose-change.ts';

export interface UpsertedEntity {
  entity: GraphNode;
  created: boolean;
  /** Set when the entity was verified: the change waits for a second curator, and `entity` is the verified version. */
  proposal?: ReviewDecision | null;
}

export interface AddedRelationship {
  relationship: GraphRelationship;
  created: boolean;
  /** Set when the relationship was verified: the merge waits for a second curator (see UpsertedEntity). */
  proposal?: ReviewDecision | null;
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
  /**
   * The client means a new entity although stored ones answer to its name (its answer to POSSIBLE_DUPLICATE); see
   * upsertEntity.
   */
  newEntity?: boolean | null;
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
 * A fact's verification says who checked it and when, so only the verification mutations write it; its creation
 * says which curator may retract it, so only its creating mutation writes that. An edit that tries to set either
 * through `properties` is refused rather than silently stored.
 */
function withoutVerification(argument: string, properties: Record<string, JsonValue>): Record<string, JsonValue> {
  if (VERIFICATION_PROPERTY in properties) {
    throw badUserInput(argument, `${argument} cannot set ${VERIFICATION_PROPERTY}; use setVerification`);
  }
  if (CREATION_PROPERTY in properties) {
    throw badUserInput(argument, `${argument} cannot set ${CREATION_PROPERTY}; the creating mutation records it`);
  }
  return properties;
}

/** An id for an entity whose derived id belongs to another one: random, so it cannot meet that one again. */
function freshEntityId(kind: EntityKind): string {
  return `${KIND_SLUG(kind)}-${randomBytes(6).toString('hex')}`;
}

/** An entity input checked and resolved to its id, ready to be merged over the stored entity, if any. */
export interface PreparedEntity {
  id: string;
  /** Whether the input named the id (then the entity must exist). */
  givenId: boolean;
  kind: EntityKind;
  /** The checked name and city, which likely duplicates are looked for by. */
  name: string;
  city: string | null;
  /** The sources the input gives; the first is what a second curator verifies a proposed change against. */
  sources: Source[];
  /** The entity to store, given what is stored under the id; refuses a kind change or a policy entity. */
  merge(stored: GraphNode | null): GraphNode;
}

/**
 * Checks an entity input and derives its id, without reading the store. New sources are added to the
 * stored ones, properties are merged over them, other given fields replace theirs; a Project's type and
 * status codes are checked on the merged properties (a missing or unknown one is BAD_USER_INPUT).
 */
export function prepareEntity(input: UpsertEntityArgs, freshId?: string): PreparedEntity {
  const kind = input.kind as EntityKind;
  refuseKind(kind);
  const name = requiredText('input.name', input.name, MAX_NAME_LENGTH);
  const sources = sourcesOf('input.sources', input.sources);
  const properties = withoutVerification('input.properties', propertiesOf('input.properties', input.properties));
  checkCoordinateProperties('input.properties', properties);
  const aliases =
    input.aliases === null || input.aliases === undefined ? undefined : aliasesOf('input.aliases', input.aliases, name);
  const givenId = input.id === null || input.id === undefined ? undefined : idOf(input.id);
  if (givenId !== undefined && givenId.trim() === '') throw badUserInput('input.id', 'input.id must not be empty');

  // Checked before the store is read; the merge checks it again over the stored place.
  const { province, city } = placeOf(input, null);
  const id = givenId ?? freshId ?? derivedEntityId(kind, name, province, city);
  return {
    id,
    givenId: givenId !== undefined,
    kind,
    name,
    city,
    sources,
    merge(stored) {
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
        ...placeOf(input, stored ?? null),
        description: keptOrSet('input.description', input.description, stored?.description ?? null, 5000),
        properties: { ...(stored?.properties ?? {}), ...properties },
        sources: mergeSources(stored?.sources ?? [], sources),
      };
      if (kind === 'Project') {
        const problems = projectPropertyProblems(entity.properties);
        if (problems.length > 0) throw badUserInput('input.properties', `Project ${id}: ${problems.join('; ')}`);
      }
      requireStorableSize('input', entity);
      return entity;
    },
  };
}

/**
 * Creates or updates an entity. With an id, that entity must exist (NOT_FOUND otherwise) and keep its kind. Without
 * one the id is derived (see derivedEntityId), and:
 * - an entity stored under it that still answers to the name is the same one, sent again: it is updated;
 * - one stored under it that has since been renamed is someone else's entity now, never merged into: the answer is
 *   POSSIBLE_DUPLICATE naming it, or with `newEntity` a new entity under a fresh id;
 * - with the id free, stored entities of the kind that answer to the name (see likelyDuplicates) are
 *   POSSIBLE_DUPLICATE with the candidates, unless `newEntity` says this is another one.
 * See prepareEntity for the merge.
 */
export async function upsertEntity(
  store: GraphStore,
  session: CuratorSession,
  input: UpsertEntityArgs,
): Promise<UpsertedEntity> {
  const prepared = prepareEntity(input);
  const result = await withWriteLock(store, prepared.id, async () => {
    const [stored] = await store.getNodes([prepared.id]);
    if (!prepared.givenId && stored && !answersTo(stored, prepared.name)) {
      if (input.newEntity) return null;
      throw possibleDuplicate(
        `${prepared.id}, the id this name once had, belongs to "${stored.name}" now (renamed since); ` +
          `send its id to update it, or newEntity: true to create another entity named "${prepared.name}".`,
        [stored, ...(await likelyDuplicates(store, prepared)).filter((node) => node.id !== stored.id)],
      );
    }
    if (!prepared.givenId && !stored && !input.newEntity) {
      const candidates = await likelyDuplicates(store, prepared);
      if (candidates.length > 0) {
        throw possibleDuplicate(
          `${candidates.length === 1 ? 'An entity' : `${candidates.length} entities`} of kind ${prepared.kind} ` +
            `already answer to "${prepared.name}": send the id of the one you mean to update it, or newEntity: true ` +
            'if yours is a different one.',
          candidates,
        );
      }
    }
    return writeEntity(store, session, prepared, stored ?? null);
  });
  if (result) return result;
  // A fresh random id: no lock to wait for, and nothing stored under it to merge with.
  return writeEntity(store, session, prepareEntity(input, freshEntityId(prepared.kind)), null);
}

/** Merges the input over what is stored and writes it (or proposes it, for a verified entity). The caller holds the lock. */
async function writeEntity(
  store: GraphStore,
  session: CuratorSession,
  prepared: PreparedEntity,
  stored: GraphNode | null,
): Promise<UpsertedEntity> {
  const merged = prepared.merge(stored);
  if (stored && verificationStatusOf(stored) === 'verified') {
    // A verified fact changes only through a second curator (docs/decisions/review.md).
    const proposal = await proposeChange(session, { before: stored, after: merged, source: prepared.sources[0] });
    return { entity: stored, created: false, proposal };
  }
  const entity = stored
    ? merged
    : { ...merged, properties: { ...merged.properties, [CREATION_PROPERTY]: creationFor(session.curator) } };
  await store.upsertNodes([entity]);
  await recordCuratorEdit(session.curation.curatorEditsFile, { nodes: [entity] });
  await session.curation.indexSync.notify([entity.id]);
  return { entity, created: !stored };
}

function allowedPairs(type: keyof typeof RELATION_ENDPOINTS): string {
  return RELATION_ENDPOINTS[type].map(({ from, to }) => `${from.join('/')} → ${to.join('/')}`).join('; ');
}

/** BAD_USER_INPUT naming the allowed pairs when the model does not join these two kinds by `type`. */
export function requireAllowedEndpoints(type: RelationType, from: GraphNode, to: GraphNode, argument: string): void {
  if (!allowsEndpoints(type, from.kind, to.kind)) {
    throw apiError(
      'BAD_USER_INPUT',
      `${type} cannot join a ${from.kind} to a ${to.kind}; it joins ${allowedPairs(type)}.`,
      { argument },
    );
  }
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
  const properties = withoutVerification('input.properties', propertiesOf('input.properties', input.properties));
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
    requireAllowedEndpoints(type, fromNode, toNode, 'input.type');
    const stored = (await store.getRelationships({ nodeIds: [from], direction: 'out', types: [type] })).find(
      (r) => r.id === id,
    );
    const relationship: GraphRelationship = {
      id,
      type,
      from,
      to,
      properties: {
        ...(stored?.properties ?? {}),
        ...properties,
        ...(stored ? {} : { [CREATION_PROPERTY]: creationFor(session.curator) }),
      },
      sources: mergeSources(stored?.sources ?? [], sources),
    };
    requireStorableSize('input', relationship);
    if (stored && verificationStatusOf(stored) === 'verified') {
      const proposal = await proposeChange(session, { before: stored, after: relationship, source: sources[0] });
      return { relationship: stored, created: false, proposal };
    }
    await store.upsertRelationships([relationship]);
    await recordCuratorEdit(session.curation.curatorEditsFile, { relationships: [relationship] });
    // Both ends' documents count relationships (their degree ranks them in search).
    await session.curation.indexSync.notify([from, to]);
    return { relationship, created: !stored };
  });
}
