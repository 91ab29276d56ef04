import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startStoppableMeilisearch, type StoppableMeilisearch } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

describe('the search page in a real browser', () => {
  let bed: WebTestBed;
  // Its own Meilisearch, so the last test can take search down under the running service.
  let meili: StoppableMeilisearch;

  beforeAll(async () => {
    meili = await startStoppableMeilisearch();
    bed = await startWebTestBed(meili.env);
  });
  afterAll(async () => {
    await bed?.dispose();
    await meili?.dispose();
  });

  const resultCount = (page: Page) => page.getByTestId('result-count').innerText();

  it('shows Jiangsu tasks for 工业遗产 typed into the search box', async () => {
    const page: Page = await bed.newPage();
    await page.goto(`${bed.service.url}/`);
    await page.getByRole('combobox', { name: '搜索' }).fill('工业遗产');

    const firstHit = page.locator('li.hit').first();
    await firstHit.waitFor(WAIT);
    const hits = await page.locator('li.hit').allInnerTexts();
    expect(hits.some((text) => text.includes('培育工业遗产重点项目') && text.includes('江苏'))).toBe(true);
    expect(await page.locator('li.hit mark').first().innerText()).toBe('工业遗产');
    const task11 = page.locator('li.hit', { hasText: '强化工业文化政策支持' });
    expect(await task11.locator('.departments').innerText()).toMatch(
      /共同负责\s*江苏省发展和改革委员会、.*江苏省财政厅/,
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('工业遗产');
    expect(await task11.getByRole('link').first().getAttribute('href')).toBe(
      `/entity/${encodeURIComponent('policy-jiangsu-2021-2025-t11')}`,
    );
    expect(await task11.getByRole('button', { name: '加入叙事' }).count()).toBe(1);

    await screenshot(page, 'search-gongye-yichan');
  });

  it('restores a shared search from its URL', async () => {
    const page: Page = await bed.newPage({ phone: true });
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('研学基地')}`);
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await page.getByRole('combobox', { name: '搜索' }).inputValue()).toBe('研学基地');
    expect(await page.locator('li.hit').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('建立工业文化教育和实践体系')]),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'search-phone-yanxue');
  });

  it('starts with example queries and what the graph holds', async () => {
    const { body } = await graphql<{ stats: { nodes: number } }>(bed.service.url, '{ stats { nodes } }');
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/`);
    await page.getByTestId('graph-size').waitFor(WAIT);
    expect(await page.getByTestId('graph-size').innerText()).toBe(`共 ${body.data!.stats.nodes} 个实体`);
    await page.getByRole('link', { name: '张謇' }).click();
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get('q')).toBe('张謇');
    expect(await page.getByRole('combobox', { name: '搜索' }).inputValue()).toBe('张謇');
  });

  it('browses a kind from the start page with no words, then narrows it by city', async () => {
    const museums = await bed.service.graph.countNodes({ kinds: ['Museum'] });
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/`);
    await page
      .locator('.kind-counts')
      .getByRole('link', { name: /工业博物馆/ })
      .click();
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('Museum');
    expect(await resultCount(page)).toMatch(new RegExp(`^共 ${museums} 条结果`));
    expect(await page.locator('li.hit .kind').allInnerTexts()).toEqual(
      Array(await page.locator('li.hit').count()).fill('工业博物馆'),
    );

    const wuxi = page.locator('[data-facet="city"] button[data-value="无锡市"]');
    const inWuxi = Number(await wuxi.locator('.facet-count').innerText());
    await wuxi.click();
    await page.waitForFunction((n) => document.querySelectorAll('li.hit').length === n, inWuxi, WAIT);
    expect(await bed.service.graph.countNodes({ kinds: ['Museum'], city: '无锡市' })).toBe(inWuxi);
    await screenshot(page, 'search-browse-museums-wuxi');

    await page.getByRole('button', { name: /清除筛选/ }).click();
    await page.getByTestId('graph-size').waitFor(WAIT);
  });

  it('narrows by a kind facet, keeps it in the URL and restores it on reload', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('纺织')}`);
    await page.locator('li.hit').first().waitFor(WAIT);
    const before = await page.locator('li.hit').count();
    const enterprise = page.locator('[data-facet="kinds"] button[data-value="Enterprise"]');
    const enterpriseCount = Number(await enterprise.locator('.facet-count').innerText());
    expect(enterpriseCount).toBeGreaterThan(0);
    expect(enterpriseCount).toBeLessThan(before);

    await enterprise.click();
    await page.waitForFunction((count) => document.querySelectorAll('li.hit').length === count, enterpriseCount, WAIT);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('Enterprise');
    expect(await enterprise.getAttribute('aria-pressed')).toBe('true');
    const kinds = await page.locator('li.hit .kind').allInnerTexts();
    expect(new Set(kinds)).toEqual(new Set(['企业']));
    expect(await resultCount(page)).toContain(`共 ${enterpriseCount} 条结果`);

    await page.reload();
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await page.locator('li.hit').count()).toBe(enterpriseCount);
    expect(await enterprise.getAttribute('aria-pressed')).toBe('true');

    // The other kinds stay on offer, counted as if no kind were chosen, and add to the hits.
    const heritage = page.locator('[data-facet="kinds"] button[data-value="HeritageSite"]');
    await heritage.waitFor(WAIT);
    expect(await heritage.getAttribute('aria-pressed')).toBe('false');
    const heritageCount = Number(await heritage.locator('.facet-count').innerText());
    await heritage.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('li.hit').length === count,
      enterpriseCount + heritageCount,
      WAIT,
    );
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('Enterprise,HeritageSite');
    await screenshot(page, 'search-facets');

    await page.getByRole('button', { name: /清除筛选/ }).click();
    await page.waitForFunction((count) => document.querySelectorAll('li.hit').length === count, before, WAIT);
    expect(new URL(page.url()).searchParams.get('kinds')).toBeNull();
    expect(bed.pageErrors).toEqual([]);
  });

  it('loads more hits, and says when pinyin rescued a mistyped word', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('博物馆')}`);
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await page.locator('li.hit').count()).toBe(20);
    await page.getByRole('button', { name: '加载更多' }).click();
    await page.waitForFunction(() => document.querySelectorAll('li.hit').length > 20, undefined, WAIT);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');

    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('芜湖铁化')}`);
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await page.locator('.matched-by').innerText()).toBe('按拼音匹配');
    expect(await page.locator('li.hit h3').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('芜湖铁画')]),
    );
  });

  it('suggests 金陵… for the pinyin jinling and opens the picked entity with the keyboard', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/`);
    const box = page.getByRole('combobox', { name: '搜索' });
    // One input event: typed key by key on a loaded machine, a pause could settle on a shorter prefix first,
    // and its options would be replaced (and the highlight reset) while the keys below are pressed.
    await box.fill('jinling');
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor(WAIT);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const texts = await options.allInnerTexts();
    expect(texts.some((text) => text.includes('金陵机器制造局') && text.includes('拼音'))).toBe(true);

    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const second = options.nth(1);
    expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    expect(await second.getAttribute('aria-selected')).toBe('true');
    const pickedName = (await second.locator('.suggestion-text').innerText()).trim();
    await screenshot(page, 'search-suggest-pinyin');

    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox', { includeHidden: true }).isHidden()).toBe(true);

    await box.press('ArrowDown');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: pickedName }).waitFor(WAIT);
    expect(new URL(page.url()).pathname).toMatch(/^\/entity\//);

    // Initials work too.
    await page.goBack();
    const again = page.getByRole('combobox', { name: '搜索' });
    await again.fill('jl');
    await page
      .getByRole('option', { name: /金陵.*首字母/ })
      .first()
      .waitFor(WAIT);
    expect(bed.pageErrors).toEqual([]);
  });

  it('reads a question: its place and kind words as chips that can be removed, each hit saying how it matched', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('南京有哪些工业遗产')}`);
    await page.locator('li.hit').first().waitFor(WAIT);
    const chips = page.getByRole('list', { name: '已理解为筛选' });
    expect(await chips.locator('li').allInnerTexts()).toEqual([
      expect.stringContaining('南京市'),
      expect.stringContaining('工业遗产'),
    ]);
    // Every hit in 南京, heritage sites first; each says whether its words, its meaning or both matched.
    expect(await page.locator('li.hit .kind').first().innerText()).toBe('工业遗产');
    expect(await page.locator('li.hit .city').allInnerTexts()).toEqual(expect.arrayContaining(['南京市']));
    for (const label of await page.locator('li.hit .matched').allInnerTexts()) {
      expect(['字词匹配', '语义相近', '字词 + 语义']).toContain(label);
    }
    await screenshot(page, 'search-question-chips');

    await page.getByRole('button', { name: '不把“南京”当作筛选' }).click();
    await page.waitForURL((url) => url.searchParams.get('literal') === '南京');
    await expect.poll(() => chips.locator('li').allInnerTexts()).toEqual([expect.stringContaining('工业遗产')]);
  });

  it('finds by meaning what no text says: 化肥厂 finds 永利, marked as near in meaning', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('化肥厂')}`);
    const yongli = page.locator('li.hit[data-entity-id="ent-yongli"]');
    await yongli.waitFor(WAIT);
    expect(await yongli.locator('.matched').innerText()).toBe('语义相近');
  });

  it('answers questions above the hits, each answer with its proof, its sources and the evidence in the explorer', async () => {
    const questions: [string, string, RegExp][] = [
      ['谁创办了大生纱厂', '张謇', /由 张謇 创办/],
      ['保兴面粉厂后来改名叫什么', '茂新面粉厂（保兴面粉厂）', /保兴面粉厂 即今 茂新面粉厂/],
      ['金陵机器制造局旧址现在是什么', '晨光1865文化创意产业园', /改造为|改造成|转型为|改建为/],
      ['苏绣的传承人有哪些', '姚建萍', /姚建萍/],
      ['哪个博物馆展示芜湖铁画', '芜湖铁画博物馆', /芜湖铁画博物馆/],
      ['荣德生的兄弟创办了什么', '茂新面粉厂（保兴面粉厂）', /；/],
    ];
    const page = await bed.newPage();
    for (const [question, answer, proof] of questions) {
      await page.goto(`${bed.service.url}/?q=${encodeURIComponent(question)}`);
      const card = page.getByRole('region', { name: /图谱中的答案/ });
      await card.waitFor(WAIT);
      const item = card.locator('li.answer-item', { has: page.getByRole('link', { name: answer, exact: true }) });
      expect(await item.count(), question).toBe(1);
      expect(await item.locator('.answer-explanation').innerText(), question).toMatch(proof);
      // Every answer shows where it was taken from.
      expect(await item.locator('.answer-sources li.source').count(), question).toBeGreaterThan(0);
      // The hits still come, below the card.
      expect(await page.locator('li.hit').count(), question).toBeGreaterThan(0);
    }
    await screenshot(page, 'search-answer-two-hop');

    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('谁创办了大生纱厂')}`);
    const founder = page.locator('li.answer-item[data-entity-id="en-zhang-jian"]');
    await founder.waitFor(WAIT);
    expect(await founder.locator('.answer-sources').innerText()).toMatch(/\S/);
    await screenshot(page, 'search-answer-founder');
    await founder.getByRole('link', { name: '在图谱中查看依据' }).click();
    await page.waitForURL((url) => url.pathname === '/explore', WAIT);
    const params = new URL(page.url()).searchParams;
    expect([params.get('focus'), params.get('node'), params.get('types')]).toEqual([
      'ent-dasheng',
      'en-zhang-jian',
      'FOUNDED',
    ]);
  });

  it('shows no answer where the graph holds none, and the hits still come', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('张謇的兄弟是谁')}`);
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await page.locator('.answer-card').count()).toBe(0);
  });

  it('explains an empty result with tips', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('量子计算机')}`);
    const empty = page.locator('.empty');
    await empty.waitFor(WAIT);
    expect(await empty.innerText()).toContain('没有找到与“量子计算机”相关的结果');
    expect(await empty.innerText()).toMatch(/拼音/);
    await screenshot(page, 'search-empty');
  });

  it('switches to English labels', async () => {
    const page = await bed.newPage({ lang: 'en' });
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('纺织')}`);
    await page.locator('li.hit').first().waitFor(WAIT);
    expect(await resultCount(page)).toMatch(/^\d+ results/);
    expect(await page.locator('[data-facet="kinds"] legend').innerText()).toBe('Kind');
    expect(await page.locator('[data-facet="kinds"] button[data-value="Enterprise"]').innerText()).toMatch(
      /^Enterprise/,
    );
    expect(await page.locator('li.hit').first().getByRole('button').innerText()).toBe('Add to narrative');
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.locator('[data-facet="kinds"] legend').innerText()).toBe('类型');
  });

  it('says search is down while the graph still answers, and names other failures apart', async () => {
    const page = await bed.newPage();
    await meili.stop();
    try {
      await page.goto(`${bed.service.url}/?q=${encodeURIComponent('工业遗产')}`);
      const alert = page.locator('.search-unavailable');
      await alert.waitFor(WAIT);
      expect(await alert.innerText()).toContain('搜索服务暂时不可用');
      expect(await alert.getByRole('link', { name: '图谱' }).getAttribute('href')).toBe('/explore');
      await screenshot(page, 'search-unavailable');
    } finally {
      await meili.restart();
    }

    const offline = await bed.newPage();
    await offline.route('**/graphql', (route) => route.abort('connectionrefused'));
    await offline.goto(`${bed.service.url}/?q=${encodeURIComponent('纺织')}`);
    const error = offline.getByRole('alert');
    await error.waitFor(WAIT);
    expect(await error.innerText()).toContain('无法连接服务器');
  });
});
