import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GraphStore, GraphWriteProgress } from '../../graph-store.ts';
import type { EntityKind } from '../../model/entity-kinds.ts';
import type { GraphNode, GraphRelationship } from '../../model/graph-records.ts';
import { canonicalJson, datasetVersion } from '../dataset-version.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { sortIssues, type ImportIssue } from './import-issue.ts';
import { DEFAULT_IMPORT_LIMITS, formatBytes, type ImportLimits } from './import-limits.ts';
import { stamped, withoutStamps } from './import-stamps.ts';
import type { ImportFileFormat, Located, ParsedImportFile } from './parsed-file.ts';
import { readCsvImportFile } from './read-csv-file.ts';
import { readJsonImportFile } from './read-json-file.ts';

/** One file to import: its name (for messages and, for CSV, its kind) and its bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
  /** The file's size when `bytes` were left unread because it is over the limit. */
  size?: number;
  /** Why the file could not be read at all (missing, a directory, no permission). */
  unreadable?: string;
}

export interface ImportOptions {
  /** Check everything, compare with the store, write nothing. @default false */
  dryRun?: boolean;
  limits?: Partial<ImportLimits>;
  /** Progress of the write, which is one transaction written in batches. */
  onProgress?: GraphWriteProgress;
  /**
   * The run's time, stamped as `importedAt` on every record it creates or changes from a survey file.
   * @default now
   */
  now?: Date;
}

