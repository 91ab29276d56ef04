import type { GraphNode, GraphRelationship, JsonValue, Source } from './graph-records.ts';
import { relationshipId } from './graph-records.ts';
import { compactJson, isJsonObject, type JsonObject, keep } from './json-object.ts';
import { normalizeText } from './normalize-text.ts';
import { isSource, sourceToJson } from './source-guard.ts';

/**
 * A name an entity bore at some time other than the name it is shown under: 保兴面粉厂 for 茂新面粉厂,
 * 减店公社酒厂 for 古井集团. "Former" is seen from today, so for a works that has closed it can also be a
 * name taken after its best-known one (国营常州第四棉纺织厂 for 大明纺织厂). Stored as
 * `properties.formerNames`, and every name is repeated in `aliases` so that lookups and search by the old
 * name reach today's entity (see withFormerNames).
 */
export interface FormerName {
  name: string;
  /** First year the name was in use, where a source gives it. */
  from?: number;
  /** Year the name stopped being used (the year of the change), where a source gives it. */
  to?: number;
  /** What the period rests on, or how the change happened (公私合营, 接盘改组). */
  note?: string;
  /** Where the name and its dates are stated. */
  source?: Source;
}

/** A person named as someone's master or apprentice (`properties.masters`, `properties.apprentices`). */
export interface PersonReference {
  name: string;
  /** The person's node, when the graph has one; then an APPRENTICE_OF relationship exists too. */
  id?: string;
  /** Year the apprenticeship began, where a source gives it. */
  year?: number;
  /** Id of the Technique node that was taught. */
  technique?: string;
  source?: Source;
}

const isYear = (value: unknown): value is number => Number.isInteger(value);
const optional = (value: unknown, check: (field: unknown) => boolean): boolean => value === undefined || check(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export function isFormerName(value: unknown): value is FormerName {
  if (!isJsonObject(value)) return false;
  const { name, from, to, note, source } = value;
  return (
    isText(name) &&
    optional(from, isYear) &&
    optional(to, isYear) &&
    !(isYear(from) && isYear(to) && from > to) &&
    optional(note, isText) &&
    optional(source, isSource)
  );
}

export function isPersonReference(value: unknown): value is PersonReference {
  if (!isJsonObject(value)) return false;
  const { name, id, year, technique, source } = value;
  return (
    isText(name) &&
    optional(id, isText) &&
    optional(year, isYear) &&
    optional(technique, isText) &&
    optional(source, isSource)
  );
}

/** The well-formed entries of `properties.formerNames`, in stored order; anything else there is ignored. */
export function formerNamesOf(node: Pick<GraphNode, 'properties'>): FormerName[] {
  const stored = node.properties.formerNames;
  return Array.isArray(stored) ? keep(stored, isFormerName) : [];
}

/** The well-formed entries of `properties.masters` or `properties.apprentices`. */
export function personReferencesOf(
  node: Pick<GraphNode, 'properties'>,
  key: 'masters' | 'apprentices',
): PersonReference[] {
  const stored = node.properties[key];
  return Array.isArray(stored) ? keep(stored, isPersonReference) : [];
}

export function formerNameToJson({ name, from, to, note, source }: FormerName): JsonObject {
  return compactJson({ name, from, to, note, source: source && sourceToJson(source) });
}

export function personReferenceToJson({ name, id, year, technique, source }: PersonReference): JsonObject {
  return compactJson({ name, id, year, technique, source: source && sourceToJson(source) });
}

/**
 * Returns `node` with `names` added to `properties.formerNames` and to `aliases`. Names are normalised
 * (normalizeText); a name already listed is not added twice (the first entry wins), and a name equal to
 * the node's own name is not made an alias.
 */
export function withFormerNames(node: GraphNode, names: readonly FormerName[]): GraphNode {
  const formerNames = formerNamesOf(node);
  const known = new Set(formerNames.map(({ name }) => name));
  for (const candidate of names) {
    const name = normalizeText(candidate.name).trim();
    if (name === '' || known.has(name)) continue;
    known.add(name);
    formerNames.push({ ...candidate, name });
  }
  const aliases = [...node.aliases];
  for (const { name } of formerNames) {
    if (name !== node.name && !aliases.includes(name)) aliases.push(name);
  }
  const properties: Record<string, JsonValue> = { ...node.properties };
  if (formerNames.length) properties.formerNames = formerNames.map(formerNameToJson);
  return { ...node, aliases, properties };
}

export interface ApprenticeRelationshipInput {
  /** Id of the apprentice's node. */
  apprentice: string;
  /** Id of the master's node. */
  master: string;
  /** Id of the Technique node that was taught, when known. */
  technique?: string;
  year?: number;
  sources: Source[];
}

/** An APPRENTICE_OF relationship, apprentice → master, with the technique and year as properties. */
export function createApprenticeRelationship({
  apprentice,
  master,
  technique,
  year,
  sources,
}: ApprenticeRelationshipInput): GraphRelationship {
  return {
    id: relationshipId('APPRENTICE_OF', apprentice, master),
    type: 'APPRENTICE_OF',
    from: apprentice,
    to: master,
    properties: compactJson({ technique, year }),
    sources,
  };
}
