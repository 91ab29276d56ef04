import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_DATABASE_FILE } from '../adapters/embedded/create-embedded-graph-store.ts';
import { readGraphRevision } from '../graph-revision.ts';
import { runCli } from './main.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const graphPackageDir = path.join(repoRoot, 'graph');
const examplesDir = path.join(repoRoot, 'docs/templates/examples');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('pnpm graph (CLI)', () => {
  let workDir: string;
  let env: Record<string, string>;

  async function cli(...argv: string[]): Promise<Run> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { env, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'icg-cli-'));
    env = { DATA_DIR: path.join(workDir, 'data'), GRAPH_BACKEND: 'embedded' };
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('import prints every problem as a file:row field reason table, writes nothing and exits 1', async () => {
    const bad = path.join(workDir, 'Museum.csv');
    await writeFile(bad, 'id,name,sources\nm1,,https://example.org\n,无标识,\n');
    const run = await cli('import', bad);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n');
    const tableStart = lines.findIndex((line) => line.startsWith('file:row'));
    expect(lines.slice(tableStart)).toEqual([
      expect.stringMatching(/^file:row\s+field\s+reason$/),
      expect.stringMatching(/Museum\.csv:2\s+name\s+missing$/),
      expect.stringMatching(/Museum\.csv:3\s+id\s+missing$/),
      expect.stringMatching(/Museum\.csv:3\s+sources\s+missing: every record needs at least one source/),
    ]);
    expect(run.stdout).toContain('3 problem(s) found: nothing was written.');
  });

  it('import writes good files in one transaction; import --dry-run of the same survey finds nothing to change', async () => {
    const files = (await readdir(examplesDir)).filter((n) => n.endsWith('.csv')).map((n) => path.join(examplesDir, n));
    const revisionBefore = await readGraphRevision(env['DATA_DIR']!);
    const created = await cli('import', ...files);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Nodes: 3 new, 0 changed, 0 unchanged');
    expect(created.stdout).toContain('Written in one transaction.');
    // What is derived from the graph (the search indexes) learns that a tool wrote to it.
    const revisionAfter = await readGraphRevision(env['DATA_DIR']!);
    expect(revisionAfter).not.toBe(revisionBefore);
    const dry = await cli('import', path.join(examplesDir, 'survey.json'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Nodes: 0 new, 0 changed, 3 unchanged');
    expect(dry.stdout).toContain('Dry run: everything checked, nothing written.');
    expect(await readGraphRevision(env['DATA_DIR']!)).toBe(revisionAfter);
  });

  it('export writes each format and prints the dataset version', async () => {
    const versions = new Set<string>();
    for (const format of ['json', 'jsonld', 'graphml', 'cypher', 'csv']) {
      const out = path.join(workDir, 'exports', format === 'csv' ? 'csv' : `graph.${format}`);
      const run = await cli('export', '--format', format, '--out', out);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Exported 3 nodes and 2 relationships');
      versions.add(/datasetVersion: (\S+)/.exec(run.stdout)![1]!);
    }
    expect(versions.size).toBe(1);
    const [version] = versions;
    expect(JSON.parse(await readFile(path.join(workDir, 'exports/graph.json'), 'utf8')).datasetVersion).toBe(version);
    expect(await readFile(path.join(workDir, 'exports/graph.graphml'), 'utf8')).toContain(
      `<data key="datasetVersion">${version}</data>`,
    );
    expect(JSON.parse(await readFile(path.join(workDir, 'exports/csv/manifest.json'), 'utf8')).datasetVersion).toBe(
      version,
    );
  });

  it('cite prints GB/T 7714 references for a node or a relationship, and exits 1 for an unknown id', async () => {
    const node = await cli('cite', 'example-enterprise-dasheng');
    expect(node.code).toBe(0);
    expect(node.stdout.split('\n')).toEqual([
      '大生纱厂 (Enterprise, example-enterprise-dasheng)',
      '核实状态：未核实',
      '[1] 张謇 - 维基百科[EB/OL]: 实业[2026-11-20]. https://zh.wikipedia.org/wiki/%E5%BC%A0%E8%AC%87. 〔来源：百科或书籍〕',
      '[2] 工业和信息化部 第二批国家工业遗产名单[Z]: 大生纱厂[2026-11-20]. 〔来源：官方〕',
    ]);
    const relationship = await cli('cite', 'example-entrepreneur-zhang-jian|FOUNDED|example-enterprise-dasheng');
    expect(relationship.stdout).toContain('-[FOUNDED]->');
    expect(relationship.stdout).toContain('[1] 张謇 - 维基百科[EB/OL]');
    const unknown = await cli('cite', 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No node or relationship has the id "nobody"');
  });

  it('report completeness prints Markdown, or writes CSV to a file', async () => {
    const markdown = await cli('report', 'completeness');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('## 企业 (Enterprise)');
    expect(markdown.stdout).toContain('| 南通市 | 1 | 1 (100%) | 0 (0%) | 0 (0%) | 0 (0%) |');
    const out = path.join(workDir, 'completeness.csv');
    expect((await cli('report', 'completeness', '--format', 'csv', '--out', out)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('Enterprise,南通市,1,1,0,0,0');
  });

  describe('while another process holds the embedded graph for writing (the service)', () => {
    let holder: ChildProcess;

    beforeAll(async () => {
      const script = `
        import lbug from '@ladybugdb/core';
        const db = new lbug.Database(process.argv[1], 64 * 1024 * 1024, true, false);
        await db.init();
        console.log('ready');
        process.stdin.resume();
        process.stdin.on('end', async () => { await db.close(); process.exit(0); });
      `;
      holder = spawn(
        process.execPath,
        ['--input-type=module', '-e', script, path.join(env.DATA_DIR!, EMBEDDED_DATABASE_FILE)],
        {
          cwd: graphPackageDir,
          stdio: ['pipe', 'pipe', 'inherit'],
        },
      );
      const [chunk] = (await once(holder.stdout!, 'data')) as [Buffer];
      expect(chunk.toString()).toContain('ready');
    });

    afterAll(async () => {
      const exited = once(holder, 'exit');
      holder.stdin?.end();
      await exited;
    });

    it('a writing command says the graph is LOCKED and what to do, and exits 1', async () => {
      const run = await cli('import', path.join(examplesDir, 'survey.json'));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('The embedded graph is LOCKED');
      expect(run.stderr).toContain('stop the service');
      expect(run.stderr).toContain('GRAPH_BACKEND=neo4j');
    });

    it('reading commands open it read-only and work beside it', async () => {
      const run = await cli('cite', 'example-entrepreneur-zhang-jian');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('张謇');
    });
  });

  it('bulk-demo loads synthetic records into a temporary store and prints the figures', async () => {
    const run = await cli('bulk-demo', '--nodes', '300', '--relationships', '1500');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('copied 300, upserted 0, unchanged 0');
    expect(run.stdout).toContain('copied 1500, upserted 0, unchanged 0');
    expect(run.stdout).toContain('copied 0, upserted 0, unchanged 1500');
    expect(run.stdout).toContain('stored: 300 nodes, 1500 relationships');
  });

  it('explains usage errors and unknown commands, exiting 1', async () => {
    const noFormat = await cli('export', '--out', 'x');
    expect(noFormat.code).toBe(1);
    expect(noFormat.stderr).toContain('--format must be one of json, jsonld, csv, graphml, cypher');
    expect(noFormat.stderr).toContain('Usage: pnpm graph');
    expect((await cli('frobnicate')).code).toBe(1);
    expect((await cli('import', '--bogus')).stderr).toContain("Unknown option '--bogus'");
  });

  it('runs as the root package script entry point (node --import tsx graph/src/cli/main.ts)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'graph/src/cli/main.ts', 'help'],
      {
        cwd: repoRoot,
      },
    );
    expect(stdout).toContain('Usage: pnpm graph <command>');
  });
});
