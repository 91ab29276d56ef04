import { execFile } from 'node:child_process';
import { cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphStore,
  graphStoreConfigFromEnv,
  importGraphFilesFromDisk,
  readGraphRevision,
  readGraphSnapshot,
  type GraphCounts,
  type GraphStoreConfig,
} from '@icg/graph';
import { GRAPH_BACKENDS, graphql, makeTempDataDir, startTestService, type TestService } from '@icg/api/testing';
import { testNeo4j } from '@icg/graph/test-graph-stores';
import { createCuratorToken } from '../auth/curator-tokens.ts';
import { INDEX_OUTBOX_FILE } from '../service.ts';
import {
  BACKUP_DATA_FILES,
  BACKUP_GRAPH_FILE,
  BACKUP_MANIFEST_FILE,
  createBackup,
  readManifest,
  restoreBackup,
  type BackupError,
  type BackupManifest,
} from './backup.ts';
import { runBackupCli } from './backup-cli.ts';

const execFileAsync = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const CREATE_NARRATIVE = /* GraphQL */ `
  mutation CreateNarrative($input: NarrativeInput!) {
    createNarrative(input: $input) {
      id
      version
    }
  }
`;
const UPSERT_ENTITY = /* GraphQL */ `
  mutation UpsertEntity($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
        aliases
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      kind
      name
      aliases
    }
  }
`;
const NARRATIVE = /* GraphQL */ `
  query Narrative($id: ID!) {
    narrative(id: $id) {
      title
      createdBy
      items {
        entity {
          id
        }
      }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 5) {
      hits {
        entity {
          id
        }
      }
    }
  }
`;

/** An alias no seed has, so only the curator's edit can make search find it. */
const EDITED_ALIAS = '曦光备份纱厂';
const NARRATIVE_TITLE = '备份之后仍在的叙事';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const tempDirs: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await makeTempDataDir(prefix);
  tempDirs.push(dir);
  return dir;
}

function sortedCounts(counts: GraphCounts) {
  const sorted = (record: Record<string, number | undefined>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    nodes: counts.nodes,
    relationships: counts.relationships,
    nodesByKind: sorted(counts.nodesByKind),
    relationshipsByType: sorted(counts.relationshipsByType),
  };
}

/** Opens the graph of a configuration for reading: the embedded one read-only, beside a running service. */
async function openForReading(config: GraphStoreConfig) {
  return createGraphStore(config.backend === 'embedded' ? { ...config, readOnly: true } : config);
}

async function graphOf(config: GraphStoreConfig) {
  const store = await openForReading(config);
  try {
    return await readGraphSnapshot(store);
  } finally {
    await store.close();
  }
}

