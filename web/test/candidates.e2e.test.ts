import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, importCandidates, makeTempDataDir, startTestService } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

describe.each(GRAPH_BACKENDS)('the imported candidates in a real browser, on the %s graph store', (backend) => {
  let dataDir: string;
  let bed: WebTestBed;

  beforeAll(async () => {
    dataDir = await makeTempDataDir('icg-candidates-web-');
    // The seeds are loaded by a first start; the import then runs with the service stopped, as a curator runs it.
    const first = await startTestService({ DATA_DIR: dataDir, GRAPH_BACKEND: backend });
    await first.stop();
    await importCandidates(dataDir, first.graphEnv);
    bed = await startWebTestBed({ DATA_DIR: dataDir, ...first.graphEnv });
  }, 600_000);
  afterAll(async () => {
    await bed?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds a candidate by search, marked unverified', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('双沟老窖池群')}`);
    const hit = page.locator('.hit[data-entity-id="hs-shuanggou-cellars"]');
    await hit.waitFor(WAIT);
    expect(await hit.locator('.hit-verification').getAttribute('data-verification')).toBe('UNVERIFIED');
    expect(await hit.locator('.source-quality').getAttribute('data-source-quality')).toBe('PRESS');
    expect(bed.pageErrors).toEqual([]);
  });

  it('lists the imported candidates in the review queue for a curator', async () => {
    const token = await bed.curatorToken('王策展');
    const page = await bed.newPage();
    await page.context().addInitScript((value) => window.sessionStorage.setItem('icg.curatorToken', value), token);
    await page.goto(`${bed.service.url}/curate/review`);
    const imported = page.locator('.review-reasons button[data-reason="IMPORTED"]', { hasText: /\(\d+\)/ });
    await imported.waitFor(WAIT);
    // The candidates resting on a newspaper's page are "imported, not yet checked"; the others rest on reposts.
    const count = Number(/\((\d+)\)/.exec(await imported.innerText())![1]);
    expect(count).toBeGreaterThanOrEqual(10);
    await imported.click();
    const item = page.locator('li.review-item[data-fact-id="hs-shuanggou-cellars"]');
    await item.waitFor(WAIT);
    expect(await item.getAttribute('data-reason')).toBe('IMPORTED');
    await screenshot(page, `review-imported-candidates-${backend}`);
    expect(bed.pageErrors).toEqual([]);
  });
});
