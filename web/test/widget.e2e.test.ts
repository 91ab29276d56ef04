import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startStoppableMeilisearch, type StoppableMeilisearch } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

/** A port nothing listens on: the search service of a portal whose link is broken. */
const DOWN_ENDPOINT = 'http://127.0.0.1:9/graphql';

/** A portal page on its own origin: nothing but its own styles, the script tag and the element. */
function portalPage(service: string, element: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Portal</title>
  <style>
    * { color: red; font-family: serif; }
    body { margin: 16px; }
    icg-search { --icg-accent: rgb(0, 128, 0); }
  </style>
  <script src="${service}/widget.js" defer></script>
</head>
<body>
  <h1 id="portal-title">文化门户</h1>
  ${element}
</body>
</html>`;
}

describe('the search widget embedded in a page on another origin', () => {
  let bed: WebTestBed;
  let meili: StoppableMeilisearch;
  let portal: Server;
  let portalUrl = '';
  let service = '';

  const pages: Record<string, () => string> = {
    '/': () => portalPage(service, `<icg-search endpoint="${service}/graphql" link-base="${service}"></icg-search>`),
    '/script-only': () => portalPage(service, '<icg-search lang="en" limit="3"></icg-search>'),
    '/down': () => portalPage(service, `<icg-search endpoint="${DOWN_ENDPOINT}"></icg-search>`),
  };

  beforeAll(async () => {
    portal = createServer((request, response) => {
      const page = pages[new URL(request.url ?? '/', 'http://portal').pathname];
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      // A strict portal: scripts and requests only to the service, no inline styles at all.
      if (request.url === '/script-only') {
        headers['content-security-policy'] =
          `default-src 'none'; script-src ${service}; connect-src ${service}; style-src 'none'`;
      }
      response.writeHead(page ? 200 : 404, headers);
      response.end(page?.() ?? '');
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
    meili = await startStoppableMeilisearch();
    bed = await startWebTestBed({ ...meili.env, CORS_ORIGINS: portalUrl });
    service = bed.service.url;
  });
  afterAll(async () => {
    await bed?.dispose();
    await meili?.dispose();
    await new Promise((resolve) => portal?.close(resolve));
  });

  const searchBox = (page: Page, name = '搜索工业文化') => page.getByRole('combobox', { name });
  const results = (page: Page) => page.locator('icg-search li.result');

  it('is served as a classic script, not the app fallback', async () => {
    const response = await fetch(`${service}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const script = await response.text();
    expect(script).not.toMatch(/^\s*</);
    expect(script).not.toMatch(/\bimport\s*[{("']|\bexport\s*[{*]/);
  });

  it('finds 工业遗产 from a portal page and links every hit to its entity page', async () => {
    const { body } = await graphql<{ search: { totalHits: number; hits: { entity: { id: string } }[] } }>(
      service,
      'query ($q: String!) { search(query: $q, first: 8) { totalHits hits { entity { id } } } }',
      { q: '工业遗产' },
    );
    const expected = body.data!.search;
    expect(expected.totalHits).toBeGreaterThan(8);

    const page = await bed.newPage();
    await page.goto(`${portalUrl}/`);
    await searchBox(page).waitFor(WAIT);
    expect(await page.getByRole('search').count()).toBe(1);
    await screenshot(page, 'widget-host-page');

    await searchBox(page).fill('工业遗产');
    await results(page).first().waitFor(WAIT);
    const hrefs = await page
      .locator('icg-search li.result a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(expected.hits.map((hit) => `${service}/entity/${encodeURIComponent(hit.entity.id)}`));
    expect(await page.locator('icg-search mark').first().innerText()).toBe('工业遗产');
    const marks = await page.evaluate(() => ({
      shadow: document.querySelector('icg-search')!.shadowRoot!.querySelectorAll('li.result mark').length,
      light: document.querySelectorAll('mark').length,
    }));
    expect(marks.shadow).toBeGreaterThan(0);
    expect(marks.light).toBe(0);
    expect(await page.getByRole('status').innerText()).toBe(
      `找到 ${expected.totalHits} 条结果，显示前 ${expected.hits.length} 条`,
    );
    expect(await page.getByRole('link', { name: `查看全部 ${expected.totalHits} 条结果` }).getAttribute('href')).toBe(
      `${service}/?q=${encodeURIComponent('工业遗产')}`,
    );

    // The portal's `* { color: red }` reaches its own heading but not the widget's text; its accent does.
    const colours = await page.evaluate(() => {
      const shadow = document.querySelector('icg-search')!.shadowRoot!;
      const colour = (node: Element | null) => getComputedStyle(node!).color;
      return {
        portal: colour(document.getElementById('portal-title')),
        meta: colour(shadow.querySelector('.meta')),
        snippet: colour(shadow.querySelector('.snippet')),
        link: colour(shadow.querySelector('li.result a')),
        button: getComputedStyle(shadow.querySelector('button')!).backgroundColor,
      };
    });
    expect(colours.portal).toBe('rgb(255, 0, 0)');
    expect(colours.meta).toBe('rgb(107, 93, 79)');
    expect(colours.snippet).toBe('rgb(43, 33, 24)');
    expect(colours.link).toBe('rgb(0, 128, 0)');
    expect(colours.button).toBe('rgb(0, 128, 0)');

    // The completions lie over the first hits until the reader leaves them.
    await searchBox(page).press('Escape');
    await results(page).first().locator('a').click();
    await page.waitForURL(`${service}/entity/**`, WAIT);
    expect(page.url()).toBe(hrefs[0]);
    await page.goBack();
    await searchBox(page).waitFor(WAIT);
    await searchBox(page).fill('工业遗产');
    await results(page).first().waitFor(WAIT);
    await searchBox(page).press('Escape');
    await screenshot(page, 'widget-results');
  });

  it('answers a question in a compact card above the hits, linking the answer to its entity page', async () => {
    const page = await bed.newPage();
    await page.goto(`${portalUrl}/`);
    await searchBox(page).waitFor(WAIT);
    await searchBox(page).fill('谁创办了大生纱厂');
    const answer = page.locator('icg-search .answer');
    await answer.waitFor(WAIT);
    expect(await answer.getByRole('link', { name: '张謇' }).getAttribute('href')).toBe(
      `${service}/entity/${encodeURIComponent('en-zhang-jian')}`,
    );
    expect(await answer.innerText()).toMatch(/张謇 创办[\s\S]*来源：/);
    await searchBox(page).press('Escape');
    await screenshot(page, 'widget-answer');

    // A search that is no question takes the card away.
    await searchBox(page).fill('纺织');
    await expect.poll(() => answer.isHidden()).toBe(true);
  });

  it('suggests names from a pinyin prefix and takes one with the keyboard', async () => {
    const { body } = await graphql<{ suggest: { text: string }[] }>(
      service,
      'query { suggest(prefix: "jinling", limit: 6) { text } }',
    );
    const expected = body.data!.suggest.map((suggestion) => suggestion.text);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected[0]).toMatch(/^金陵/);

    const page = await bed.newPage();
    await page.goto(`${portalUrl}/`);
    const box = searchBox(page);
    await box.fill('jinling');
    const options = page.getByRole('option');
    await options.first().waitFor(WAIT);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const texts = await page.locator('icg-search [role="option"] span:first-child').allInnerTexts();
    expect(texts).toEqual(expected);

    await box.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe('icg-suggestion-0');
    await box.press('Enter');
    expect(await box.inputValue()).toBe(expected[0]);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await results(page).first().waitFor(WAIT);
    expect(await results(page).first().locator('a').innerText()).toContain(expected[0]!.slice(0, 2));

    await box.fill('jinl');
    await options.first().waitFor(WAIT);
    await box.press('Escape');
    expect(await page.getByRole('listbox', { includeHidden: true }).isHidden()).toBe(true);
  });

  it('needs only the script tag, keeps its styles under a strict CSP, and speaks English when asked', async () => {
    const page = await bed.newPage({ phone: true });
    await page.goto(`${portalUrl}/script-only`);
    const box = searchBox(page, 'Search industrial culture');
    await box.fill('工业遗产');
    await results(page).first().waitFor(WAIT);
    expect(await results(page).count()).toBe(3);
    expect(await results(page).first().locator('a').getAttribute('href')).toMatch(new RegExp(`^${service}/entity/`));
    expect(await page.getByRole('status').innerText()).toMatch(/^\d+ results, showing the first 3$/);
    const button = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('icg-search')!.shadowRoot!.querySelector('button')!).backgroundColor,
    );
    expect(button).toBe('rgb(122, 46, 18)');
    // The portal's own inline styles are what the policy blocks.
    expect(await page.locator('#portal-title').evaluate((title) => getComputedStyle(title).color)).toBe('rgb(0, 0, 0)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await box.press('Escape');
    await screenshot(page, 'widget-phone');
  });

  it('shows the widget in the example portal page the service ships', async () => {
    const page = await bed.newPage();
    await page.goto(`${service}/widget-example.html`);
    expect(await page.locator('header h1').innerText()).toBe('江苏工业文化之窗');
    await searchBox(page).fill('张謇');
    await results(page).first().waitFor(WAIT);
    expect(await results(page).allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('张謇')]));
    const accent = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('icg-search')!.shadowRoot!.querySelector('button')!).backgroundColor,
    );
    expect(accent).toBe('rgb(18, 66, 94)');
    await screenshot(page, 'widget-example');
  });

  it('says so when the endpoint cannot be reached', async () => {
    const page = await bed.newPage();
    await page.goto(`${portalUrl}/down`);
    await searchBox(page).fill('工业遗产');
    const alert = page.getByRole('alert');
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toBe('无法连接工业文化搜索服务。');
    expect(await results(page).count()).toBe(0);
  });

  it('says search is unavailable when the service answers SEARCH_UNAVAILABLE', async () => {
    const page = await bed.newPage();
    await page.goto(`${portalUrl}/`);
    await searchBox(page).waitFor(WAIT);
    await meili.stop();
    try {
      await searchBox(page).fill('工业遗产');
      const alert = page.getByRole('alert');
      await alert.waitFor(WAIT);
      expect(await alert.innerText()).toBe('搜索服务暂时不可用，请稍后再试。');
    } finally {
      await meili.restart();
    }
    expect(bed.pageErrors).toEqual([]);
  });
});
