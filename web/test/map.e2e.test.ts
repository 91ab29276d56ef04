import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

const PLACE_KINDS = ['HeritageSite', 'Museum', 'TourismSite', 'StudyBase', 'Enterprise'];

interface CityCount {
  province: string | null;
  city: string;
  count: number;
}

describe('the map in a real browser', () => {
  let bed: WebTestBed;

  beforeAll(async () => {
    bed = await startWebTestBed();
  });
  afterAll(async () => {
    expect(bed.pageErrors).toEqual([]);
    await bed?.dispose();
  });

  async function byCity(kinds: string[]): Promise<CityCount[]> {
    const { body } = await graphql<{ stats: { byCity: CityCount[] } }>(
      bed.service.url,
      'query ($kinds: [EntityKind!]) { stats { byCity(kinds: $kinds) { province city count } } }',
      { kinds },
    );
    return body.data!.stats.byCity;
  }

  async function cityEntityNames(city: string, kinds: string[]): Promise<string[]> {
    const { body } = await graphql<{ entities: { edges: { node: { name: string } }[] } }>(
      bed.service.url,
      'query ($city: String!, $kinds: [EntityKind!]) { entities(city: $city, kinds: $kinds, first: 100) { edges { node { name } } } }',
      { city, kinds },
    );
    return body.data!.entities.edges.map((edge) => edge.node.name);
  }

  const cityShape = (page: Page, city: string) => page.locator(`path.city[data-city="${city}"]`);

  /** Clicks a city's shape where no point of the map is drawn over it, as a reader would. */
  async function clickCity(page: Page, city: string) {
    await cityShape(page, city).scrollIntoViewIfNeeded();
    const position = await cityShape(page, city).evaluate((shape) => {
      const box = shape.getBoundingClientRect();
      for (let step = 0; step < 400; step += 1) {
        const x = box.left + box.width * (0.1 + 0.8 * ((step * 0.618) % 1));
        const y = box.top + box.height * (0.1 + 0.8 * ((step * 0.382 + 0.5) % 1));
        if (document.elementFromPoint(x, y) === shape) return { x: x - box.left, y: y - box.top };
      }
      throw new Error('no spot of the shape is free of points');
    });
    await cityShape(page, city).click({ position });
  }

  async function expectCounts(page: Page, expected: CityCount[]) {
    const shapes = await page
      .locator('path.city[data-city]')
      .evaluateAll((paths) => paths.map((path) => [path.getAttribute('data-city'), path.getAttribute('aria-label')]));
    const labels = new Map(shapes as [string, string][]);
    const counted = expected.filter((row) => labels.has(row.city));
    expect(counted.length).toBeGreaterThan(5);
    for (const row of counted) expect(labels.get(row.city)).toBe(`${row.city}：${row.count} 项`);
    const tableCounts = await page
      .locator('table.city-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-city'), row.lastElementChild?.textContent]));
    expect(new Map(tableCounts as [string, string][])).toEqual(
      new Map(expected.map((row) => [row.city, String(row.count)])),
    );
  }

  it('draws every city of both provinces with the API’s counts of place-like entities', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/map`);
    await page.locator('table.city-table tbody tr').first().waitFor(WAIT);
    expect(await page.locator('path.city[data-province="江苏"]').count()).toBe(13);
    expect(await page.locator('path.city[data-province="安徽"]').count()).toBe(17);
    // 巢湖 is drawn but, abolished in 2011, is no button and counts nothing.
    expect(await page.locator('path.city.abolished').count()).toBe(1);
    expect(await page.getByText('巢湖（2011年撤销）').count()).toBe(1);

    const expected = await byCity(PLACE_KINDS);
    await expectCounts(page, expected);
    expect(await cityShape(page, '无锡市').getAttribute('aria-label')).toBe(
      `无锡市：${expected.find((row) => row.city === '无锡市')!.count} 项`,
    );

    const { body } = await graphql<{
      stats: { byProvince: { province: string | null; byKind: { kind: string; count: number }[] }[] };
    }>(bed.service.url, '{ stats { byProvince { province byKind { kind count } } } }');
    for (const province of ['江苏', '安徽']) {
      const inProvince = body
        .data!.stats.byProvince.find((row) => row.province === province)!
        .byKind.filter((row) => PLACE_KINDS.includes(row.kind))
        .reduce((sum, row) => sum + row.count, 0);
      const inCities = expected.filter((row) => row.province === province).reduce((sum, row) => sum + row.count, 0);
      expect(await page.getByTestId('map-total').innerText()).toContain(
        `${province}未标注城市 ${inProvince - inCities} 项`,
      );
    }
    await screenshot(page, 'map-default');
  });

  it('counts museums only when the other kinds are unticked, and restores that from the URL', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/map`);
    await page.locator('table.city-table tbody tr').first().waitFor(WAIT);
    for (const name of ['工业遗产', '工业旅游区', '研学基地', '企业']) {
      await page.getByRole('checkbox', { name, exact: true }).uncheck();
    }
    await page.waitForURL((url) => url.searchParams.get('kinds') === 'Museum', WAIT);
    const museums = await byCity(['Museum']);
    const places = await byCity(PLACE_KINDS);
    expect(museums).not.toEqual(places);
    const sample = museums[0]!;
    await page.waitForFunction(
      ([city, label]) => document.querySelector(`path.city[data-city="${city}"]`)?.getAttribute('aria-label') === label,
      [sample.city, `${sample.city}：${sample.count} 项`],
      WAIT,
    );
    await expectCounts(page, museums);
    await screenshot(page, 'map-museums');

    await page.reload();
    await page.locator('table.city-table tbody tr').first().waitFor(WAIT);
    expect(await page.getByRole('checkbox', { name: '工业博物馆', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '企业', exact: true }).isChecked()).toBe(false);
    await expectCounts(page, museums);
  });

  it('lists the entities of a clicked city, linking to their pages', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/map`);
    await page.locator('table.city-table tbody tr').first().waitFor(WAIT);
    await clickCity(page, '南京市');
    await page.waitForURL((url) => url.searchParams.get('city') === '南京市', WAIT);
    const list = page.locator('.city-entity-list li');
    await list.first().waitFor(WAIT);
    const expected = await cityEntityNames('南京市', PLACE_KINDS);
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator('.city-entity-list li a').allInnerTexts()).toEqual(expected);
    expect(await page.getByRole('heading', { level: 2, name: '南京市' }).count()).toBe(1);
    expect(await cityShape(page, '南京市').getAttribute('aria-pressed')).toBe('true');
    const first = page.locator('.city-entity-list li a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/entity\//);
    expect(await list.first().getByRole('button', { name: '加入叙事' }).count()).toBe(1);
    await screenshot(page, 'map-city-selected');

    await first.click();
    await page.waitForURL(/\/entity\//, WAIT);
    await page.goBack();
    await page.locator('.city-entity-list li').first().waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get('city')).toBe('南京市');
  });

  it('selects a city from the keyboard', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/map?kinds=Museum`);
    await page.locator('table.city-table tbody tr').first().waitFor(WAIT);
    await cityShape(page, '苏州市').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('city') === '苏州市', WAIT);
    const expected = await cityEntityNames('苏州市', ['Museum']);
    await page.waitForFunction(
      (count) => document.querySelectorAll('.city-entity-list li').length === count,
      expected.length,
      WAIT,
    );
    expect(await page.locator('.city-entity-list li a').allInnerTexts()).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('Museum');
  });

  it('narrows to one province and sorts the table by name, both kept in the URL', async () => {
    const page = await bed.newPage({ lang: 'en' });
    await page.goto(`${bed.service.url}/map`);
    await page.locator('table.city-table tbody tr').first().waitFor(WAIT);
    await page.getByRole('radio', { name: 'Anhui' }).check();
    await page.waitForURL((url) => url.searchParams.get('province') === '安徽', WAIT);
    expect(await page.locator('path.city[data-province="江苏"]').count()).toBe(0);
    expect(await page.locator('path.city[data-province="安徽"]').count()).toBe(17);
    const anhui = (await byCity(PLACE_KINDS)).filter((row) => row.province === '安徽');
    const wuhu = anhui.find((row) => row.city === '芜湖市')!;
    expect(await cityShape(page, '芜湖市').getAttribute('aria-label')).toBe(`芜湖市: ${wuhu.count} entities`);

    await page.getByRole('button', { name: 'City' }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name', WAIT);
    const cities = await page
      .locator('table.city-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-city')!));
    expect(cities).toEqual(anhui.map((row) => row.city).sort((a, b) => a.localeCompare(b, 'zh-CN')));
    await page.reload();
    await page.locator('table.city-table tbody tr').first().waitFor(WAIT);
    expect(await page.getByRole('radio', { name: 'Anhui' }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'City' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('fits a phone, with the table beside the map', async () => {
    const page = await bed.newPage({ phone: true });
    await page.goto(`${bed.service.url}/map?city=${encodeURIComponent('无锡市')}`);
    await page.locator('.city-entity-list li').first().waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('table.city-table').isVisible()).toBe(true);
    await page.locator('table.city-table').getByRole('button', { name: '常州市' }).click();
    await page.waitForURL((url) => url.searchParams.get('city') === '常州市', WAIT);
    await page.getByRole('heading', { level: 2, name: '常州市' }).waitFor(WAIT);
    await screenshot(page, 'map-phone');
  });
});
