import path from 'node:path';
import { ENTITY_KIND_LABELS_ZH, ENTITY_KINDS, isEntityKind, type EntityKind } from '../../model/entity-kinds.ts';
import type { JsonValue } from '../../model/graph-records.ts';
import { normalizeText } from '../../model/normalize-text.ts';
import { parseListCell, parsePropertiesCell, parsePropertyCell, parseSourcesCell } from '../csv/cells.ts';
import { parseCsv, type CsvRecord } from '../csv/csv.ts';
import {
  columnKey,
  FACT_COLUMNS,
  NODE_KIND_COLUMN,
  NODE_LEADING_COLUMNS,
  NODE_TRAILING_COLUMNS,
  nodeColumnKeys,
  PROPERTY_COLUMNS,
  RELATIONSHIP_COLUMNS,
  type PropertyColumn,
} from '../csv/kind-columns.ts';
import { checkFactCells } from './fact-cells.ts';
import { formatBytes, utf8Bytes, type ImportLimits } from './import-limits.ts';
import type { ParsedImportFile } from './parsed-file.ts';
import { checkNode, checkRelationship } from './record-rules.ts';

const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

const KIND_BY_NAME = new Map<string, EntityKind>();
for (const kind of ENTITY_KINDS) {
  KIND_BY_NAME.set(squash(kind), kind);
  for (const label of ENTITY_KIND_LABELS_ZH[kind].split('/')) KIND_BY_NAME.set(squash(label), kind);
}

/**
 * The kind a node file holds, from its name: the whole name or its last part after `.`, `-` or `_`
 * names a kind in English (`Enterprise`, `heritage-site`, case and dashes ignored) or in Chinese
 * (`工业遗产`): `Enterprise.csv`, `2024-survey.HeritageSite.csv`, `南京-工业遗产.csv`.
 */
export function kindFromFileName(file: string): EntityKind | undefined {
  const base = path.basename(file).replace(/\.csv$/i, '');
  const lastDot = base.split('.').at(-1) ?? base;
  const lastPart = lastDot.split(/[-_]/).at(-1) ?? lastDot;
  for (const candidate of [base, lastDot, lastPart]) {
    const kind = KIND_BY_NAME.get(squash(candidate));
    if (kind) return kind;
  }
  return undefined;
}

interface Header {
  keys: string[];
  /** Column index by key. */
  index: Map<string, number>;
}

function readHeader(
  record: CsvRecord,
  allowed: ReadonlySet<string>,
  required: readonly string[],
  issue: (row: number, field: string, reason: string) => void,
): Header | undefined {
  const keys = record.fields.map(columnKey);
  const index = new Map<string, number>();
  let valid = true;
  keys.forEach((key, position) => {
    const shown = record.fields[position]!.trim() || `column ${position + 1}`;
    if (key === '') {
      if (record.fields.length > 1) {
        issue(record.record, shown, 'a column without a name in the header');
        valid = false;
      }
      return;
    }
    if (!allowed.has(key)) {
      issue(record.record, shown, `unknown column "${key}"; this file can have ${[...allowed].join(', ')}`);
      valid = false;
      return;
    }
    if (index.has(key)) {
      issue(record.record, shown, `column "${key}" appears twice`);
      valid = false;
      return;
    }
    index.set(key, position);
  });
  for (const key of required) {
    if (!index.has(key)) {
      issue(record.record, key, `the header has no "${key}" column`);
      valid = false;
    }
  }
  return valid ? { keys, index } : undefined;
}

/**
 * The cells of a data row by column key, trimmed and normalised. Spreadsheets drop trailing empty
 * cells, so a short row is padded; a long row is accepted only if the extra cells are empty.
 */
function rowCells(
  record: CsvRecord,
  header: Header,
  limits: ImportLimits,
  issue: (field: string, reason: string) => void,
): Map<string, string> | undefined {
  if (
    record.fields.length > header.keys.length &&
    record.fields.slice(header.keys.length).some((cell) => cell.trim() !== '')
  ) {
    issue('(row)', `has ${record.fields.length} cells; the header has ${header.keys.length} columns`);
    return undefined;
  }
  const cells = new Map<string, string>();
  let valid = true;
  for (const [key, position] of header.index) {
    const raw = record.fields[position] ?? '';
    const bytes = utf8Bytes(raw);
    if (bytes > limits.maxFieldBytes) {
      issue(key, `is ${formatBytes(bytes)}; the limit for one field is ${formatBytes(limits.maxFieldBytes)}`);
      valid = false;
      continue;
    }
    cells.set(key, normalizeText(raw).trim());
  }
  return valid ? cells : undefined;
}

const isBlankRow = (record: CsvRecord) => record.fields.every((cell) => cell.trim() === '');

