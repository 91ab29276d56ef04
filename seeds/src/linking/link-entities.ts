import {
  allowsEndpoints,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
  type JsonValue,
  type RelationType,
  normalizeText,
  relationshipId,
  type Source,
} from '@icg/graph';

/** The kinds whose own text is read for names: stories, and the profiles of people. */
export const LINKING_SOURCE_KINDS = ['Story', 'Entrepreneur', 'Craftsman'] as const satisfies readonly EntityKind[];

/**
 * Names shorter than this, in code points, are not looked for: a single character (锡, 宁) is part of too
 * many unrelated words to mean the entity.
 */
export const MIN_LINKED_NAME_LENGTH = 2;

/** Why a name of an entity is not looked for in the texts. */
export type SkippedNameReason = 'too-short' | 'ambiguous';

export interface SkippedName {
  name: string;
  reason: SkippedNameReason;
  /** The entities answering to the name (several when ambiguous), sorted. */
  entityIds: string[];
}

export interface EntityLinking {
  /** One MENTIONS per (text's entity, named entity), id `from|MENTIONS|to`, sorted by id. */
  relationships: GraphRelationship[];
  /** Names left out of the search, so a curator can see why an expected link is missing. */
  skippedNames: SkippedName[];
}

interface Mention {
  /** The first written form met, kept as `asWritten`. */
  asWritten: string;
  count: number;
}

/**
 * Finds, in the text of every Story and every Entrepreneur or Craftsman profile (name, description and the
 * text in its properties), the names, aliases and former names of the other entities a MENTIONS may point to
 * (RELATION_ENDPOINTS), and returns one MENTIONS per pair found.
 *
 * Matching is exact and leftmost-longest, so 大生纱厂旧址 links the heritage site and not also the mill named
 * by its first four characters. An entity's name outranks another's alias (see `namesByStanding`); a name two
 * entities of the same standing share cannot tell which is meant and is skipped, as is a name shorter than two
 * characters; both are listed in `skippedNames`. A text never links its own entity.
 * `existing` relationships are left alone: a MENTIONS with the same id is not produced again, nor one between
 * two entities the data already joins by a relationship that says how (张謇 FOUNDED the mill his profile names;
 * a craftsman PRACTICES the technique). Those would only double an edge in every path and neighbourhood. ABOUT
 * does not count: that a story is about 张謇 is the curator's reading, that it names him is the text's.
 *
 * Pure and deterministic: the same nodes always give the same relationships, so a reload upserts in place.
 */
export function linkEntities(nodes: readonly GraphNode[], existing: readonly GraphRelationship[] = []): EntityLinking {
  const { dictionary, skippedNames } = buildNameDictionary(nodes);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const existingIds = new Set(existing.map((relationship) => relationship.id));
  const stated = new Set(
    existing
      .filter((relationship) => !UNSTATED_TYPES.has(relationship.type))
      .flatMap(({ from, to }) => [pairKey(from, to), pairKey(to, from)]),
  );
  const sourceKinds: ReadonlySet<EntityKind> = new Set(LINKING_SOURCE_KINDS);

  const relationships: GraphRelationship[] = [];
  for (const node of nodes) {
    if (!sourceKinds.has(node.kind)) continue;
    const mentions = new Map<string, Mention>();
    for (const text of linkableTexts(node)) {
      for (const { name, entityId } of findNames(text, dictionary)) {
        const target = byId.get(entityId);
        if (!target || entityId === node.id || !allowsEndpoints('MENTIONS', node.kind, target.kind)) continue;
        const mention = mentions.get(entityId);
        if (mention) mention.count += 1;
        else mentions.set(entityId, { asWritten: name, count: 1 });
      }
    }
    for (const [to, { asWritten, count }] of mentions) {
      const id = relationshipId('MENTIONS', node.id, to);
      if (existingIds.has(id) || stated.has(pairKey(node.id, to))) continue;
      relationships.push({
        id,
        type: 'MENTIONS',
        from: node.id,
        to,
        properties: { asWritten, count },
        sources: linkingSources(node.sources, asWritten),
      });
    }
  }
  relationships.sort((a, b) => compare(a.id, b.id));
  return { relationships, skippedNames };
}

/** Relationships that do not say how two entities are related, so a MENTIONS beside them adds something. */
const UNSTATED_TYPES: ReadonlySet<RelationType> = new Set(['ABOUT', 'MENTIONS']);

const pairKey = (from: string, to: string) => `${from}\u0000${to}`;

/**
 * Each name an entity answers to, mapped to that entity, grouped by first code unit with the longest names
 * first, so that the first name that fits at a position is the longest one.
 */
type NameDictionary = ReadonlyMap<string, readonly { name: string; entityId: string }[]>;

