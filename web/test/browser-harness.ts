import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { createCuratorToken, startTestService, type TestService } from '@icg/api/testing';

const webRoot = fileURLToPath(new URL('../', import.meta.url));
const screenshotDir = fileURLToPath(new URL('../../test-output/web/', import.meta.url));
const buildCache = join(webRoot, 'node_modules', '.cache', 'e2e-build');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return files.flat().sort();
}

/** A hash of everything the build reads from this package, so a cached build is never stale. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [
    ...(await filesUnder(join(webRoot, 'src'))),
    ...(await filesUnder(join(webRoot, 'public')).catch(() => [])),
    join(webRoot, 'index.html'),
    join(webRoot, 'vite.config.ts'),
    join(webRoot, 'package.json'),
  ];
  for (const file of inputs) {
    const content = await readFile(file).catch(() => null);
    if (content === null) continue;
    hash.update(relative(webRoot, file)).update('\0').update(content).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds the web app as it is now (production mode, as users get it), once per source state:
 * the test files of one run share the build, and two workers never build the same state twice.
 */
export async function builtWebApp(): Promise<string> {
  const hash = await sourceHash();
  const outDir = join(buildCache, hash);
  const done = join(outDir, '.complete');
  const lock = `${outDir}.lock`;
  await mkdir(buildCache, { recursive: true });
  for (;;) {
    if (await stat(done).catch(() => null)) return outDir;
    try {
      await mkdir(lock);
    } catch {
      // Another worker is building this state; a lock older than five minutes was left by a killed run.
      const info = await stat(lock).catch(() => null);
      if (info && Date.now() - info.mtimeMs > 300_000) await rm(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (await stat(done).catch(() => null)) return outDir;
      const staging = `${outDir}.staging`;
      await rm(staging, { recursive: true, force: true });
      // vitest sets NODE_ENV=test, which would give React's development build.
      const nodeEnv = process.env['NODE_ENV'];
      process.env['NODE_ENV'] = 'production';
      try {
        await build({
          root: webRoot,
          mode: 'production',
          logLevel: 'warn',
          build: { outDir: staging, emptyOutDir: true },
        });
      } finally {
        process.env['NODE_ENV'] = nodeEnv;
      }
      await writeFile(join(staging, '.complete'), hash);
      await rm(outDir, { recursive: true, force: true });
      await rename(staging, outDir);
      return outDir;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** How long a test waits for the app to show something: the whole suite shares two cores. */
export const WAIT = { timeout: 15_000 };

export interface WebTestBed {
  service: TestService;
  browser: Browser;
  /** Uncaught errors of every page opened, for tests to assert there were none. */
  pageErrors: string[];
  /** A new page of a desktop (1200×900) or phone (390×844) width, failing the test on any page error. */
  newPage(options?: { phone?: boolean; lang?: 'zh' | 'en' }): Promise<Page>;
  /** A curator token issued on this service's data directory. */
  curatorToken(label?: string): Promise<string>;
  dispose(): Promise<void>;
}

/** The real service (embedded graph, its own Meilisearch, seeded) serving the built app, and a headless Chromium. */
export async function startWebTestBed(env: NodeJS.ProcessEnv = {}): Promise<WebTestBed> {
  const webDist = await builtWebApp();
  const service = await startTestService(env, { webDist });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await service.dispose();
    throw error;
  });
  const pageErrors: string[] = [];
  await mkdir(screenshotDir, { recursive: true });
  return {
    service,
    browser,
    pageErrors,
    async newPage({ phone = false, lang = 'zh' } = {}) {
      const context = await browser.newContext({
        viewport: phone ? { width: 390, height: 844 } : { width: 1200, height: 900 },
        locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
        acceptDownloads: true,
      });
      if (lang === 'en') await context.addInitScript(() => window.localStorage.setItem('icg.lang', 'en'));
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    async curatorToken(label = '测试策展人') {
      return (await createCuratorToken(service.dataDir, label)).token;
    },
    async dispose() {
      await browser.close().catch(() => {});
      await service.dispose();
    },
  };
}

/**
 * Saves a screenshot as test-output/web/<name>.png and returns its path: the full page, or the
 * window only (a page with a thousand table rows is too tall to capture whole in time).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