function nodeInput(
  cells: Map<string, string>,
  kind: EntityKind | undefined,
  issue: (field: string, reason: string) => void,
): Record<string, unknown> | undefined {
  let valid = true;
  const bad = (field: string, reason: string) => {
    valid = false;
    issue(field, reason);
  };
  const text = (key: string) => {
    const value = cells.get(key);
    return value === undefined || value === '' ? null : value;
  };
  const input: Record<string, unknown> = {
    id: text('id') ?? undefined,
    kind: kind ?? text(NODE_KIND_COLUMN) ?? undefined,
    name: text('name') ?? undefined,
    province: text('province'),
    city: text('city'),
    description: text('description'),
  };
  const aliases = parseListCell(cells.get('aliases') ?? '');
  if (aliases.ok) input.aliases = aliases.value;
  else bad('aliases', aliases.reason);

  const fromJson = parsePropertiesCell(cells.get('properties') ?? '');
  if (!fromJson.ok) bad('properties', fromJson.reason);
  const properties: Record<string, JsonValue> = {};
  const rowKind = isEntityKind(input.kind) ? input.kind : undefined;
  const documented = new Map<string, PropertyColumn>((rowKind ? PROPERTY_COLUMNS[rowKind] : []).map((c) => [c.key, c]));
  const fixed = new Set<string>([...NODE_LEADING_COLUMNS, ...NODE_TRAILING_COLUMNS, ...FACT_COLUMNS, NODE_KIND_COLUMN]);
  for (const [key, cell] of cells) {
    if (fixed.has(key) || cell === '') continue;
    const column = documented.get(key);
    if (!column) {
      if (rowKind) bad(key, `is not a column of ${rowKind}; put the value in the properties column instead`);
      continue;
    }
    const value = parsePropertyCell(column, cell);
    if (!value.ok) bad(key, value.reason);
    else if (fromJson.ok && key in fromJson.value) bad(key, `"${key}" is also given in the properties column`);
    else properties[key] = value.value;
  }
  input.properties = fromJson.ok ? { ...properties, ...fromJson.value } : properties;

  const sources = parseSourcesCell(cells.get('sources') ?? '');
  // An empty cell reads as a missing value, not as an empty list.
  if (sources.ok) input.sources = sources.value.length > 0 ? sources.value : undefined;
  else bad('sources', sources.reason);
  return valid ? input : undefined;
}

/**
 * Reads one CSV file: a node file (one kind, named by the file or by a `kind` column) or a
 * relationship file (a header with `type`, `from` and `to`). Every bad row is reported.
 */
export function readCsvImportFile(file: string, text: string, limits: ImportLimits): ParsedImportFile {
  const parsed: ParsedImportFile = {
    file,
    format: 'unknown',
    recordCount: 0,
    nodes: [],
    relationships: [],
    issues: [],
  };
  const issue = (row: number, field: string, reason: string) => parsed.issues.push({ file, row, field, reason });

  const { records, problems } = parseCsv(text);
  for (const problem of problems) issue(problem.record, '(row)', `malformed CSV: ${problem.reason}`);
  const [headerRecord, ...rows] = records;
  if (!headerRecord) {
    if (problems.length === 0) issue(0, '(file)', 'is empty: it needs a header row');
    return parsed;
  }
  const dataRows = rows.filter((row) => !isBlankRow(row));
  parsed.recordCount = dataRows.length;
  if (dataRows.length > limits.maxRecordsPerFile) {
    issue(0, '(file)', `holds ${dataRows.length} rows; the limit is ${limits.maxRecordsPerFile} per file`);
    return parsed;
  }

  const headerKeys = new Set(headerRecord.fields.map(columnKey));
  const isRelationshipFile = headerKeys.has('type') && headerKeys.has('from') && headerKeys.has('to');

  if (isRelationshipFile) {
    parsed.format = 'csv-relationships';
    const header = readHeader(headerRecord, new Set(RELATIONSHIP_COLUMNS), ['type', 'from', 'to', 'sources'], issue);
    if (!header) return parsed;
    for (const record of dataRows) {
      const report = (field: string, reason: string) => issue(record.record, field, reason);
      const cells = rowCells(record, header, limits, report);
      if (!cells) continue;
      const fromJson = parsePropertiesCell(cells.get('properties') ?? '');
      const sources = parseSourcesCell(cells.get('sources') ?? '');
      if (!fromJson.ok) report('properties', fromJson.reason);
      if (!sources.ok) report('sources', sources.reason);
      if (!fromJson.ok || !sources.ok) continue;
      const input = {
        id: cells.get('id') || undefined,
        type: cells.get('type') || undefined,
        from: cells.get('from') || undefined,
        to: cells.get('to') || undefined,
        properties: fromJson.value,
        sources: sources.value.length > 0 ? sources.value : undefined,
      };
      const relationship = checkRelationship(input, limits, report);
      if (relationship && checkFactCells(relationship, cells, report))
        parsed.relationships.push({ file, row: record.record, field: (name) => name, record: relationship });
    }
    return parsed;
  }

  parsed.format = 'csv-nodes';
  const fileKind = kindFromFileName(file);
  if (fileKind) parsed.kind = fileKind;
  if (!fileKind && !headerKeys.has(NODE_KIND_COLUMN)) {
    issue(
      headerRecord.record,
      NODE_KIND_COLUMN,
      'cannot tell which kind the file holds: name the file after the kind (Enterprise.csv, 工业遗产.csv) ' +
        'or add a kind column',
    );
    return parsed;
  }
  const allowed = new Set<string>([NODE_KIND_COLUMN]);
  for (const kind of fileKind ? [fileKind] : ENTITY_KINDS) for (const key of nodeColumnKeys(kind)) allowed.add(key);
  const header = readHeader(headerRecord, allowed, ['id', 'name', 'sources'], issue);
  if (!header) return parsed;
  for (const record of dataRows) {
    const report = (field: string, reason: string) => issue(record.record, field, reason);
    const cells = rowCells(record, header, limits, report);
    if (!cells) continue;
    const rowKind = cells.get(NODE_KIND_COLUMN);
    if (fileKind && rowKind && rowKind !== fileKind) {
      report(NODE_KIND_COLUMN, `"${rowKind}" in a file of ${fileKind}`);
      continue;
    }
    const input = nodeInput(cells, fileKind, report);
    if (!input) continue;
    const node = checkNode(input, limits, report);
    if (node && checkFactCells(node, cells, report))
      parsed.nodes.push({ file, row: record.record, field: (name) => name, record: node });
  }
  return parsed;
}