describe.each(GRAPH_BACKENDS)('pnpm backup and pnpm restore, on the %s graph store', (backend) => {
  let original: TestService;
  /** The graph settings of a DATA_DIR: the embedded graph inside it, or the worker's Neo4j beside it. */
  const graphConfig = (dataDir: string): GraphStoreConfig =>
    graphStoreConfigFromEnv({ ...original.graphEnv, DATA_DIR: dataDir });
  /**
   * Where a restore goes: a new DATA_DIR, and on Neo4j an emptied database (Community has one user database, shared
   * by the original service's data and every restore of this suite).
   */
  async function freshTarget(prefix: string): Promise<string> {
    if (backend === 'neo4j') await testNeo4j();
    return tempDir(prefix);
  }
  let token: string;
  let narrativeId: string;
  let countsBeforeStop: GraphCounts;
  let backupDir: string;
  let manifest: BackupManifest;

  beforeAll(async () => {
    original = await startTestService({ GRAPH_BACKEND: backend });
    ({ token } = await createCuratorToken(original.dataDir, '备份测试员'));
    const narrative = await graphql<{ createNarrative: { id: string } }>(
      original.url,
      CREATE_NARRATIVE,
      { input: { title: NARRATIVE_TITLE, items: [{ entityId: 'en-zhang-jian' }, { entityId: 'ent-dasheng' }] } },
      bearer(token),
    );
    expect(narrative.body.errors).toBeUndefined();
    narrativeId = narrative.body.data!.createNarrative.id;

    const seeded = await graphql<{ entity: { kind: string; name: string; aliases: string[] } }>(original.url, ENTITY, {
      id: 'ent-dasheng',
    });
    const { kind, name, aliases } = seeded.body.data!.entity;
    const edit = await graphql(
      original.url,
      UPSERT_ENTITY,
      {
        input: {
          id: 'ent-dasheng',
          kind,
          name,
          aliases: [...aliases, EDITED_ALIAS],
          sources: [{ document: '南通市志', locator: '第3卷' }],
        },
      },
      bearer(token),
    );
    expect(edit.body.errors).toBeUndefined();
  });

  afterAll(async () => {
    await original?.dispose();
    for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
  });

  it('takes a backup beside the running service that holds its latest writes (a read-only open sees them)', async () => {
    const target = join(await tempDir('icg-backup-live-'), 'backup');
    const { stderr } = await execFileAsync(
      'node',
      ['--import', 'tsx', 'api/src/operations/backup-cli.ts', 'backup', target],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...original.graphEnv, DATA_DIR: original.dataDir },
      },
    );
    expect(stderr).toContain('Backup complete');

    const live = await readManifest(target);
    expect(live.graph.nodes).toBe((await original.graph.counts()).nodes);
    const graph = JSON.parse(await readFile(join(target, BACKUP_GRAPH_FILE), 'utf8')) as {
      nodes: { id: string; aliases: string[] }[];
    };
    expect(graph.nodes.find((node) => node.id === narrativeId)).toBeDefined();
    expect(graph.nodes.find((node) => node.id === 'ent-dasheng')?.aliases).toContain(EDITED_ALIAS);
  });

  it('writes the graph, the curator files and a manifest with checksums after the service stops', async () => {
    countsBeforeStop = await original.graph.counts();
    await original.stop();
    backupDir = join(await tempDir('icg-backup-'), 'backup');
    manifest = await createBackup({
      target: backupDir,
      dataDir: original.dataDir,
      graph: graphConfig(original.dataDir),
    });

    expect(sortedCounts({ ...manifest.graph })).toEqual(sortedCounts(countsBeforeStop));
    expect(manifest.graph.nodesByKind.Narrative).toBe(1);
    // The outbox is carried when it exists; a service that stopped cleanly has drained it.
    expect(manifest.files.map((file) => file.name)).toEqual(
      expect.arrayContaining([BACKUP_GRAPH_FILE, 'curators.json', 'curator-edits.jsonl']),
    );
    for (const file of manifest.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files.find((file) => file.name === 'curators.json')?.mode).toBe(0o600);
    expect((await readdir(join(backupDir, '..'))).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it("carries the service's index outbox", () => {
    expect(BACKUP_DATA_FILES).toContain(INDEX_OUTBOX_FILE);
  });

  it('holds narratives, which the survey import refuses for want of sources (so restore writes the records itself)', async () => {
    const store = await openForReading(graphConfig(original.dataDir));
    try {
      const report = await importGraphFilesFromDisk(store, [join(backupDir, BACKUP_GRAPH_FILE)], { dryRun: true });
      expect(report.written).toBe(false);
      expect(report.issues.filter((issue) => issue.field === 'nodes.sources')).toHaveLength(
        manifest.graph.nodesByKind.Narrative!,
      );
    } finally {
      await store.close();
    }
  });

  it('refuses to write a backup over an existing directory', async () => {
    await expect(
      createBackup({ target: backupDir, dataDir: original.dataDir, graph: graphConfig(original.dataDir) }),
    ).rejects.toMatchObject({ code: 'TARGET_EXISTS' });
  });

  describe('restored into a fresh DATA_DIR and started there', () => {
    let restored: TestService;
    let dataDir: string;

    beforeAll(async () => {
      dataDir = await freshTarget('icg-restored-');
      const result = await restoreBackup({ source: backupDir, dataDir, graph: graphConfig(dataDir) });
      expect(result.nodes).toBe(manifest.graph.nodes);
      expect((await stat(join(dataDir, 'curators.json'))).mode & 0o777).toBe(0o600);
      restored = await startTestService({ ...original.graphEnv, DATA_DIR: dataDir });
    });
    afterAll(async () => {
      await restored?.dispose();
    });

    it('has the same counts by kind and relationship type', async () => {
      expect(sortedCounts(await restored.graph.counts())).toEqual(sortedCounts(countsBeforeStop));
    });

    it("keeps the curator's narrative and entity edit, and search finds the edited entity", async () => {
      const narrative = await graphql<{
        narrative: { title: string; createdBy: string; items: { entity: { id: string } }[] };
      }>(restored.url, NARRATIVE, { id: narrativeId });
      expect(narrative.body.data!.narrative).toEqual({
        title: NARRATIVE_TITLE,
        createdBy: '备份测试员',
        items: [{ entity: { id: 'en-zhang-jian' } }, { entity: { id: 'ent-dasheng' } }],
      });

      const entity = await graphql<{ entity: { aliases: string[] } }>(restored.url, ENTITY, { id: 'ent-dasheng' });
      expect(entity.body.data!.entity.aliases).toContain(EDITED_ALIAS);

      const search = await graphql<{ search: { hits: { entity: { id: string } }[] } }>(restored.url, SEARCH, {
        query: EDITED_ALIAS,
      });
      expect(search.body.data!.search.hits[0]?.entity.id).toBe('ent-dasheng');
    });

    it("accepts the curator's token", async () => {
      const created = await graphql<{ createNarrative: { id: string } }>(
        restored.url,
        CREATE_NARRATIVE,
        { input: { title: '恢复之后的新叙事', items: [{ entityId: 'en-zhang-jian' }] } },
        bearer(token),
      );
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.createNarrative.id).toBeTruthy();
    });

    // LadybugDB lets one process write a database file; Neo4j is a server that the service and a restore both write
    // through, so there is no lock to report.
    it.runIf(backend === 'embedded')(
      'answers LOCKED, saying to stop the service, when restoring into the running DATA_DIR',
      async () => {
        const lines: string[] = [];
        const code = await runBackupCli(['restore', backupDir, '--force'], { DATA_DIR: dataDir }, (text) =>
          lines.push(text),
        );
        expect(code).toBe(1);
        expect(lines.join('')).toMatch(/^LOCKED: [\s\S]*Stop it, run pnpm restore again/m);
      },
    );
  });

  it('refuses a damaged backup, naming the file, and writes nothing', async () => {
    const damaged = join(await tempDir('icg-damaged-'), 'backup');
    await cp(backupDir, damaged, { recursive: true });
    const edits = join(damaged, 'curator-edits.jsonl');
    await writeFile(edits, (await readFile(edits, 'utf8')).replace(EDITED_ALIAS, '曦光备份纱场'));
    const dataDir = join(await tempDir('icg-untouched-'), 'data');

    const refusal = restoreBackup({ source: damaged, dataDir, graph: graphConfig(dataDir) });
    await expect(refusal).rejects.toMatchObject({ code: 'DAMAGED' });
    await expect(refusal).rejects.toThrow(/backup file curator-edits\.jsonl .* is damaged.*Nothing was restored/);
    await expect(stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a directory without a manifest', async () => {
    const empty = await tempDir('icg-not-a-backup-');
    const dataDir = join(empty, 'data');
    await expect(restoreBackup({ source: empty, dataDir, graph: graphConfig(dataDir) })).rejects.toMatchObject({
      code: 'NOT_A_BACKUP',
      message: expect.stringContaining(BACKUP_MANIFEST_FILE) as string,
    });
  });

  it('restored twice holds every record once: refused without --force, identical to the backup with it', async () => {
    const dataDir = await freshTarget('icg-twice-');
    await restoreBackup({ source: backupDir, dataDir, graph: graphConfig(dataDir) });

    const again = await restoreBackup({ source: backupDir, dataDir, graph: graphConfig(dataDir) }).catch(
      (error: BackupError) => error,
    );
    expect(again).toMatchObject({ code: 'TARGET_NOT_EMPTY' });
    const revisionBefore = await readGraphRevision(dataDir);

    const forced = await restoreBackup({ source: backupDir, dataDir, graph: graphConfig(dataDir), force: true });
    expect(forced.replacedNodes).toBe(manifest.graph.nodes);
    const graph = await graphOf(graphConfig(dataDir));
    expect(graph.nodes).toHaveLength(manifest.graph.nodes);
    expect(new Set(graph.nodes.map((node) => node.id)).size).toBe(manifest.graph.nodes);
    expect(graph.relationships).toHaveLength(manifest.graph.relationships);
    expect(graph.datasetVersion).toBe(manifest.graph.datasetVersion);
    // So that the next start rebuilds the search indexes instead of reusing those of the replaced graph.
    expect(await readGraphRevision(dataDir)).not.toBe(revisionBefore);
  });
});
