import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

/** What the API refuses, the search box either never sends or explains in the reader's language. */
describe('the search box and refused searches in a real browser', () => {
  let bed: WebTestBed;

  beforeAll(async () => {
    bed = await startWebTestBed();
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  it('takes at most 200 characters, as the widget does and the API allows', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/`);
    const box = page.getByRole('combobox', { name: '搜索' });
    expect(await box.getAttribute('maxlength')).toBe('200');

    await box.click();
    await page.keyboard.insertText('工业遗产'.repeat(52)); // 208 characters pasted
    expect((await box.inputValue()).length).toBe(200);
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toHaveLength(200);
  });

  it('says in Chinese, not in the API’s English, that a query from a link is too long', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('工'.repeat(205))}`);
    const alert = page.getByRole('alert');
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toBe('搜索词太长：最多 200 个字，请删减后再搜。');
    await screenshot(page, 'search-query-too-long');
  });

  it('names a refused filter in Chinese', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('工业遗产')}&keywords=${'丝'.repeat(60)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toBe('筛选条件“关键词”最多 50 个字，请修改或清除筛选。');
  });

  it('reads an empty province or city in a link as no filter, which the API would refuse', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('工业遗产')}&province=%20&city=`);
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('speaks English to a reader who chose it', async () => {
    const page = await bed.newPage({ lang: 'en' });
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('工'.repeat(205))}`);
    const alert = page.getByRole('alert');
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toBe('The search is too long: at most 200 characters.');
    expect(bed.pageErrors).toEqual([]);
  });
});
