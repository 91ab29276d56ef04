import { ENTITY_COLUMNS } from '../../records/entity-row.ts';
import { isEntityKind } from '../../model/entity-kinds.ts';
import {
  relationshipId,
  type GraphNode,
  type GraphRelationship,
  type JsonValue,
  type Source,
} from '../../model/graph-records.ts';
import { recordSizeProblem } from '../../model/entity-limits.ts';
import { jsonValueProblem, normalizeJsonStrings } from '../../model/json-values.ts';
import { projectPropertyProblems } from '../../model/project.ts';
import { isRelationType } from '../../model/relation-types.ts';
import { toEntityRow } from '../../records/entity-row.ts';
import { toRelatesRow } from '../../records/relates-row.ts';
import { designationsProblems } from './designation-rules.ts';
import { formatBytes, utf8Bytes, type ImportLimits } from './import-limits.ts';
import { checkNodeTexts, importedPlace, sourceTextProblem } from './vocabulary-rules.ts';

/** Reports a problem with one field of the record being checked. */
export type ReportField = (field: string, reason: string) => void;

/**
 * Every string of an imported record, object keys included, normalised once here at the border
 * (NFC, unpaired surrogates replaced): the same rule the API and the seed parsers follow. The record is
 * level 0, so its properties are level 1 as jsonValueProblem counts them; nothing past the depth limit is walked.
 */
export function normalizeDeep(value: unknown): unknown {
  return normalizeJsonStrings(value, 0);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `value` is not plain JSON within the depth limit (jsonValueProblem), or null. */
function jsonProblem(value: unknown, path: string): string | null {
  return jsonValueProblem(value, path) ?? null;
}

const SOURCE_TEXT_FIELDS = ['document', 'url', 'locator', 'takenAt'] as const;

/** http or https, no white space: what a curator copies from a browser's address bar. */
const WEB_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/**
 * Every record carries at least one source, and each source names where the fact is: a web page
 * (`url`) or a document (`document`). `locator` and `takenAt` (a real day, month or year: sourceTextProblem) are optional; further fields
 * (`author`, `publisher`, `publishedAt`, `documentNumber`) are kept and used by citations.
 */
function checkSources(value: unknown, field: string, report: ReportField): Source[] | undefined {
  if (value === undefined || value === null) {
    report(field, 'missing: every record needs at least one source (a url or a document title)');
    return undefined;
  }
  if (!Array.isArray(value)) {
    report(field, 'must be a list of sources');
    return undefined;
  }
  if (value.length === 0) {
    report(field, 'empty: every record needs at least one source (a url or a document title)');
    return undefined;
  }
  let valid = true;
  value.forEach((source: unknown, index) => {
    const which = value.length > 1 ? `source ${index + 1}` : 'the source';
    if (!isPlainObject(source)) {
      report(field, `${which} must be an object with url, document, locator or takenAt`);
      valid = false;
      return;
    }
    const problem = jsonProblem(source, which);
    if (problem) {
      report(field, problem);
      valid = false;
      return;
    }
    for (const key of SOURCE_TEXT_FIELDS) {
      const text = source[key];
      if (text !== undefined && typeof text !== 'string') {
        report(field, `${which}: ${key} must be text`);
        valid = false;
      }
    }
    const url = typeof source.url === 'string' ? source.url.trim() : '';
    const document = typeof source.document === 'string' ? source.document.trim() : '';
    if (url === '' && document === '') {
      report(field, `${which} names neither a url nor a document`);
      valid = false;
    }
    if (url !== '' && !WEB_URL.test(url)) {
      report(field, `${which}: url ${JSON.stringify(url)} is not an http(s) address`);
      valid = false;
    }
    const textProblem = sourceTextProblem(source, which);
    if (textProblem) {
      report(field, textProblem);
      valid = false;
    }
  });
  return valid ? (value as Source[]) : undefined;
}

function checkSize(value: unknown, field: string, limits: ImportLimits, report: ReportField): boolean {
  if (value === undefined || value === null) return true;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const bytes = utf8Bytes(text);
  if (bytes <= limits.maxFieldBytes) return true;
  report(field, `is ${formatBytes(bytes)}; the limit for one field is ${formatBytes(limits.maxFieldBytes)}`);
  return false;
}

/**
 * Whether a field can be measured as JSON text: properties or sources already refused may nest deeper than
 * JSON.stringify can walk, and their problem is reported already.
 */
function sizeable(field: string, properties: unknown, sources: unknown): boolean {
  return (field !== 'properties' || properties !== undefined) && (field !== 'sources' || sources !== undefined);
}

function requiredText(value: unknown, field: string, report: ReportField): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    report(field, 'missing');
    return undefined;
  }
  if (typeof value !== 'string') {
    report(field, 'must be text');
    return undefined;
  }
  return value;
}

function requiredId(value: unknown, field: string, report: ReportField): string | undefined {
  const id = requiredText(value, field, report);
  if (id !== undefined && id !== id.trim()) {
    report(field, `${JSON.stringify(id)} has leading or trailing spaces`);
    return undefined;
  }
  return id;
}

function optionalText(value: unknown, field: string, report: ReportField): string | null | false {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    report(field, 'must be text or null');
    return false;
  }
  return value;
}

function optionalObject(value: unknown, field: string, report: ReportField): Record<string, JsonValue> | undefined {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) {
    report(field, 'must be an object');
    return undefined;
  }
  const problem = jsonProblem(value, field);
  if (problem) {
    report(field, problem);
    return undefined;
  }
  return value as Record<string, JsonValue>;
}

