import type { ImportLimits } from './import-limits.ts';
import type { ParsedImportFile } from './parsed-file.ts';
import { checkNode, checkRelationship, normalizeDeep } from './record-rules.ts';

/** Top-level members an export writes besides the records; the importer reads past them. */
const METADATA_MEMBERS = new Set(['format', 'formatVersion', 'datasetVersion', 'exportedAt', 'source']);

/**
 * Reads the JSON exchange format: `{ "nodes": [GraphNode…], "relationships": [GraphRelationship…] }`,
 * the shape the JSON export writes, so an export can be imported again as it is.
 */
export function readJsonImportFile(file: string, text: string, limits: ImportLimits): ParsedImportFile {
  const parsed: ParsedImportFile = { file, format: 'json', recordCount: 0, nodes: [], relationships: [], issues: [] };
  const issue = (row: number, field: string, reason: string) => parsed.issues.push({ file, row, field, reason });

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    issue(0, '(file)', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return parsed;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    issue(0, '(file)', 'must be a JSON object with "nodes" and "relationships" arrays');
    return parsed;
  }
  const top = document as Record<string, unknown>;
  // The manifest.json beside a CSV export describes the CSV files; it holds no records itself, but it tells which
  // files of the run are that export's, unedited (by their SHA-256).
  if (top.format === 'icg-graph-csv') {
    if (Array.isArray(top.files)) {
      parsed.exportManifest = top.files.flatMap((entry: unknown) => {
        const { name, sha256 } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
        return typeof name === 'string' && typeof sha256 === 'string' ? [{ name, sha256 }] : [];
      });
    }
    return parsed;
  }
  if (typeof top.datasetVersion === 'string') parsed.exportedVersion = top.datasetVersion;
  for (const key of Object.keys(top)) {
    if (key !== 'nodes' && key !== 'relationships' && !METADATA_MEMBERS.has(key)) {
      // An empty member name would leave the report's field blank; quoted, it shows what is there.
      issue(0, key === '' ? '""' : key, 'unknown member; the file holds "nodes" and "relationships"');
    }
  }
  const lists = { nodes: top.nodes ?? [], relationships: top.relationships ?? [] };
  for (const [member, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) issue(0, member, 'must be an array');
  }
  const nodes = Array.isArray(lists.nodes) ? (lists.nodes as unknown[]) : [];
  const relationships = Array.isArray(lists.relationships) ? (lists.relationships as unknown[]) : [];
  parsed.recordCount = nodes.length + relationships.length;
  if (parsed.recordCount > limits.maxRecordsPerFile) {
    issue(0, '(file)', `holds ${parsed.recordCount} records; the limit is ${limits.maxRecordsPerFile} per file`);
    return parsed;
  }

  const read = <T>(
    member: 'nodes' | 'relationships',
    items: unknown[],
    check: (
      input: Record<string, unknown>,
      report: (field: string, reason: string) => void,
      name: (f: string) => string,
    ) => T | undefined,
    into: { file: string; row: number; field: (name: string) => string; record: T }[],
  ) => {
    const field = (name: string) => `${member}.${name}`;
    items.forEach((item, index) => {
      const row = index + 1;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        issue(row, `${member}`, 'each record must be an object');
        return;
      }
      const record = check(
        normalizeDeep(item) as Record<string, unknown>,
        (name, reason) => issue(row, name, reason),
        field,
      );
      if (record) into.push({ file, row, field, record });
    });
  };
  read('nodes', nodes, (input, report, name) => checkNode(input, limits, report, name), parsed.nodes);
  read(
    'relationships',
    relationships,
    (input, report, name) => checkRelationship(input, limits, report, name),
    parsed.relationships,
  );
  return parsed;
}
