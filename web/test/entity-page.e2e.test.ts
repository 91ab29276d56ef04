import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

describe('the entity page in a real browser', () => {
  let bed: WebTestBed;

  beforeAll(async () => {
    bed = await startWebTestBed();
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  it('shows 张謇 with properties, relationships by verb, sources, a story and the neighbour ring', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/entity/${encodeURIComponent('en-zhang-jian')}`);
    await page.getByRole('heading', { level: 1, name: '张謇' }).waitFor(WAIT);
    expect(await page.title()).toMatch(/^张謇 · /);

    const birth = page.locator('.property-list [data-property="birth"]');
    expect(await birth.innerText()).toMatch(/出生\s*1853-07-01/);
    expect(await page.locator('[data-property="titles"] dd').innerText()).toBe('清末状元、民国实业总长');

    const founded = page.locator('.relation-group[data-relation-type="FOUNDED"]');
    expect(await founded.locator('h3').innerText()).toMatch(/^创办\s*5$/);
    expect(await founded.locator('.relation a').allInnerTexts()).toEqual(
      expect.arrayContaining(['大生纱厂（江苏大生集团有限公司）', '南通博物苑', '大隆皂厂']),
    );
    expect(await founded.locator('.relation .direction').first().innerText()).toBe('→');
    const commemorated = page.locator('.relation-group[data-relation-type="COMMEMORATES"]');
    expect(await commemorated.locator('h3').innerText()).toMatch(/^纪念/);
    expect(await commemorated.locator('.relation .direction').first().innerText()).toBe('←');
    expect(await commemorated.locator('.relation a').allInnerTexts()).toEqual(
      expect.arrayContaining(['南通博物苑', '南通纺织博物馆']),
    );

    // A relationship's own sources open from its summary: the pages that say so, and no file of ours as a locator.
    const dasheng = founded.locator('.relation', { hasText: '大生纱厂（江苏大生集团有限公司）' });
    expect(await dasheng.innerText()).toContain('年份 1895');
    await dasheng.locator('summary').click();
    expect(await dasheng.locator('.source a').first().getAttribute('href')).toBe(
      'https://xiydc.com/mv/kxky309333.html',
    );
    expect(await dasheng.locator('.source-locator').count()).toBe(0);

    const sources = page.locator('section[aria-labelledby="entity-sources-heading"] .source');
    expect(await sources.count()).toBe(4);
    const firstSource = sources.first();
    expect(await firstSource.locator('.source-locator').count()).toBe(0);
    const link = firstSource.locator('a');
    expect(await link.getAttribute('href')).toBe('https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372?lang=zh-hans');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    const stories = page.locator('.related-stories li');
    expect(await stories.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('状元办厂：张謇与大生纱厂的创立')]),
    );

    // 张謇 and his eleven neighbours; every neighbour is a link to its page.
    const graph = page.locator('.neighbour-graph svg');
    await graph.locator('a.graph-node').first().waitFor(WAIT);
    expect(await graph.locator('[data-node-id]').count()).toBe(12);
    expect(await graph.locator('a.graph-node').count()).toBe(11);
    expect(await graph.locator('a.graph-node[data-node-id="ent-dasheng"]').getAttribute('href')).toBe(
      '/entity/ent-dasheng',
    );
    expect(await graph.locator('.graph-line.central title').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/张謇 — 创办 — 大生纱厂/)]),
    );
    expect(await page.getByRole('link', { name: '在图谱中展开' }).first().getAttribute('href')).toBe(
      '/explore?focus=en-zhang-jian',
    );

    await screenshot(page, 'entity-zhang-jian');

    await founded.getByRole('link', { name: '大生纱厂（江苏大生集团有限公司）' }).click();
    await page.getByRole('heading', { level: 1, name: '大生纱厂（江苏大生集团有限公司）' }).waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe('/entity/ent-dasheng');
    expect(await page.locator('[data-property="founded_year"]').innerText()).toMatch(/创办年份\s*1895/);
    // Seen from the factory, 张謇's FOUNDED points in.
    const foundedBy = page.locator('.relation-group[data-relation-type="FOUNDED"] .relation', { hasText: '张謇' });
    expect(await foundedBy.locator('.direction').innerText()).toBe('←');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '张謇' }).waitFor(WAIT);
    expect(bed.pageErrors).toEqual([]);
  });

  it('shows a policy task with its departments by role, targets and similar tasks at phone width', async () => {
    const page = await bed.newPage({ phone: true });
    await page.goto(`${bed.service.url}/entity/${encodeURIComponent('policy-jiangsu-2021-2025-t04')}`);
    await page.getByRole('heading', { level: 1, name: '建立健全工业博物馆体系' }).waitFor(WAIT);
    const panel = page.locator('.policy-task-panel');
    expect(await panel.locator('.task-roles').innerText()).toMatch(
      /牵头\s*江苏省工业和信息化厅、江苏省人力资源和社会保障厅、江苏省文化和旅游厅\s*参与\s*江苏省发展和改革委员会、/,
    );
    expect(await panel.getByRole('link', { name: '50家具有影响力的工业（企业）博物馆' }).count()).toBe(1);
    expect(await panel.getByRole('link', { name: '培育创建工业博物馆' }).count()).toBe(1);
    await page.locator('.neighbour-graph a.graph-node').first().waitFor(WAIT);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'entity-phone');
    expect(bed.pageErrors).toEqual([]);
  });

  it('lists entities close in meaning that the graph does not link, each a link with its similarity', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/entity/${encodeURIComponent('ent-dasheng')}`);
    const section = page.getByRole('region', { name: '内容相近的条目' });
    await section.waitFor(WAIT);
    const items = section.locator('li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().innerText()).toMatch(/相近度 0\.\d\d/);
    const href = await items.first().getByRole('link').getAttribute('href');
    expect(href).toMatch(/^\/entity\//);
  });

  it('says so when no entity has the id, in both languages', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/entity/${encodeURIComponent('no-such-entity|x')}`);
    await page.getByRole('heading', { level: 1, name: '没有这个实体' }).waitFor(WAIT);
    expect(await page.locator('.entity-not-found').innerText()).toContain('no-such-entity|x');
    await screenshot(page, 'entity-not-found');

    const english = await bed.newPage({ lang: 'en' });
    await english.goto(`${bed.service.url}/entity/no-such-entity`);
    await english.getByRole('heading', { level: 1, name: 'No such entity' }).waitFor(WAIT);
    expect(bed.pageErrors).toEqual([]);
  });
});