function buildNameDictionary(nodes: readonly GraphNode[]): { dictionary: NameDictionary; skippedNames: SkippedName[] } {
  // A name as given outranks an alias: 大生纱厂 is the mill 大生纱厂（江苏大生集团有限公司）, although the
  // heritage site 大生纱厂旧址 also answers to it. Only entities of equal standing make a name ambiguous.
  const owners = new Map<string, Set<string>>();
  const aliasOwners = new Map<string, Set<string>>();
  const own = (into: Map<string, Set<string>>, name: string, id: string) => {
    let ids = into.get(name);
    if (!ids) into.set(name, (ids = new Set()));
    ids.add(id);
  };
  for (const node of nodes) {
    if (!isLinkTarget(node.kind)) continue;
    const { names, aliases } = namesByStanding(node);
    for (const name of names) own(owners, name, node.id);
    for (const alias of aliases) own(aliasOwners, alias, node.id);
  }
  for (const [alias, ids] of aliasOwners) if (!owners.has(alias)) owners.set(alias, ids);

  const skippedNames: SkippedName[] = [];
  const grouped = new Map<string, { name: string; entityId: string }[]>();
  for (const [name, ids] of owners) {
    const entityIds = [...ids].sort(compare);
    if ([...name].length < MIN_LINKED_NAME_LENGTH) {
      skippedNames.push({ name, reason: 'too-short', entityIds });
      continue;
    }
    const [entityId] = entityIds;
    if (entityId === undefined) continue;
    if (entityIds.length > 1) {
      skippedNames.push({ name, reason: 'ambiguous', entityIds });
      continue;
    }
    const first = name.charAt(0);
    let group = grouped.get(first);
    if (!group) grouped.set(first, (group = []));
    group.push({ name, entityId });
  }
  for (const group of grouped.values()) group.sort((a, b) => b.name.length - a.name.length || compare(a.name, b.name));
  skippedNames.sort((a, b) => compare(a.reason, b.reason) || compare(a.name, b.name));
  return { dictionary: grouped, skippedNames };
}

/** Whether some linking source may MENTION an entity of this kind. */
function isLinkTarget(kind: EntityKind): boolean {
  return LINKING_SOURCE_KINDS.some((sourceKind) => allowsEndpoints('MENTIONS', sourceKind, kind));
}

/**
 * What an entity answers to, in two ranks. `names`: its name, and the part before the brackets of a name
 * written `A（B）` (大生纱厂 for 大生纱厂（江苏大生集团有限公司）). `aliases`: its aliases, the former names kept
 * in `properties.formerNames`, and the other parts of bracketed names.
 */
function namesByStanding(node: GraphNode): { names: Set<string>; aliases: Set<string> } {
  const clean = (name: string) => normalizeText(name).trim();
  const name = clean(node.name);
  const names = new Set([name]);
  const [outer, ...inner] = bracketParts(name);
  // A technique's name puts the category first, as the heritage lists do (泥塑（惠山泥人）, 玉雕（苏州玉雕）): the
  // category alone does not name this technique.
  if (outer !== undefined && node.kind !== 'Technique') names.add(outer);
  const aliases = [...inner, ...node.aliases.map(clean), ...formerNamesOf(node).map(clean)];
  for (const alias of [...aliases]) aliases.push(...bracketParts(alias).slice(node.kind === 'Technique' ? 1 : 0));
  return { names: nonEmpty(names), aliases: nonEmpty(aliases) };
}

function formerNamesOf(node: GraphNode): string[] {
  const formerNames = node.properties.formerNames;
  if (!Array.isArray(formerNames)) return [];
  return formerNames.flatMap((former) => {
    if (typeof former === 'string') return [former];
    if (isObject(former) && typeof former.name === 'string') return [former.name];
    return [];
  });
}

function nonEmpty(names: Iterable<string>): Set<string> {
  return new Set([...names].filter((name) => name !== ''));
}

/** The parts of a name written `A（B）` or `A（B、C）`: A, B and C; nothing for a name without brackets. */
function bracketParts(name: string): string[] {
  const match = /^([^（）]+)（([^（）]+)）$/u.exec(name);
  if (!match) return [];
  const [, outer = '', inner = ''] = match;
  return [outer, ...inner.split('、')].map((part) => part.trim());
}

/** Property keys whose values are not prose: the node's own names, and where facts were taken from. */
const NON_TEXT_PROPERTIES: ReadonlySet<string> = new Set(['formerNames', 'source', 'sources', 'url', 'urls']);

/** The texts read for names, each searched on its own so that no match spans two of them. */
function linkableTexts(node: GraphNode): string[] {
  const texts = [node.name];
  if (node.description) texts.push(node.description);
  for (const [key, value] of Object.entries(node.properties)) {
    if (!NON_TEXT_PROPERTIES.has(key)) collectStrings(value, texts);
  }
  return texts.map(normalizeText);
}

function collectStrings(value: JsonValue, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) if (!NON_TEXT_PROPERTIES.has(key)) collectStrings(item, into);
  }
}

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leftmost-longest, non-overlapping occurrences of dictionary names in `text`. */
function findNames(text: string, dictionary: NameDictionary): { name: string; entityId: string }[] {
  const found: { name: string; entityId: string }[] = [];
  let at = 0;
  while (at < text.length) {
    const match = dictionary.get(text.charAt(at))?.find(({ name }) => text.startsWith(name, at));
    if (match) {
      found.push(match);
      at += match.name.length;
    } else {
      at += 1;
    }
  }
  return found;
}

/** The text's own sources, since the link is read from that text; the locator says how it was made. */
function linkingSources(sources: readonly Source[], asWritten: string): Source[] {
  const locator = `entity linking: ${asWritten}`;
  if (sources.length === 0) return [{ locator }];
  return sources.map((source) => ({ ...source, locator }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
