import type { EntityKind } from '../../model/entity-kinds.ts';
import type { GraphNode, GraphRelationship } from '../../model/graph-records.ts';
import type { ImportIssue } from './import-issue.ts';

/** A record read from a file, with where it was, so later checks (duplicates, ends) can point at it. */
export interface Located<T> {
  file: string;
  row: number;
  /** Turns a field into the name issues use for this file's format. */
  field: (name: string) => string;
  record: T;
}

export type ImportFileFormat = 'json' | 'csv-nodes' | 'csv-relationships';

/** What reading one file produced: its valid records and the problems found on the way. */
export interface ParsedImportFile {
  file: string;
  format: ImportFileFormat | 'unknown';
  /** CSV node files: the kind the file holds, when one kind. */
  kind?: EntityKind;
  /** Records found in the file, valid or not. */
  recordCount: number;
  nodes: Located<GraphNode>[];
  relationships: Located<GraphRelationship>[];
  issues: ImportIssue[];
  /** JSON export: the dataset version the file says its records have (`datasetVersion`). */
  exportedVersion?: string;
  /** The manifest.json of a CSV export: the files it wrote, by name, with their SHA-256. */
  exportManifest?: { name: string; sha256: string }[];
}
