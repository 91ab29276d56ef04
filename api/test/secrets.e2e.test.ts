import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startStoppableMeilisearch,
  startTestService,
  type StoppableMeilisearch,
  type TestService,
} from '@icg/api/testing';

const execFileAsync = promisify(execFile);
const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * Builds the web app for production into a temporary folder, with the Meilisearch settings in the build's
 * environment (as on a careless build machine): none of them may end up in what browsers download.
 */
async function buildWebApp(env: Record<string, string>): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'icg-web-secrets-'));
  await execFileAsync(
    process.execPath,
    [
      join(WEB_ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: WEB_ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      timeout: 180_000,
    },
  );
  return outDir;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Every key Meilisearch holds (the default admin and search keys, and any added), read with the master key. */
async function meilisearchKeys(url: string, masterKey: string): Promise<string[]> {
  const response = await fetch(`${url}/keys?limit=1000`, { headers: { authorization: `Bearer ${masterKey}` } });
  expect(response.status).toBe(200);
  const { results } = (await response.json()) as { results: { key: string }[] };
  return results.map((result) => result.key);
}

/** The whole response as a browser would see it: status line, headers and body. */
async function rawResponse(url: string, init: RequestInit = {}): Promise<string> {
  const response = await fetch(url, init);
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}

const postGraphql = (query: string, variables: Record<string, unknown> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, variables }),
});

describe('the browser never receives a Meilisearch key', () => {
  let meili: StoppableMeilisearch;
  let service: TestService;
  let webDist: string;
  let secrets: string[];

  beforeAll(async () => {
    meili = await startStoppableMeilisearch();
    secrets = [meili.env.MEILI_MASTER_KEY, ...(await meilisearchKeys(meili.url, meili.env.MEILI_MASTER_KEY))];
    webDist = await buildWebApp({ ...meili.env, VITE_MEILI_URL: meili.url, VITE_MEILI_MASTER_KEY: secrets[0]! });
    service = await startTestService(meili.env, { webDist });
  }, 300_000);
  afterAll(async () => {
    await service?.dispose();
    await meili?.dispose();
    if (webDist) await rm(webDist, { recursive: true, force: true });
  });

  it('knows the keys it looks for: the master key and the default admin and search keys', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    for (const secret of secrets) expect(secret.length).toBeGreaterThanOrEqual(16);
  });

  it('builds a web bundle with no key and no way to call Meilisearch directly', async () => {
    const files = await filesUnder(webDist);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const content = await readFile(file, 'utf8');
      for (const secret of secrets) expect(content.includes(secret), file).toBe(false);
      expect(content, file).not.toContain(meili.url);
      expect(content, file).not.toMatch(/\/indexes\/|\/multi-search|X-Meili-API-Key/i);
    }
  });

  it('sends no key in any response: the app, its assets, GraphQL answers and errors, health', async () => {
    const { url } = service;
    const html = await rawResponse(`${url}/`);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);

    const responses = [
      html,
      ...(await Promise.all(assets.map((asset) => rawResponse(`${url}${asset}`)))),
      await rawResponse(`${url}/healthz`),
      await rawResponse(`${url}/graphql`, { headers: { accept: 'text/html' } }),
      await rawResponse(`${url}/no/such/page`),
      await rawResponse(`${url}/graphql`, postGraphql('query { search(query: "南京") { totalHits } }')),
      await rawResponse(
        `${url}/graphql`,
        postGraphql('query { suggest(prefix: "nanjing") { text entity { id name } } }'),
      ),
      await rawResponse(`${url}/graphql`, postGraphql('query { search(query: "") { totalHits } }')),
      await rawResponse(`${url}/graphql`, postGraphql('query { search(query: ')),
      await rawResponse(`${url}/graphql`, postGraphql('query { __schema { types { name description } } }')),
      await rawResponse(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://portal.example.org', 'access-control-request-method': 'POST' },
      }),
    ];

    // Errors that come from the search engine itself: its messages must not carry the key either.
    await meili.stop();
    try {
      const unavailable = await rawResponse(
        `${url}/graphql`,
        postGraphql('query { search(query: "南京") { totalHits } }'),
      );
      expect(unavailable).toContain('SEARCH_UNAVAILABLE');
      responses.push(unavailable, await rawResponse(`${url}/healthz`));
    } finally {
      await meili.restart();
    }

    for (const response of responses) {
      for (const secret of secrets) expect(response.includes(secret), response.slice(0, 200)).toBe(false);
    }
  });

  it('never writes a key into its log', () => {
    const log = service.logLines.join('\n');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(log.includes(secret)).toBe(false);
  });
});
