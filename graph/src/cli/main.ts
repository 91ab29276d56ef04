import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { exportGraph } from '../exchange/export/export-graph.ts';
import { EXPORT_FORMATS, isExportFormat } from '../exchange/export/export-metadata.ts';
import { importGraphFilesFromDisk } from '../exchange/import/import-graph-files.ts';
import { readGraphSnapshot } from '../exchange/graph-snapshot.ts';
import { markGraphChanged } from '../graph-revision.ts';
import { csvTemplateFiles, exampleFiles } from '../exchange/templates.ts';
import { completenessReport, renderCompletenessCsv, renderCompletenessMarkdown } from '../reports/completeness.ts';
import { factTallies, renderFactTalliesMarkdown } from '../reports/fact-tallies.ts';
import { formatBulkDemoReport, runBulkDemo } from './bulk-demo-command.ts';
import { citeRecord, formatCitations } from './cite-command.ts';
import { describeCliError, UsageError } from './cli-error.ts';
import { formatImportSummary } from './import-command.ts';
import { formatIssueTable } from './issue-table.ts';
import { openConfiguredStore } from './open-store.ts';
import { createProgressReporter } from './progress.ts';

export const USAGE = `Usage: pnpm graph <command> [options]

Commands:
  import <files…> [--dry-run] [--max-file-mib N]
      Check survey files (.json, or .csv per kind plus relationships.csv) and write them in one
      transaction. Any problem in any file: every problem is listed and nothing is written.
  export --format ${EXPORT_FORMATS.join('|')} --out <path>
      Write the whole graph; --out is a directory for csv, a file otherwise.
  cite <id>
      GB/T 7714-2015 references for the sources of a node or relationship.
  report completeness [--format markdown|csv] [--out <file>]
      Records per kind and city, and how many lack coordinates, dates, sources, descriptions.
  bulk-demo [--nodes 100000] [--relationships 500000] [--data-dir <dir>] [--no-rerun]
      Measure the bulk loader on synthetic records, in a temporary embedded store.
  templates [--out docs/templates]
      Write the empty CSV templates and the filled-in examples.

The store comes from the environment: GRAPH_BACKEND (embedded|neo4j), DATA_DIR, NEO4J_URI,
NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; with neo4j and no NEO4J_URI, the Neo4j of DATA_DIR
(joined when the service runs it, started for the command otherwise). Progress goes to stderr.
Exit code 1 on any error.`;

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: CliIo = {
  env: process.env,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new UsageError(`--${name} must be a positive whole number`);
  return number;
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, 'max-file-mib': { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one file');
  const maxFileMib = positiveInteger(values['max-file-mib'], 'max-file-mib', 32);
  const { store, description } = await openConfiguredStore(io.env, values['dry-run'] ? 'read' : 'write', io.stderr);
  const progress = createProgressReporter();
  try {
    io.stderr(`Importing into the ${description}${values['dry-run'] ? ' (dry run)' : ''}`);
    // Before the write, so that even an import killed right after its commit leaves the search index marked stale.
    if (!values['dry-run']) await markGraphChanged(path.resolve(io.env['DATA_DIR'] || './.data'));
    const report = await importGraphFilesFromDisk(store, positionals, {
      dryRun: values['dry-run'] ?? false,
      limits: { maxFileBytes: maxFileMib * 1024 * 1024 },
      onProgress: (phase, done, total) => progress.update(`writing ${phase}`, done, total),
    });
    progress.done();
    if (report.issues.length > 0) io.stderr(formatIssueTable(report.issues));
    io.stdout(formatImportSummary(report));
    return report.issues.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' } } });
  if (!isExportFormat(values.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) throw new UsageError('export needs --out <path>');
  const { store, description } = await openConfiguredStore(io.env, 'read', io.stderr);
  const progress = createProgressReporter();
  try {
    io.stderr(`Exporting the ${description}`);
    const result = await exportGraph(store, {
      format: values.format,
      out: values.out,
      onProgress: (phase, done) => progress.update(`reading ${phase}`, done),
    });
    progress.done();
    io.stdout(
      `Exported ${result.nodes} nodes and ${result.relationships} relationships as ${values.format}\n` +
        `datasetVersion: ${result.datasetVersion}\n${result.files.map((file) => `  ${file}`).join('\n')}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

async function citeCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [id] = positionals;
  if (!id || positionals.length > 1) throw new UsageError('cite needs exactly one node or relationship id');
  const { store } = await openConfiguredStore(io.env, 'read', io.stderr);
  try {
    const citations = await citeRecord(store, id);
    if (!citations) {
      io.stderr(`No node or relationship has the id ${JSON.stringify(id)}`);
      return 1;
    }
    io.stdout(formatCitations(citations));
    return 0;
  } finally {
    await store.close();
  }
}

async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals[0] !== 'completeness' || positionals.length > 1) {
    throw new UsageError('the only report is: report completeness');
  }
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'csv') throw new UsageError('--format must be markdown or csv');
  const { store, description } = await openConfiguredStore(io.env, 'read', io.stderr);
  try {
    const snapshot = await readGraphSnapshot(store);
    const report = completenessReport(snapshot.nodes);
    const text =
      format === 'csv'
        ? renderCompletenessCsv(report)
        : `${renderCompletenessMarkdown(report)}\n${renderFactTalliesMarkdown(
            factTallies(snapshot.nodes, snapshot.relationships),
          )}\nSource: ${description}, datasetVersion ${snapshot.datasetVersion}\n`;
    if (values.out) {
      await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
      await writeFile(values.out, text, 'utf8');
      io.stdout(`Wrote ${values.out}`);
    } else io.stdout(text);
    return 0;
  } finally {
    await store.close();
  }
}

async function bulkDemoCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      nodes: { type: 'string' },
      relationships: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-rerun': { type: 'boolean' },
    },
  });
  const options = {
    nodes: positiveInteger(values.nodes, 'nodes', 100_000),
    relationships: positiveInteger(values.relationships, 'relationships', 500_000),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    rerun: !values['no-rerun'],
  };
  io.stdout(formatBulkDemoReport(await runBulkDemo(options), options));
  return 0;
}

async function templatesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const out = values.out ?? 'docs/templates';
  const write = async (directory: string, files: Map<string, string>) => {
    await mkdir(directory, { recursive: true });
    for (const [name, text] of files) await writeFile(path.join(directory, name), text, 'utf8');
  };
  await write(out, csvTemplateFiles());
  await write(path.join(out, 'examples'), exampleFiles());
  io.stdout(`Wrote the templates to ${out} and the examples to ${path.join(out, 'examples')}`);
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  import: importCommand,
  export: exportCommand,
  cite: citeCommand,
  report: reportCommand,
  'bulk-demo': bulkDemoCommand,
  templates: templatesCommand,
};

/** Runs one command; resolves to the exit code. Errors are printed, never thrown. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 1;
  }
  try {
    return await command(args, io);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    io.stderr(usage ? `${describeCliError(error)}\n\n${USAGE}` : describeCliError(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
