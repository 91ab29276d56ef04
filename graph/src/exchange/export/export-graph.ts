import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { GraphStore } from '../../graph-store.ts';
import { readGraphSnapshot, type GraphSnapshot } from '../graph-snapshot.ts';
import { cypherExportChunks } from './export-cypher.ts';
import { csvExportFiles } from './export-csv.ts';
import { graphmlExportChunks } from './export-graphml.ts';
import { jsonExportChunks } from './export-json.ts';
import { jsonLdExportChunks } from './export-jsonld.ts';
import { exportMetadata, type ExportFormat, type ExportMetadata } from './export-metadata.ts';

/** Writes the pieces of a text file as they come, waiting whenever the stream's buffer is full. */
export async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const stream = createWriteStream(file, { encoding: 'utf8' });
  try {
    let buffered = '';
    for (const chunk of chunks) {
      buffered += chunk;
      if (buffered.length >= 1 << 16) {
        if (!stream.write(buffered)) await once(stream, 'drain');
        buffered = '';
      }
    }
    if (buffered) stream.write(buffered);
  } finally {
    stream.end();
    await finished(stream);
  }
}

/** The text of a single-file export (every format but CSV), for tests and small graphs. */
export function formatExport(
  format: Exclude<ExportFormat, 'csv'>,
  snapshot: GraphSnapshot,
  metadata: ExportMetadata,
): string {
  return [...exportChunks(format, snapshot, metadata)].join('');
}

function exportChunks(format: Exclude<ExportFormat, 'csv'>, snapshot: GraphSnapshot, metadata: ExportMetadata) {
  switch (format) {
    case 'json':
      return jsonExportChunks(snapshot, metadata);
    case 'jsonld':
      return jsonLdExportChunks(snapshot, metadata);
    case 'graphml':
      return graphmlExportChunks(snapshot, metadata);
    case 'cypher':
      return cypherExportChunks(snapshot, metadata);
  }
}

export interface ExportGraphOptions {
  format: ExportFormat;
  /** A file, or for CSV a directory (created if missing). */
  out: string;
  /** @default now */
  now?: Date;
  onProgress?: (phase: 'nodes' | 'relationships', done: number) => void;
}

export interface ExportResult {
  datasetVersion: string;
  nodes: number;
  relationships: number;
  /** The files written. */
  files: string[];
}

/** Reads the whole graph from the store and writes it in one format. */
export async function exportGraph(store: GraphStore, options: ExportGraphOptions): Promise<ExportResult> {
  const snapshot = await readGraphSnapshot(store, options.onProgress ? { onProgress: options.onProgress } : {});
  const metadata = exportMetadata(snapshot.datasetVersion, options.now);
  const files: string[] = [];
  if (options.format === 'csv') {
    await mkdir(options.out, { recursive: true });
    for (const [name, text] of csvExportFiles(snapshot, metadata)) {
      const file = path.join(options.out, name);
      await writeFile(file, text, 'utf8');
      files.push(file);
    }
  } else {
    await writeChunks(options.out, exportChunks(options.format, snapshot, metadata));
    files.push(options.out);
  }
  return {
    datasetVersion: snapshot.datasetVersion,
    nodes: snapshot.nodes.length,
    relationships: snapshot.relationships.length,
    files,
  };
}
