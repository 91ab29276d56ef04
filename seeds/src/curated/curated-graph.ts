import {
  allowsEndpoints,
  designationsOf,
  designationToJson,
  type EntityKind,
  type FormerName,
  type GraphNode,
  type GraphRelationship,
  isEntityKind,
  isRelationType,
  type JsonValue,
  normalizeText,
  relationshipId,
  type RelationType,
} from '@icg/graph';
import { applyCuratedHistory, CURATED_HISTORY_NOTES, type CuratedHistoryNotes } from './apply-curated-history.ts';
import { designationsFromProperties } from './curated-designations.ts';
import { readCuratedData, type ReadCuratedDataOptions } from './curated-files.ts';
import { type CuratedIssue, CuratedIssueLog } from './curated-issue.ts';
import { CURATED_PROVINCES, normalizeProvince, provinceOf } from './curated-places.ts';
import type { CuratedData, CuratedEntity } from './curated-records.ts';
import { curatedRecordSource, curatedSources, isHttpUrl } from './curated-sources.ts';
import { type CuratedConversion, deriveReuseProjects } from './derived-projects.ts';

export interface CuratedGraph {
  /**
   * The two province Places first, then one node per accepted entities.json record, in file order, then the reuse
   * projects the records imply (deriveReuseProjects).
   */
  nodes: GraphNode[];
  /**
   * One per accepted relations.json record in file order, then APPRENTICE_OF, then city PART_OF province, then the
   * derived projects' links.
   */
  relationships: GraphRelationship[];
  issues: CuratedIssue[];
}

export interface CuratedGraphOptions {
  /**
   * The history notes to apply, for trying out a note before adding it.
   * @default the notes of curated-history.ts
   */
  history?: CuratedHistoryNotes;
}

/**
 * Reads the curated files (checking their checksums) and maps them into graph records; see
 * curatedGraphFromRecords for what the mapping does.
 * @throws SeedError `CHECKSUM_MISMATCH` or `MALFORMED_DOCUMENT`, see readCuratedData.
 */
export async function buildCuratedGraph(
  options: ReadCuratedDataOptions & CuratedGraphOptions = {},
): Promise<CuratedGraph> {
  return curatedGraphFromRecords(await readCuratedData(options), options);
}

const NODE_ID = /^[A-Za-z0-9-]+$/;
/** The relation types that place a record in a city. */
const PLACING_TYPES: ReadonlySet<string> = new Set(['LOCATED_IN', 'ORIGINATED_IN', 'ACTIVE_IN', 'SET_IN']);
/** Curated property keys whose texts become the structured `designations` list. */
const DESIGNATION_TEXT_KEYS: ReadonlySet<string> = new Set(['designations', 'other_designations']);
const HERITAGE_LEVELS: ReadonlySet<string> = new Set(['national', 'provincial', 'municipal', 'list']);

interface Accepted {
  entity: CuratedEntity;
  index: number;
  kind: EntityKind;
}

function normalizeJson(value: JsonValue): JsonValue {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, normalizeJson(field)]));
  }
  return value;
}

function normalizeProperties(properties: Record<string, JsonValue> | undefined): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(properties ?? {}).map(([key, value]) => [key, normalizeJson(value)]));
}

const jsonType = (value: JsonValue): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * Maps curated records into graph records. Pure: equal data gives equal output, ids included.
 *
 * - `City` records become `Place` nodes with `properties.level = 'city'`, each PART_OF a province Place
 *   (province-jiangsu 江苏省, province-anhui 安徽省). `province` is the short form 江苏 / 安徽 throughout, as in
 *   the policy seeds; `city` is the city Place's name (a city Place names itself).
 * - Each URL becomes a Source titled by the page where known, else by its host, located by
 *   `entities.json <id>` or `relations.json #<index>` (from 0) and dated CURATED_TAKEN_AT.
 * - All text goes through normalizeText, property values included. Curated property keys are kept as written
 *   (snake_case), except that the `designations` / `other_designations` texts become structured `designations`;
 *   keys the importer adds are camelCase (`formerNames`, `masters`, `apprentices`, `curatedType`).
 * - History: see applyCuratedHistory; SUCCEEDED_BY and MERGED_INTO are kept as curated, with their year.
 * - A curated LEADS from a person becomes HEADS (LEADS is a department leading a policy task in this model).
 * - Problems go to `issues`; a relation whose end is missing is reported there and left out.
 * - Every heritage site CONVERTED_TO a park becomes a reuse Project too (see deriveReuseProjects).
 */