const NODE_FIELDS: ReadonlySet<string> = new Set(ENTITY_COLUMNS);
const RELATIONSHIP_FIELDS = new Set(['id', 'type', 'from', 'to', 'properties', 'sources']);

/** `field` under the prefix the file format uses (`nodes.` in JSON, nothing in CSV). */
export type FieldName = (field: string) => string;

/**
 * Checks one node, already decoded from JSON or CSV and normalised, reporting every problem it
 * finds. Returns the node when there is none. `aliases`, `province`, `city`, `description` and
 * `properties` may be omitted (empty, null, {}); `id`, `kind`, `name` and `sources` may not.
 */
export function checkNode(
  input: Record<string, unknown>,
  limits: ImportLimits,
  report: ReportField,
  name: FieldName = (field) => field,
): GraphNode | undefined {
  let valid = true;
  const fail: ReportField = (field, reason) => {
    valid = false;
    report(field, reason);
  };
  for (const key of Object.keys(input)) {
    if (!NODE_FIELDS.has(key)) fail(name(key), `unknown field; a node has ${[...NODE_FIELDS].join(', ')}`);
  }
  const id = requiredId(input.id, name('id'), fail);
  if (input.kind === undefined || input.kind === '') fail(name('kind'), 'missing');
  else if (!isEntityKind(input.kind)) fail(name('kind'), `unknown kind ${JSON.stringify(input.kind)}`);
  const nodeName = requiredText(input.name, name('name'), fail);
  let aliases: string[] = [];
  if (input.aliases !== undefined && input.aliases !== null) {
    if (!Array.isArray(input.aliases) || !input.aliases.every((alias) => typeof alias === 'string')) {
      fail(name('aliases'), 'must be a list of names');
    } else aliases = input.aliases as string[];
  }
  const province = optionalText(input.province, name('province'), fail);
  const city = optionalText(input.city, name('city'), fail);
  const place = province === false || city === false ? undefined : importedPlace({ province, city }, fail, name);
  const description = optionalText(input.description, name('description'), fail);
  checkNodeTexts({ name: nodeName, aliases, description }, fail, name);
  const properties = optionalObject(input.properties, name('properties'), fail);
  const sources = checkSources(input.sources, name('sources'), fail);
  for (const problem of designationsProblems(properties?.designations)) {
    fail(name('properties'), `designations: ${problem}`);
  }
  if (input.kind === 'Project' && properties) {
    for (const problem of projectPropertyProblems(properties)) fail(name('properties'), problem);
  }
  for (const field of ['id', 'name', 'province', 'city', 'description', 'aliases', 'properties', 'sources'] as const) {
    if (!sizeable(field, properties, sources)) continue;
    if (!checkSize(input[field], name(field), limits, report)) valid = false;
  }
  if (!valid || id === undefined || nodeName === undefined || !isEntityKind(input.kind)) return undefined;
  if (!place || description === false || !properties || !sources) return undefined;
  const node: GraphNode = {
    id,
    kind: input.kind,
    name: nodeName,
    aliases,
    province: place.province,
    city: place.city,
    description,
    properties,
    sources,
  };
  const sizeProblem = recordSizeProblem(node);
  if (sizeProblem) {
    report('(row)', sizeProblem);
    return undefined;
  }
  try {
    toEntityRow(node, 0);
  } catch (error) {
    // The store's own checks are a superset of nothing here; this keeps the two from drifting apart.
    report(name('id'), error instanceof Error ? error.message : String(error));
    return undefined;
  }
  return node;
}

/**
 * Checks one relationship. Without an id, it gets the default one (`from|TYPE|to`, see
 * relationshipId), so the same row always updates the same relationship.
 */
export function checkRelationship(
  input: Record<string, unknown>,
  limits: ImportLimits,
  report: ReportField,
  name: FieldName = (field) => field,
): GraphRelationship | undefined {
  let valid = true;
  const fail: ReportField = (field, reason) => {
    valid = false;
    report(field, reason);
  };
  for (const key of Object.keys(input)) {
    if (!RELATIONSHIP_FIELDS.has(key)) {
      fail(name(key), `unknown field; a relationship has ${[...RELATIONSHIP_FIELDS].join(', ')}`);
    }
  }
  if (input.type === undefined || input.type === '') fail(name('type'), 'missing');
  else if (!isRelationType(input.type)) fail(name('type'), `unknown relationship type ${JSON.stringify(input.type)}`);
  const from = requiredId(input.from, name('from'), fail);
  const to = requiredId(input.to, name('to'), fail);
  let id: string | undefined;
  if (input.id === undefined || input.id === null || input.id === '') {
    if (from !== undefined && to !== undefined && isRelationType(input.type)) id = relationshipId(input.type, from, to);
  } else {
    id = requiredId(input.id, name('id'), fail);
  }
  const properties = optionalObject(input.properties, name('properties'), fail);
  const sources = checkSources(input.sources, name('sources'), fail);
  for (const field of ['id', 'from', 'to', 'properties', 'sources'] as const) {
    if (!sizeable(field, properties, sources)) continue;
    if (!checkSize(input[field], name(field), limits, report)) valid = false;
  }
  if (!valid || id === undefined || from === undefined || to === undefined || !isRelationType(input.type)) {
    return undefined;
  }
  if (!properties || !sources) return undefined;
  const relationship: GraphRelationship = { id, type: input.type, from, to, properties, sources };
  const sizeProblem = recordSizeProblem(relationship);
  if (sizeProblem) {
    report('(row)', sizeProblem);
    return undefined;
  }
  try {
    toRelatesRow(relationship, 0);
  } catch (error) {
    report(name('id'), error instanceof Error ? error.message : String(error));
    return undefined;
  }
  return relationship;
}