/** How the import's records compare with what the store holds. */
export interface ImportChanges {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportFileSummary {
  file: string;
  format: ImportFileFormat | 'unknown';
  kind?: EntityKind;
  /** Records found in the file, valid or not. */
  records: number;
  nodes: number;
  relationships: number;
}

export interface ImportReport {
  files: ImportFileSummary[];
  /** Every problem found; when there is any, nothing was written. */
  issues: ImportIssue[];
  dryRun: boolean;
  /** True when the records were written (no issues, not a dry run). */
  written: boolean;
  nodes: ImportChanges;
  relationships: ImportChanges;
  /** The `importedAt` of the records this run created or changed from survey files. */
  importedAt: string;
  /** Files read back as an unedited export: their records are written as they are, without new stamps. */
  exportFiles: string[];
}

/** Ids looked up in the store per call. */
const LOOKUP_BATCH = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function readOne(input: ImportInput, limits: ImportLimits): ParsedImportFile {
  const empty = (format: ParsedImportFile['format']): ParsedImportFile => ({
    file: input.name,
    format,
    recordCount: 0,
    nodes: [],
    relationships: [],
    issues: [],
  });
  const extension = path.extname(input.name).toLowerCase();
  if (input.unreadable !== undefined) {
    const parsed = empty('unknown');
    parsed.issues.push({ file: input.name, row: 0, field: '(file)', reason: `cannot be read: ${input.unreadable}` });
    return parsed;
  }
  if (extension !== '.json' && extension !== '.csv') {
    const parsed = empty('unknown');
    parsed.issues.push({
      file: input.name,
      row: 0,
      field: '(file)',
      reason: 'only .json and .csv files can be imported',
    });
    return parsed;
  }
  const size = input.size ?? input.bytes.byteLength;
  if (size > limits.maxFileBytes) {
    const parsed = empty(extension === '.json' ? 'json' : 'unknown');
    parsed.issues.push({
      file: input.name,
      row: 0,
      field: '(file)',
      reason: `is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxFileBytes)} per file (split it)`,
    });
    return parsed;
  }
  const decoded = decodeUtf8(input.bytes);
  if (!decoded.ok) {
    const parsed = empty(extension === '.json' ? 'json' : 'unknown');
    for (const invalid of decoded.invalid) {
      parsed.issues.push({
        file: input.name,
        // For CSV the line is the row as long as no cell spans lines, which is as close as undecodable text allows.
        row: extension === '.json' ? 0 : invalid.line,
        field: '(file)',
        reason:
          `not UTF-8: byte ${invalid.offset} (line ${invalid.line}) is ${invalid.bytes}; ` +
          'save the file as UTF-8 (Excel: "CSV UTF-8")',
      });
    }
    return parsed;
  }
  return extension === '.json'
    ? readJsonImportFile(input.name, decoded.text, limits)
    : readCsvImportFile(input.name, decoded.text, limits);
}

function where(located: Located<unknown>, sameFile: boolean): string {
  return sameFile ? `row ${located.row}` : `${located.file} row ${located.row}`;
}

/** Later occurrences of an id already seen in this import are errors: which of the two is meant? */
function reportDuplicates<T extends { id: string }>(records: readonly Located<T>[], issues: ImportIssue[]): void {
  const first = new Map<string, Located<T>>();
  for (const located of records) {
    const earlier = first.get(located.record.id);
    if (earlier) {
      issues.push({
        file: located.file,
        row: located.row,
        field: located.field('id'),
        reason: `duplicate id ${JSON.stringify(located.record.id)}: also at ${where(earlier, earlier.file === located.file)}`,
      });
    } else first.set(located.record.id, located);
  }
}

async function storedNodes(store: GraphStore, ids: readonly string[]): Promise<Map<string, GraphNode>> {
  const found = new Map<string, GraphNode>();
  for (const chunk of chunks([...new Set(ids)], LOOKUP_BATCH)) {
    for (const node of await store.getNodes(chunk)) if (node) found.set(node.id, node);
  }
  return found;
}

async function storedRelationships(store: GraphStore, relationships: readonly GraphRelationship[]) {
  const wanted = new Set(relationships.map((r) => r.id));
  const found = new Map<string, GraphRelationship>();
  for (const chunk of chunks([...new Set(relationships.map((r) => r.from))], LOOKUP_BATCH)) {
    for (const relationship of await store.getRelationships({ nodeIds: chunk, direction: 'out' })) {
      if (wanted.has(relationship.id)) found.set(relationship.id, relationship);
    }
  }
  return found;
}

/**
 * How records compare with the store, and what to write. A survey file's record is compared without the import
 * stamps on either side: unchanged content is left alone, stamps and all (a re-run writes nothing), and new or
 * changed content is written stamped with this run and its file. A record of an unedited export is compared and
 * written as it is, stamps included, so an export imports back exactly.
 */
function plan<T extends { id: string; properties: GraphNode['properties'] }>(
  records: readonly Located<T>[],
  stored: ReadonlyMap<string, T>,
  fromExport: ReadonlySet<string>,
  importedAt: string,
): { changes: ImportChanges; toWrite: T[] } {
  const changes: ImportChanges = { created: 0, updated: 0, unchanged: 0 };
  const toWrite: T[] = [];
  for (const { file, record } of records) {
    const exact = fromExport.has(file);
    const existing = stored.get(record.id);
    const same =
      existing !== undefined &&
      (exact
        ? canonicalJson(existing) === canonicalJson(record)
        : canonicalJson(withoutStamps(existing)) === canonicalJson(withoutStamps(record)));
    if (same) {
      changes.unchanged += 1;
      continue;
    }
    if (existing) changes.updated += 1;
    else changes.created += 1;
    toWrite.push(exact ? record : stamped(record, importedAt, file));
  }
  return { changes, toWrite };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The files of the run that an export wrote and nobody edited since: a JSON export whose records still have the
 * dataset version it names, or a CSV file that the run's manifest.json lists with the SHA-256 of its bytes.
 */
function uneditedExports(parsed: readonly ParsedImportFile[], inputs: readonly ImportInput[]): Set<string> {
  const files = new Set<string>();
  const manifested = new Map<string, string>();
  for (const file of parsed) {
    for (const entry of file.exportManifest ?? []) manifested.set(entry.name, entry.sha256);
    if (
      file.exportedVersion !== undefined &&
      file.issues.length === 0 &&
      datasetVersion(
        file.nodes.map((n) => n.record),
        file.relationships.map((r) => r.record),
      ) === file.exportedVersion
    ) {
      files.add(file.file);
    }
  }
  for (const input of inputs) {
    const expected = manifested.get(path.basename(input.name));
    if (expected !== undefined && input.name.toLowerCase().endsWith('.csv') && sha256(input.bytes) === expected) {
      files.add(input.name);
    }
  }
  return files;
}

/**
 * Imports curators' files: every file is read and checked in full, then the import's records are
 * checked together (duplicate ids across files, relationship ends that are neither in the import
 * nor in the store). Any problem anywhere, and nothing is written — not even the other files of
 * the same run, since their relationships may point into the faulty one. Otherwise everything is
 * written with one `upsertGraph`: one transaction, all or nothing, and importing the same files
 * again changes nothing.
 */
export async function importGraphFiles(
  store: GraphStore,
  inputs: readonly ImportInput[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const dryRun = options.dryRun ?? false;
  const parsed = inputs.map((input) => readOne(input, limits));
  const issues = parsed.flatMap((file) => file.issues);
  const nodes = parsed.flatMap((file) => file.nodes);
  const relationships = parsed.flatMap((file) => file.relationships);

  reportDuplicates(nodes, issues);
  reportDuplicates(relationships, issues);

  const inImport = new Set(nodes.map((located) => located.record.id));
  const outside = relationships.flatMap(({ record }) => [record.from, record.to]).filter((id) => !inImport.has(id));
  const stored = await storedNodes(store, [...nodes.map((n) => n.record.id), ...outside]);
  for (const located of relationships) {
    for (const end of ['from', 'to'] as const) {
      const id = located.record[end];
      if (!inImport.has(id) && !stored.has(id)) {
        issues.push({
          file: located.file,
          row: located.row,
          field: located.field(end),
          reason: `no node ${JSON.stringify(id)} in the imported files or in the graph`,
        });
      }
    }
  }

  const importedAt = (options.now ?? new Date()).toISOString();
  const fromExport = uneditedExports(parsed, inputs);
  const nodePlan = plan(nodes, stored, fromExport, importedAt);
  const relationshipPlan = plan(
    relationships,
    await storedRelationships(
      store,
      relationships.map((located) => located.record),
    ),
    fromExport,
    importedAt,
  );
  const report: ImportReport = {
    files: parsed.map((file) => ({
      file: file.file,
      format: file.format,
      ...(file.kind ? { kind: file.kind } : {}),
      records: file.recordCount,
      nodes: file.nodes.length,
      relationships: file.relationships.length,
    })),
    issues: sortIssues(
      issues,
      inputs.map((input) => input.name),
    ),
    dryRun,
    written: false,
    nodes: nodePlan.changes,
    relationships: relationshipPlan.changes,
    importedAt,
    exportFiles: [...fromExport],
  };
  if (report.issues.length > 0 || dryRun) return report;
  // Only what is new or changed is written: the rest is already stored exactly so, import stamps included.
  if (nodePlan.toWrite.length > 0 || relationshipPlan.toWrite.length > 0) {
    await store.upsertGraph(
      { nodes: nodePlan.toWrite, relationships: relationshipPlan.toWrite },
      options.onProgress ? { onProgress: options.onProgress } : {},
    );
  }
  report.written = true;
  return report;
}

/** Reads the named files from disk (leaving any over the size limit unread) and imports them. */
export async function importGraphFilesFromDisk(
  store: GraphStore,
  files: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const maxFileBytes = options.limits?.maxFileBytes ?? DEFAULT_IMPORT_LIMITS.maxFileBytes;
  const inputs: ImportInput[] = [];
  for (const file of files) {
    try {
      const info = await stat(file);
      if (!info.isFile()) inputs.push({ name: file, bytes: new Uint8Array(), unreadable: 'not a file' });
      else if (info.size > maxFileBytes) inputs.push({ name: file, bytes: new Uint8Array(), size: info.size });
      else inputs.push({ name: file, bytes: await readFile(file) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
      inputs.push({ name: file, bytes: new Uint8Array(), unreadable: reason });
    }
  }
  return importGraphFiles(store, inputs, options);
}