export function curatedGraphFromRecords(
  { entities, relations }: CuratedData,
  { history = CURATED_HISTORY_NOTES }: CuratedGraphOptions = {},
): CuratedGraph {
  const log = new CuratedIssueLog();
  const accepted = acceptEntities(entities, log);
  const nodes = buildNodes(accepted, log);

  const relationships: GraphRelationship[] = [];
  const relationCounts = new Map<string, number>();
  const formerNamesFromRelations = new Map<string, FormerName[]>();
  const placements = new Map<string, { index: number; city: string }[]>();
  const conversions: CuratedConversion[] = [];
  relations.forEach((relation, index) => {
    if (!isRelationType(relation.type)) {
      log.relation(index, 'UNKNOWN_RELATION_TYPE', 'type', `"${relation.type}" is not in RELATION_TYPES; left out`);
      return;
    }
    const from = nodes.get(relation.from);
    const to = nodes.get(relation.to);
    if (!from)
      log.relation(index, 'MISSING_END', 'from', `no node "${relation.from}"; the ${relation.type} is left out`);
    if (!to) log.relation(index, 'MISSING_END', 'to', `no node "${relation.to}"; the ${relation.type} is left out`);
    if (!from || !to) return;

    let type: RelationType = relation.type;
    const properties = normalizeProperties(relation.properties);
    if (type === 'LEADS' && from.kind !== 'Department') {
      type = 'HEADS';
      properties.curatedType = 'LEADS';
      log.relation(
        index,
        'REMAPPED_TYPE',
        'type',
        `LEADS from a ${from.kind} (${JSON.stringify(properties.role ?? null)}) is heading an organisation, ` +
          'not 牵头 of a policy task; emitted as HEADS',
      );
    }
    if (!allowsEndpoints(type, from.kind, to.kind)) {
      log.relation(
        index,
        'UNEXPECTED_ENDPOINTS',
        'type',
        `${type} ${from.kind} → ${to.kind} is not in RELATION_ENDPOINTS`,
      );
    }
    const key = relationshipId(type, from.id, to.id);
    const occurrence = (relationCounts.get(key) ?? 0) + 1;
    relationCounts.set(key, occurrence);
    if (occurrence > 1) {
      log.relation(
        index,
        'DUPLICATE_RELATION',
        'to',
        `${key} came earlier; this one's id gets qualifier ${occurrence}`,
      );
    }
    checkSources(relation.sources, (code, reason) => log.relation(index, code, 'sources', reason));

    const relationship: GraphRelationship = {
      id: relationshipId(type, from.id, to.id, occurrence > 1 ? String(occurrence) : undefined),
      type,
      from: from.id,
      to: to.id,
      properties,
      sources: curatedSources(relation.sources),
    };
    relationships.push(relationship);
    if (type === 'CONVERTED_TO') conversions.push({ relationship, index });

    if (PLACING_TYPES.has(type) && to.properties.level === 'city') {
      placements.set(from.id, [...(placements.get(from.id) ?? []), { index, city: to.name }]);
    }
    // A founding under another name: 朱恒顺糟坊 (1840) for today's 恒顺醋业.
    if (type === 'FOUNDED' && typeof properties.original_name === 'string') {
      const formerName: FormerName = {
        name: properties.original_name,
        source: curatedRecordSource(`relations.json #${index}`),
      };
      if (Number.isInteger(properties.year)) formerName.from = properties.year as number;
      formerNamesFromRelations.set(to.id, [...(formerNamesFromRelations.get(to.id) ?? []), formerName]);
    }
  });

  checkPlacements(accepted, nodes, placements, log);
  const entityById = new Map(accepted.map(({ entity, index }) => [entity.id, { entity, index }]));
  const apprenticeships = applyCuratedHistory(nodes, entityById, formerNamesFromRelations, log, history);
  checkHeritageLevels(accepted, nodes, log);
  const projects = deriveReuseProjects(nodes, conversions, relationships);

  return {
    nodes: [...nodes.values(), ...projects.nodes],
    relationships: [...relationships, ...apprenticeships, ...partOfProvince(accepted), ...projects.relationships],
    issues: log.issues,
  };
}

