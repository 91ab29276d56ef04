import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isSeedError } from '../seed-error.ts';
import { convertCandidates } from './convert-candidates.ts';

const USAGE = `Usage: pnpm candidates <candidates.json> --out <directory>

Converts the candidate records into the survey importer's CSV files (candidates.<Kind>.csv and
candidates.relationships.csv), linked to the seeded city Places and Techniques. Then, with the
service stopped (the embedded graph has one writer):

  pnpm graph import <directory>/candidates.*.csv

and start the service again: it sees that a tool wrote to the graph and rebuilds the search indexes.`;

export async function runCandidatesCli(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.out) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  try {
    const result = await convertCandidates(positionals[0]!, values.out);
    process.stdout.write(
      `Converted ${result.nodes.length} candidates and ${result.relationships.length} links:\n` +
        result.files.map((file) => `  ${file}\n`).join(''),
    );
    if (result.notices.length > 0) {
      process.stdout.write(`Left unlinked:\n${result.notices.map((notice) => `  ${notice}\n`).join('')}`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${isSeedError(error) ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCandidatesCli(process.argv.slice(2));
}
