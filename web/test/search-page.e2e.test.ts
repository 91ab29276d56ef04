import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startWebTestBed, type WebTestBed } from './browser-harness.ts';

describe('the search page in a real browser', () => {
  let bed: WebTestBed;

  beforeAll(async () => {
    bed = await startWebTestBed();
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  it('shows Jiangsu tasks for 工业遗产 typed into the search box', async () => {
    const page: Page = await bed.newPage();
    await page.goto(`${bed.service.url}/`);
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

    await screenshot(page, 'search-gongye-yichan');
  });

  it('restores a shared search from its URL', async () => {
    const page: Page = await bed.newPage({ phone: true });
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('研学基地')}`);
    await page.locator('li.hit').first().waitFor({ timeout: 10_000 });
    expect(await page.getByRole('searchbox').inputValue()).toBe('研学基地');
    expect(await page.locator('li.hit').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('建立工业文化教育和实践体系')]),
    );
    await screenshot(page, 'search-phone-yanxue');
  });
});
