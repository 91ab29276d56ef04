import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CSV_MANIFEST_FILE, csvExportFiles, snapshotOf } from '@icg/graph';
import { buildCuratedGraph } from '../curated/curated-graph.ts';
import { SeedError } from '../seed-error.ts';
import { parseCandidates } from './candidate-records.ts';
import { type CandidatesGraph, type CandidateTargets, candidatesGraph } from './candidates-graph.ts';

/** The prefix of the files written: `candidates.Craftsman.csv`, whose last part names the kind for the importer. */
export const CANDIDATE_FILE_PREFIX = 'candidates.';

export interface ConvertCandidatesResult extends CandidatesGraph {
  /** The files written, in the order to name them to `pnpm graph import`. */
  files: string[];
}

/** The curated graph's city Places and Techniques: what the seeds load, so what the candidates link to. */
export async function curatedTargets(): Promise<CandidateTargets> {
  const { nodes } = await buildCuratedGraph();
  return {
    cityIds: new Map(
      nodes.filter((n) => n.kind === 'Place' && n.properties.level === 'city').map((n) => [n.name, n.id]),
    ),
    techniqueIds: new Set(nodes.filter((n) => n.kind === 'Technique').map((n) => n.id)),
    existingIds: new Set(nodes.map((n) => n.id)),
  };
}

/**
 * Turns candidates.json into the survey importer's own CSV files (one per kind, and the relationships), in `outDir`.
 * They are what a curator would write in the templates, with the designations column filled and every record
 * unverified; `pnpm graph import` then checks and writes them like any survey, stamping each record with
 * `importedAt` and `importedFrom`. Nothing is written when the candidates cannot all be converted.
 * @throws SeedError `MALFORMED_DOCUMENT` naming the record that cannot be converted.
 */
export async function convertCandidates(candidatesFile: string, outDir: string): Promise<ConvertCandidatesResult> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(candidatesFile, 'utf8'));
  } catch (cause) {
    throw new SeedError('MALFORMED_DOCUMENT', `${candidatesFile} cannot be read as JSON`, undefined, { cause });
  }
  const graph = candidatesGraph(parseCandidates(json), await curatedTargets());
  const snapshot = snapshotOf(graph.nodes, graph.relationships);
  const csv = csvExportFiles(snapshot, {
    datasetVersion: snapshot.datasetVersion,
    exportedAt: new Date().toISOString(),
  });
  // Without the manifest these are survey files, not an export: the importer stamps their records.
  csv.delete(CSV_MANIFEST_FILE);
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, text] of csv) {
    const file = path.join(outDir, `${CANDIDATE_FILE_PREFIX}${name}`);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
    files.push(file);
  }
  return { ...graph, files };
}
