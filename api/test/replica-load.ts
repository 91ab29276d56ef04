import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from '@icg/graph';
import { createSeededRandom } from '@icg/graph/testing';
import { graphql } from '@icg/api/testing';

/**
 * Two API processes on one Neo4j and one Meilisearch under mixed reads and curator writes, as
 * `replicas.e2e.test.ts` (60 s) and `pnpm soak` (minutes) run them: what was acknowledged is kept in a ledger, then
 * checked against the graph and the search index.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Replica {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Everything the process printed so far. */
  output(): string;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** The service as `pnpm start` runs it (without the web build), in its own process. */
export async function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', SEMANTIC_SEARCH: 'false', RATE_LIMITS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Ready: (http:\/\/[^/\s]+)\//.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`replica ${name} exited before it was ready:\n${output}`)));
  });
  return {
    name,
    url,
    pid: child.pid!,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory of a process in MiB, from /proc. */
export async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const UPSERT = /* GraphQL */ `
  mutation ReplicaUpsert($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
      }
    }
  }
`;
const ADD_RELATIONSHIP = /* GraphQL */ `
  mutation ReplicaRelate($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      relationship {
        id
      }
    }
  }
`;
const CREATE_NARRATIVE = /* GraphQL */ `
  mutation ReplicaNarrative($input: NarrativeInput!) {
    createNarrative(input: $input) {
      id
      version
    }
  }
`;
const UPDATE_NARRATIVE = /* GraphQL */ `
  mutation ReplicaNarrativeUpdate($id: ID!, $version: Int!, $input: NarrativeInput!) {
    updateNarrative(id: $id, version: $version, input: $input) {
      version
    }
  }
`;
const NARRATIVE = /* GraphQL */ `
  query ReplicaNarrativeRead($id: ID!) {
    narrative(id: $id) {
      title
      version
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query ReplicaSearch($query: String!) {
    search(query: $query, first: 20) {
      hits {
        entity {
          id
        }
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query ReplicaEntity($id: ID!) {
    entity(id: $id) {
      id
      name
    }
  }
`;
const NEIGHBORHOOD = /* GraphQL */ `
  query ReplicaNeighborhood($id: ID!) {
    neighborhood(id: $id, depth: 1, limit: 20) {
      nodes {
        id
      }
    }
  }
`;

// Names far apart from each other, so none looks like a duplicate of another.
const NAME_CHARACTERS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土东南西北青赤黄白黑';

/** What was acknowledged, and how each request went. */
export interface Ledger {
  created: Map<string, string>;
  /** Entity id → source documents whose merge was acknowledged. */
  merged: Map<string, string[]>;
  /** Relationship id → its start. */
  relationships: Map<string, string>;
  rounds: { narrativeId: string; fromVersion: number; outcomes: ('won' | 'conflict' | 'lost-answer')[] }[];
  latenciesMs: number[];
  errors: { replica: string; message: string }[];
  /** Requests cut by the SIGKILL of their replica: never acknowledged. */
  interrupted: number;
}

export interface MixedLoadOptions {
  /** The replicas that take requests now (a proxy would skip one that is down). */
  targets: () => readonly Replica[];
  token: string;
  durationMs: number;
  /** Places (seeded) that new entities are located in and narratives include. */
  placeIds: readonly string[];
  seed?: number;
}

type Answer<T> = { ok: true; data: T } | { ok: false; code: string | undefined; message: string; network: boolean };

export function createLedger(): Ledger {
  return {
    created: new Map(),
    merged: new Map(),
    relationships: new Map(),
    rounds: [],
    latenciesMs: [],
    errors: [],
    interrupted: 0,
  };
}

/**
 * Runs the load until `durationMs` is over: two readers, an entity creator that also relates each new entity to a
 * place, two mergers adding sources to the same four entities, and a racer sending each narrative update to both
 * replicas at once with the same version.
 */
export async function runMixedLoad(options: MixedLoadOptions, ledger: Ledger): Promise<void> {
  const random = createSeededRandom(options.seed ?? 18);
  const auth = { authorization: `Bearer ${options.token}` };
  const until = Date.now() + options.durationMs;
  let serial = 0;

  async function send<T>(replica: Replica, query: string, variables: Record<string, unknown>, curator = true) {
    const startedAt = performance.now();
    try {
      const { body } = await graphql<T>(replica.url, query, variables, curator ? auth : {});
      ledger.latenciesMs.push(performance.now() - startedAt);
      const error = body.errors?.[0];
      if (!error) return { ok: true, data: body.data! } satisfies Answer<T>;
      const code =
        (error.extensions as { code?: string; reason?: string } | undefined)?.reason ??
        (error.extensions as { code?: string } | undefined)?.code;
      return { ok: false, code, message: error.message, network: false } satisfies Answer<T>;
    } catch (error) {
      if (!options.targets().includes(replica)) ledger.interrupted += 1;
      else ledger.errors.push({ replica: replica.name, message: String(error) });
      return { ok: false, code: undefined, message: String(error), network: true } satisfies Answer<T>;
    }
  }
  const pick = () => random.pick(options.targets());
  const fail = (replica: Replica, answer: { message: string; network: boolean }) => {
    if (!answer.network) ledger.errors.push({ replica: replica.name, message: answer.message });
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const uniqueName = (prefix: string) => {
    let n = serial++;
    let name = '';
    do {
      name += NAME_CHARACTERS[n % NAME_CHARACTERS.length];
      n = Math.floor(n / NAME_CHARACTERS.length);
    } while (n > 0);
    return `${prefix}${name}${NAME_CHARACTERS[random.int(NAME_CHARACTERS.length)]}`;
  };
  const entityInput = (name: string, document: string) => ({
    kind: 'Enterprise',
    name,
    province: '安徽',
    city: '淮南市',
    sources: [{ document }],
  });

  // Set up through the first replica: entities the mergers share, narratives the racer updates.
  const [first] = options.targets();
  const mergeTargets: { id: string; name: string }[] = [];
  for (let i = 0; i < 4; i++) {
    const name = uniqueName('副本合并');
    const answer = await send<{ upsertEntity: { entity: { id: string } } }>(first!, UPSERT, {
      input: entityInput(name, `副本初始来源-${i}`),
    });
    if (!answer.ok) throw new Error(`setup: ${answer.message}`);
    const { id } = answer.data.upsertEntity.entity;
    ledger.created.set(id, name);
    ledger.merged.set(id, [`副本初始来源-${i}`]);
    mergeTargets.push({ id, name });
  }
  const narratives: { id: string; version: number }[] = [];
  for (let i = 0; i < 2; i++) {
    const answer = await send<{ createNarrative: { id: string; version: number } }>(first!, CREATE_NARRATIVE, {
      input: { title: `副本叙事-${i}`, items: [{ entityId: options.placeIds[i % options.placeIds.length] }] },
    });
    if (!answer.ok) throw new Error(`setup: ${answer.message}`);
    narratives.push({ id: answer.data.createNarrative.id, version: answer.data.createNarrative.version });
  }

  async function reader() {
    while (Date.now() < until) {
      const replica = pick();
      const choice = random.int(3);
      const answer =
        choice === 0
          ? await send(replica, SEARCH, { query: random.pick(['纱厂', '工业遗产', '张謇', '煤矿', '淮南']) }, false)
          : await send(replica, choice === 1 ? ENTITY : NEIGHBORHOOD, { id: random.pick(options.placeIds) }, false);
      if (!answer.ok) fail(replica, answer);
      await pause(20);
    }
  }

  async function creator() {
    while (Date.now() < until) {
      const name = uniqueName('副本新厂');
      const replica = pick();
      const created = await send<{ upsertEntity: { entity: { id: string } } }>(replica, UPSERT, {
        input: entityInput(name, '副本压测登记'),
      });
      if (!created.ok) {
        fail(replica, created);
        continue;
      }
      const { id } = created.data.upsertEntity.entity;
      ledger.created.set(id, name);
      const other = pick();
      const related = await send<{ addRelationship: { relationship: { id: string } } }>(other, ADD_RELATIONSHIP, {
        input: { type: 'LOCATED_IN', from: id, to: random.pick(options.placeIds), sources: [{ document: name }] },
      });
      if (related.ok) ledger.relationships.set(related.data.addRelationship.relationship.id, id);
      else fail(other, related);
      await pause(30);
    }
  }

  async function merger(which: number) {
    while (Date.now() < until) {
      const target = random.pick(mergeTargets);
      const document = `副本来源-${which}-${serial++}`;
      const replica = pick();
      const answer = await send(replica, UPSERT, { input: { id: target.id, ...entityInput(target.name, document) } });
      if (answer.ok) ledger.merged.get(target.id)!.push(document);
      else fail(replica, answer);
      await pause(10);
    }
  }

  async function racer() {
    for (let round = 0; Date.now() < until; round++) {
      const narrative = narratives[round % narratives.length]!;
      const live = options.targets();
      const contenders = [live[0]!, live[live.length - 1]!];
      const answers = await Promise.all(
        contenders.map((replica, i) =>
          send<{ updateNarrative: { version: number } }>(replica, UPDATE_NARRATIVE, {
            id: narrative.id,
            version: narrative.version,
            input: { title: `副本叙事-${round}-${i}`, items: [{ entityId: random.pick(options.placeIds) }] },
          }),
        ),
      );
      const outcomes = answers.map((answer, i) => {
        if (answer.ok) return 'won' as const;
        if (answer.code === 'VERSION_CONFLICT') return 'conflict' as const;
        fail(contenders[i]!, answer);
        return 'lost-answer' as const;
      });
      ledger.rounds.push({ narrativeId: narrative.id, fromVersion: narrative.version, outcomes });
      // The next round starts from whatever version is stored now (an answer lost with a killed replica included).
      const read = await send<{ narrative: { version: number } | null }>(first!, NARRATIVE, { id: narrative.id });
      if (read.ok && read.data.narrative) narrative.version = read.data.narrative.version;
      await pause(20);
    }
  }

  await Promise.all([reader(), reader(), creator(), merger(1), merger(2), racer()]);
}

export interface LedgerCheck {
  edits: number;
  /** Acknowledged edits not in the graph, or not findable in search. */
  lost: string[];
  /** Acknowledged edits stored more than once. */
  doubled: string[];
  /** Narrative rounds with other than exactly one winner among the answers received. */
  badRounds: string[];
}

/** Waits until the replicas have drained the shared outbox (it is removed when empty). */
export async function waitForEmptyOutbox(dataDir: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await readFile(join(dataDir, 'index-outbox.jsonl'), 'utf8').catch(() => '');
    if (text.trim() === '') return;
    if (Date.now() > deadline) throw new Error(`the outbox still holds entries after ${timeoutMs} ms:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Checks every acknowledged edit against the graph (read directly) and the search index (through `reader`). */
export async function checkLedger(ledger: Ledger, graph: GraphStore, reader: Replica): Promise<LedgerCheck> {
  const check: LedgerCheck = { edits: 0, lost: [], doubled: [], badRounds: [] };
  const ids = [...ledger.created.keys()];
  const stored = await graph.getNodes(ids);
  for (const [i, id] of ids.entries()) {
    const name = ledger.created.get(id)!;
    check.edits += 1;
    if (!stored[i]) {
      check.lost.push(`entity ${id} (${name}) is not in the graph`);
      continue;
    }
    const sameName = (await graph.findNodes({ text: name, first: 10 })).filter((node) => node.name === name);
    if (sameName.length !== 1) check.doubled.push(`entity ${name} is stored ${sameName.length} times`);
    const { body } = await graphql<{ search: { hits: { entity: { id: string } }[] } }>(reader.url, SEARCH, {
      query: name,
    });
    if (!body.data?.search.hits.some((hit) => hit.entity.id === id)) {
      check.lost.push(`entity ${id} (${name}) is not found by searching its name`);
    }
  }
  for (const [id, documents] of ledger.merged) {
    const [node] = await graph.getNodes([id]);
    const held = (node?.sources ?? []).map((source) => source.document);
    for (const document of documents) {
      check.edits += 1;
      const times = held.filter((d) => d === document).length;
      if (times === 0) check.lost.push(`source ${document} of ${id} was merged and is gone`);
      if (times > 1) check.doubled.push(`source ${document} of ${id} is stored ${times} times`);
    }
  }
  const relationshipIds = [...ledger.relationships.keys()];
  const froms = [...new Set(ledger.relationships.values())];
  const storedRelationships = froms.length
    ? await graph.getRelationships({ nodeIds: froms, direction: 'out', types: ['LOCATED_IN'] })
    : [];
  for (const id of relationshipIds) {
    check.edits += 1;
    const times = storedRelationships.filter((r) => r.id === id).length;
    if (times === 0) check.lost.push(`relationship ${id} is not in the graph`);
    if (times > 1) check.doubled.push(`relationship ${id} is stored ${times} times`);
  }
  const advanced = new Map<string, number>();
  for (const round of ledger.rounds) {
    const won = round.outcomes.filter((o) => o === 'won').length;
    const answered = round.outcomes.filter((o) => o !== 'lost-answer').length;
    check.edits += won;
    if (won > 1 || (answered === round.outcomes.length && won !== 1)) {
      check.badRounds.push(`${round.narrativeId} from version ${round.fromVersion}: ${round.outcomes.join(', ')}`);
    }
    advanced.set(round.narrativeId, Math.max(advanced.get(round.narrativeId) ?? 1, round.fromVersion + (won ? 1 : 0)));
  }
  for (const [id, version] of advanced) {
    const [node] = await graph.getNodes([id]);
    const storedVersion = node?.properties['version'];
    if (typeof storedVersion !== 'number' || storedVersion < version) {
      check.lost.push(
        `narrative ${id} is at version ${String(storedVersion)}, an update to ${version} was acknowledged`,
      );
    }
  }
  return check;
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