/** The records that become nodes: valid, unique ids of a known kind (City read as Place). */
function acceptEntities(entities: readonly CuratedEntity[], log: CuratedIssueLog): Accepted[] {
  const accepted: Accepted[] = [];
  const indexOfId = new Map<string, number>();
  entities.forEach((entity, index) => {
    const kind = entity.kind === 'City' ? 'Place' : entity.kind;
    if (!NODE_ID.test(entity.id)) {
      log.entity(index, entity.id, 'INVALID_ID', 'id', 'an id may hold only ASCII letters, digits and -; left out');
    } else if (indexOfId.has(entity.id) || CURATED_PROVINCES.some(({ id }) => id === entity.id)) {
      const holder = indexOfId.has(entity.id) ? `record #${indexOfId.get(entity.id)}` : 'a province Place';
      log.entity(index, entity.id, 'DUPLICATE_ID', 'id', `the id is already used by ${holder}; left out`);
    } else if (!isEntityKind(kind)) {
      log.entity(index, entity.id, 'UNKNOWN_KIND', 'kind', `"${entity.kind}" is not a kind of the model; left out`);
    } else {
      indexOfId.set(entity.id, index);
      accepted.push({ entity, index, kind });
    }
  });
  return accepted;
}

function checkSources(urls: readonly string[], report: (code: 'NO_SOURCES' | 'INVALID_URL', reason: string) => void) {
  if (urls.length === 0) report('NO_SOURCES', 'the record lists no source');
  for (const url of urls) if (!isHttpUrl(url)) report('INVALID_URL', `"${url}" is not an http(s) URL`);
}

function buildNodes(accepted: readonly Accepted[], log: CuratedIssueLog): Map<string, GraphNode> {
  const cities = accepted.filter(({ entity }) => entity.kind === 'City');
  const cityProvinces = new Map(
    cities.map(({ entity }) => [normalizeText(entity.name).trim(), normalizeProvince(entity.province)]),
  );
  const cityNames: ReadonlySet<string> = new Set(cityProvinces.keys());

  const nodes = new Map<string, GraphNode>();
  for (const { province, id, name } of CURATED_PROVINCES) {
    const inProvince = cities.filter(({ entity }) => normalizeProvince(entity.province) === province);
    nodes.set(id, {
      id,
      kind: 'Place',
      name,
      aliases: [province],
      province,
      city: null,
      description: null,
      properties: { level: 'province' },
      // One source per city record naming the province, as Department nodes list each row naming them.
      sources: inProvince.map(({ entity }) => curatedRecordSource(`entities.json ${entity.id} province`)),
    });
  }

  // Per `${kind} ${key}`, the records holding each JSON type of value.
  const propertyTypes = new Map<string, Map<string, { index: number; id: string }[]>>();
  for (const { entity, index, kind } of accepted) {
    const problem = (code: Parameters<CuratedIssueLog['entity']>[2], field: string, reason: string) =>
      log.entity(index, entity.id, code, field, reason);
    const name = normalizeText(entity.name).trim();
    const province = normalizeProvince(normalizeText(entity.province));
    if (province === undefined)
      problem('UNKNOWN_PROVINCE', 'province', `"${entity.province}" is neither 江苏 nor 安徽`);

    let city: string | null = entity.kind === 'City' ? name : null;
    if (entity.city !== undefined) {
      const written = normalizeText(entity.city).trim();
      city = cityNames.has(written) ? written : cityNames.has(`${written}市`) ? `${written}市` : written;
      if (!cityNames.has(city)) problem('UNKNOWN_CITY', 'city', `"${written}" is not the name of a City record`);
      else if (cityProvinces.get(city) !== province) {
        problem(
          'CITY_PROVINCE_MISMATCH',
          'city',
          `${city} is in ${cityProvinces.get(city)}, the record says ${entity.province}`,
        );
      }
    }

    const raw = normalizeProperties(entity.properties);
    for (const [key, value] of Object.entries(raw)) {
      const types = propertyTypes.get(`${kind} ${key}`) ?? new Map<string, { index: number; id: string }[]>();
      types.set(jsonType(value), [...(types.get(jsonType(value)) ?? []), { index, id: entity.id }]);
      propertyTypes.set(`${kind} ${key}`, types);
    }
    for (const listed of Array.isArray(raw.cities) ? raw.cities : []) {
      if (typeof listed === 'string' && !cityNames.has(listed)) {
        problem('UNKNOWN_CITY', 'properties.cities', `"${listed}" is not the name of a City record`);
      }
    }

    const designations = designationsFromProperties(raw, {
      kind: entity.kind,
      provinceName: province === undefined ? undefined : provinceOf(province)?.name,
      cityNames,
    });
    for (const { list, level } of designations) {
      if (level === 'other')
        problem('DESIGNATION_LEVEL_UNKNOWN', 'properties.designations', `no level known for ${list}`);
    }
    const properties = Object.fromEntries(Object.entries(raw).filter(([key]) => !DESIGNATION_TEXT_KEYS.has(key)));
    if (entity.kind === 'City') properties.level = 'city';
    if (designations.length) properties.designations = designations.map(designationToJson);

    const aliases: string[] = [];
    for (const alias of entity.aliases ?? []) {
      const normalized = normalizeText(alias).trim();
      if (normalized !== '' && normalized !== name && !aliases.includes(normalized)) aliases.push(normalized);
    }
    checkSources(entity.sources, (code, reason) => problem(code, 'sources', reason));

    nodes.set(entity.id, {
      id: entity.id,
      kind,
      name,
      aliases,
      province: province ?? normalizeText(entity.province).trim(),
      city,
      description: normalizeText(entity.description).trim(),
      properties,
      sources: curatedSources(entity.sources),
    });
  }

  // A property should hold one type of value within a kind; the records holding the rarer types are reported.
  for (const [kindAndKey, types] of propertyTypes) {
    if (types.size < 2) continue;
    const key = kindAndKey.slice(kindAndKey.indexOf(' ') + 1);
    const [[usual, usualRecords] = ['', []], ...rarer] = [...types].sort(([, a], [, b]) => b.length - a.length);
    for (const [type, records] of rarer) {
      for (const { index, id } of records) {
        const example = usualRecords[0]?.id ?? '';
        log.entity(
          index,
          id,
          'MIXED_PROPERTY_TYPE',
          `properties.${key}`,
          `${type} here, ${usual} in ${usualRecords.length} others (${example}…)`,
        );
      }
    }
  }
  return nodes;
}

