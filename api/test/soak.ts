import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createNeo4jGraphStore, startLocalNeo4j } from '@icg/graph';
import { startMeilisearch } from '@icg/search-indexer';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import {
  checkLedger,
  createLedger,
  percentile,
  residentMb,
  runMixedLoad,
  startReplica,
  waitForEmptyOutbox,
  type Replica,
} from './replica-load.ts';

/**
 * `pnpm soak --minutes 10`: the load of replicas.e2e.test.ts for longer, on a Neo4j and a Meilisearch of its own
 * (in a temporary directory, removed afterwards). Replica b is killed with SIGKILL halfway and started again.
 */
const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0)) throw new Error(`--minutes must be a positive number; got ${values.minutes}`);
const durationMs = minutes * 60_000;
const log = (line: string) => process.stdout.write(`${line}\n`);

const root = await mkdtemp(join(tmpdir(), 'icg-soak-'));
const replicas: Replica[] = [];
const neo4j = await startLocalNeo4j({ dataDir: join(root, 'neo4j'), heapMb: 512, pageCacheMb: 128 });
const meili = await startMeilisearch({ dataDir: join(root, 'meili') });
const graph = await createNeo4jGraphStore(neo4j);
try {
  const dataDir = join(root, 'data');
  const env = {
    DATA_DIR: dataDir,
    GRAPH_BACKEND: 'neo4j',
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  };
  const first = await startReplica('a', env);
  replicas.push(first);
  const second = await startReplica('b', env);
  replicas.push(second);
  const memory: Record<string, { startMb: number; endMb?: number }> = {
    'replica a': { startMb: await residentMb(first.pid) },
    'replica b': { startMb: await residentMb(second.pid) },
    neo4j: { startMb: await residentMb(neo4j.pid) },
    meilisearch: { startMb: await residentMb(meili.pid) },
  };
  const { token } = await createCuratorToken(dataDir, '浸泡测试员');
  const placeIds = (await graph.findNodes({ kinds: ['Place'], first: 8 })).map((node) => node.id);
  log(`Soak: ${minutes} min of mixed reads and curator writes through two replicas; b is killed halfway`);

  let live: Replica[] = [first, second];
  const ledger = createLedger();
  const load = runMixedLoad({ targets: () => live, token, durationMs, placeIds }, ledger);
  await new Promise((resolve) => setTimeout(resolve, durationMs / 2));
  live = [first];
  memory['replica b']!.endMb = await residentMb(second.pid);
  await second.kill();
  const restarted = await startReplica('b2', env);
  replicas.push(restarted);
  memory['replica b (restarted)'] = { startMb: await residentMb(restarted.pid) };
  live = [first, restarted];
  await load;
  memory['replica a']!.endMb = await residentMb(first.pid);
  memory['replica b (restarted)']!.endMb = await residentMb(restarted.pid);
  memory['neo4j']!.endMb = await residentMb(neo4j.pid);
  memory['meilisearch']!.endMb = await residentMb(meili.pid);

  await waitForEmptyOutbox(dataDir);
  const check = await checkLedger(ledger, graph, restarted);
  log(
    `requests: ${ledger.latenciesMs.length}, errors: ${ledger.errors.length}, cut by the SIGKILL: ${ledger.interrupted}`,
  );
  for (const error of ledger.errors.slice(0, 10)) log(`  error on ${error.replica}: ${error.message}`);
  log(
    `latency: p50 ${Math.round(percentile(ledger.latenciesMs, 50))} ms, p99 ${Math.round(percentile(ledger.latenciesMs, 99))} ms`,
  );
  log(
    `acknowledged edits: ${check.edits} (${ledger.created.size} entities, ` +
      `${[...ledger.merged.values()].reduce((sum, list) => sum + list.length, 0)} source merges, ` +
      `${ledger.relationships.size} relationships, ${ledger.rounds.length} narrative rounds)`,
  );
  log(
    `edits lost: ${check.lost.length}, stored twice: ${check.doubled.length}, rounds without one winner: ${check.badRounds.length}`,
  );
  for (const line of [...check.lost, ...check.doubled, ...check.badRounds].slice(0, 10)) log(`  ${line}`);
  log('resident memory (MiB), start → end:');
  for (const [name, { startMb, endMb }] of Object.entries(memory)) log(`  ${name}: ${startMb} → ${endMb ?? '?'}`);
  process.exitCode =
    check.lost.length + check.doubled.length + check.badRounds.length + ledger.errors.length > 0 ? 1 : 0;
} finally {
  for (const replica of replicas) await replica.stop().catch(() => undefined);
  await graph.close();
  await meili.stop();
  await neo4j.stop();
  await rm(root, { recursive: true, force: true });
}
