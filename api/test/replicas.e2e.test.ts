import { rm } from 'node:fs/promises';
import { createNeo4jGraphStore, type GraphStore } from '@icg/graph';
import { testNeo4j } from '@icg/graph/test-graph-stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import { makeTempDataDir, startStoppableMeilisearch, type StoppableMeilisearch } from '../src/testing/index.ts';
import {
  checkLedger,
  createLedger,
  percentile,
  runMixedLoad,
  startReplica,
  waitForEmptyOutbox,
  type Replica,
} from './replica-load.ts';

const LOAD_MS = 60_000;

describe('two API processes on one Neo4j and one Meilisearch behave as one service', () => {
  let meili: StoppableMeilisearch;
  let dataDir: string;
  let graph: GraphStore;
  let env: Record<string, string>;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    const neo4j = await testNeo4j();
    graph = await createNeo4jGraphStore(neo4j);
    meili = await startStoppableMeilisearch();
    dataDir = await makeTempDataDir('icg-replicas-');
    env = { DATA_DIR: dataDir, ...neo4j.env, ...meili.env };
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop().catch(() => undefined);
    await graph?.close();
    await meili?.dispose();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged edit once and searchable, and each narrative round has one winner, across a SIGKILL', async () => {
    const first = await startReplica('a', env);
    replicas.push(first);
    const second = await startReplica('b', env);
    replicas.push(second);
    // The second start leaves the graph and the indexes the first one built (and serves) alone.
    expect(second.output()).toContain('Seeds are in the graph already');
    expect(second.output()).toContain('Search indexes are current');
    expect(second.output()).not.toContain('Rebuilding the search indexes');

    const { token } = await createCuratorToken(dataDir, '副本压测员');
    const placeIds = (await graph.findNodes({ kinds: ['Place'], first: 8 })).map((node) => node.id);
    expect(placeIds.length).toBeGreaterThan(2);

    let live: Replica[] = [first, second];
    const ledger = createLedger();
    const load = runMixedLoad({ targets: () => live, token, durationMs: LOAD_MS, placeIds }, ledger);

    await new Promise((resolve) => setTimeout(resolve, LOAD_MS / 2));
    live = [first];
    await second.kill();
    const restarted = await startReplica('b2', env);
    replicas.push(restarted);
    live = [first, restarted];
    await load;

    expect(restarted.output()).toContain('Seeds are in the graph already');
    expect(restarted.output()).not.toContain('Rebuilding the search indexes');

    await waitForEmptyOutbox(dataDir);
    const check = await checkLedger(ledger, graph, restarted);
    const won = ledger.rounds.filter((round) => round.outcomes.includes('won')).length;
    console.info(
      `[replicas] ${JSON.stringify({
        requests: ledger.latenciesMs.length,
        errors: ledger.errors.length,
        interruptedByKill: ledger.interrupted,
        p50Ms: Math.round(percentile(ledger.latenciesMs, 50)),
        p99Ms: Math.round(percentile(ledger.latenciesMs, 99)),
        created: ledger.created.size,
        merges: [...ledger.merged.values()].reduce((sum, list) => sum + list.length, 0),
        relationships: ledger.relationships.size,
        narrativeRounds: ledger.rounds.length,
        roundsWon: won,
        edits: check.edits,
      })}`,
    );
    expect(ledger.errors).toEqual([]);
    expect(check.lost).toEqual([]);
    expect(check.doubled).toEqual([]);
    expect(check.badRounds).toEqual([]);
    // The load did race: many rounds, and most decided with both answers in hand.
    expect(ledger.rounds.length).toBeGreaterThan(20);
    expect(
      ledger.rounds.filter(
        (round) => round.outcomes.join() === 'won,conflict' || round.outcomes.join() === 'conflict,won',
      ).length,
    ).toBeGreaterThan(10);
    expect(ledger.created.size).toBeGreaterThan(20);
  }, 600_000);
});
