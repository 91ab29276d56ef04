import { pathToFileURL } from 'node:url';
import { BGE_SMALL_ZH, NEO4J_COMMUNITY } from './maven/artifact-sets.ts';
import { fetchMavenArtifacts, type MavenArtifactSet } from './maven/fetch-maven-artifacts.ts';

/** Everything the project fetches from Maven Central, in the order a fresh install fetches it. */
export const ARTIFACT_SETS: readonly MavenArtifactSet[] = [NEO4J_COMMUNITY, BGE_SMALL_ZH];

/**
 * `pnpm fetch-artifacts` (and the workspace's postinstall): fetches what is missing, reuses what is there. A machine
 * without Maven or Maven Central still installs: the embedded graph needs neither; what needs them says so when
 * it starts. `--strict` makes a failure fail the command.
 */
export async function runFetchCli(args: readonly string[]): Promise<number> {
  const strict = args.includes('--strict');
  let failed = 0;
  for (const set of ARTIFACT_SETS) {
    try {
      const fetched = await fetchMavenArtifacts(set, { onProgress: (line) => console.error(line) });
      if (!fetched.fetched) console.error(`${set.label}: already fetched (${fetched.dir})`);
    } catch (error) {
      failed += 1;
      console.error(`${set.label} was not fetched: ${(error as Error).message}`);
    }
  }
  if (failed > 0 && !strict) {
    console.error(
      'The embedded graph and keyword search work without these; GRAPH_BACKEND=neo4j without NEO4J_URI, semantic ' +
        'search and the tests need them. ' +
        'Run pnpm fetch-artifacts again once Maven can reach Maven Central.',
    );
  }
  return failed > 0 && strict ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runFetchCli(process.argv.slice(2));
}