/** Does the city field agree with the relations that place the record in a city? */
function checkPlacements(
  accepted: readonly Accepted[],
  nodes: ReadonlyMap<string, GraphNode>,
  placements: ReadonlyMap<string, readonly { index: number; city: string }[]>,
  log: CuratedIssueLog,
): void {
  for (const { entity, index } of accepted) {
    const node = nodes.get(entity.id);
    if (!node || entity.kind === 'City') continue;
    const placed = placements.get(entity.id) ?? [];
    if (node.city !== null && placed.length && !placed.some(({ city }) => city === node.city)) {
      const where = placed.map(({ index: at, city }) => `${city} (relations.json #${at})`).join('、');
      log.entity(index, entity.id, 'CITY_RELATION_MISMATCH', 'city', `city is ${node.city}, relations say ${where}`);
    }
    if (node.city === null && !placed.length && node.properties.cities === undefined) {
      log.entity(index, entity.id, 'CITY_MISSING', 'city', 'no city field, no cities property, no relation to a city');
    }
  }
}

/** A heritage_level should be borne out by a designation at that level. */
function checkHeritageLevels(
  accepted: readonly Accepted[],
  nodes: ReadonlyMap<string, GraphNode>,
  log: CuratedIssueLog,
) {
  for (const { entity, index } of accepted) {
    const node = nodes.get(entity.id);
    const level = node?.properties.heritage_level;
    if (!node || typeof level !== 'string' || !HERITAGE_LEVELS.has(level)) continue;
    if (!designationsOf(node).some((designation) => designation.level === level)) {
      log.entity(
        index,
        entity.id,
        'HERITAGE_LEVEL_UNEXPLAINED',
        'properties.heritage_level',
        `${level}, but no designation is`,
      );
    }
  }
}

/** City Place PART_OF province Place, sourced like the city record that names the province. */
function partOfProvince(accepted: readonly Accepted[]): GraphRelationship[] {
  const relationships: GraphRelationship[] = [];
  for (const { entity } of accepted) {
    const province = entity.kind === 'City' ? provinceOf(normalizeProvince(entity.province) ?? '') : undefined;
    if (!province) continue;
    relationships.push({
      id: relationshipId('PART_OF', entity.id, province.id),
      type: 'PART_OF',
      from: entity.id,
      to: province.id,
      properties: {},
      sources: curatedSources(entity.sources),
    });
  }
  return relationships;
}
