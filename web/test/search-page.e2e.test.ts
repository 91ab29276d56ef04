import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '@icg/api/testing';

const webRoot = fileURLToPath(new URL('../', import.meta.url));
const screenshots = fileURLToPath(new URL('../../test-output/web/', import.meta.url));

/** Builds the web app as it is now, so the test never runs against a stale dist/. */
async function buildWebApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'icg-web-'));
  // vitest sets NODE_ENV=test, which would give React's development build; test what users get.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root: webRoot, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}

describe('the search page in a real browser', () => {
  let service: TestService;
  let browser: Browser;
  let webDist: string;

  beforeAll(async () => {
    webDist = await buildWebApp();
    service = await startTestService({}, { webDist });
    browser = await chromium.launch({
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
    await mkdir(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
    await rm(webDist, { recursive: true, force: true });
  });

  it('shows Jiangsu tasks for 工业遗产 typed into the search box', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${service.url}/`);
    await page.getByRole('searchbox').fill('工业遗产');

    const firstHit = page.locator('li.hit').first();
    await firstHit.waitFor({ timeout: 10_000 });
    const hits = await page.locator('li.hit').allInnerTexts();
    expect(hits.some((text) => text.includes('培育工业遗产重点项目') && text.includes('江苏'))).toBe(true);
    expect(await page.locator('li.hit mark').first().innerText()).toBe('工业遗产');
    const task11 = page.locator('li.hit', { hasText: '强化工业文化政策支持' });
    expect(await task11.locator('.departments').innerText()).toMatch(
      /共同负责\s*江苏省发展和改革委员会、.*江苏省财政厅/,
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('工业遗产');

    await page.screenshot({ path: `${screenshots}search-gongye-yichan.png`, fullPage: true });
  });

  it('restores a shared search from its URL', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${service.url}/?q=${encodeURIComponent('研学基地')}`);
    await page.locator('li.hit').first().waitFor({ timeout: 10_000 });
    expect(await page.getByRole('searchbox').inputValue()).toBe('研学基地');
    expect(await page.locator('li.hit').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('建立工业文化教育和实践体系')]),
    );
    await page.screenshot({ path: `${screenshots}search-phone-yanxue.png`, fullPage: true });
  });
});
