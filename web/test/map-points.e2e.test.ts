import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

interface Position {
  lat: number;
  lng: number;
  precision: string;
}

describe.each(GRAPH_BACKENDS)('the map of points in a real browser, on the %s graph store', (backend) => {
  let bed: WebTestBed;

  beforeAll(async () => {
    bed = await startWebTestBed({ GRAPH_BACKEND: backend });
  });
  afterAll(async () => {
    expect(bed.pageErrors).toEqual([]);
    await bed?.dispose();
  });

  async function countsByPrecision(kinds?: string[]): Promise<{ total: number; byPrecision: Record<string, number> }> {
    const { body } = await graphql<{
      mapPoints: { totalCount: number; countsByPrecision: { precision: string; count: number }[] };
    }>(
      bed.service.url,
      'query ($kinds: [EntityKind!]) { mapPoints(filter: { kinds: $kinds }, first: 1) { totalCount countsByPrecision { precision count } } }',
      { kinds: kinds ?? null },
    );
    const { totalCount, countsByPrecision } = body.data!.mapPoints;
    return {
      total: totalCount,
      byPrecision: Object.fromEntries(countsByPrecision.map((row) => [row.precision, row.count])),
    };
  }

  /** Every entity drawn, once: a single mark or a member of a numbered cluster. */
  async function drawnIds(page: Page): Promise<string[]> {
    return page.evaluate(() => [
      ...[...document.querySelectorAll('.map-points circle.point')].map((mark) => mark.getAttribute('data-id')!),
      ...[...document.querySelectorAll('.map-points g.cluster')].flatMap((mark) =>
        mark.getAttribute('data-ids')!.split(' '),
      ),
    ]);
  }

  async function openMap(page: Page, query = ''): Promise<void> {
    await page.goto(`${bed.service.url}/map${query}`);
    await page.getByTestId('map-points-total').filter({ hasText: '地图上' }).waitFor(WAIT);
  }

  it('draws every positioned entity, at three precisions, with a legend and a table saying which', async () => {
    const page = await bed.newPage();
    await openMap(page);
    const expected = await countsByPrecision();
    expect(expected.byPrecision['EXACT']).toBeGreaterThan(0);
    expect(expected.byPrecision['COUNTY']).toBeGreaterThan(0);
    expect(expected.byPrecision['CITY']).toBeGreaterThan(0);
    expect(await page.getByTestId('map-points-total').innerText()).toContain(
      `地图上 ${expected.total} 个点：精确 ${expected.byPrecision['EXACT']}，区县 ${expected.byPrecision['COUNTY']}，城市 ${expected.byPrecision['CITY']}`,
    );
    const ids = await drawnIds(page);
    expect(ids).toHaveLength(expected.total);
    expect(new Set(ids).size).toBe(expected.total);
    // Entities at one county's point share a numbered mark.
    expect(await page.locator('.map-points g.cluster').count()).toBeGreaterThan(0);
    for (const precision of ['EXACT', 'COUNTY', 'CITY']) {
      expect(await page.locator(`.point-legend li[data-precision="${precision}"]`).innerText()).toContain(
        String(expected.byPrecision[precision]),
      );
    }

    await screenshot(page, `map-points-${backend}`, { fullPage: false });

    // The table under the map is the drawing's text: 茂新 exactly, 宜兴 by its county, 南通纺织博物馆 by its city.
    await page.getByText(`全部点位（${expected.total}）`).click();
    const row = (id: string) => page.locator(`.all-points tr[data-id="${id}"]`);
    expect(await row('hs-maoxin-flour-mill').getAttribute('data-precision')).toBe('EXACT');
    expect(await row('mu-yixing-zisha').innerText()).toContain('宜兴市（320282，无锡市）');
    expect(await row('mu-china-xuan-paper').getAttribute('data-precision')).toBe('COUNTY');
    expect(await row('mu-nantong-textile').innerText()).toContain('南通市中心');

    // A mark opens the list of what stands there.
    const cluster = page.locator('.map-points g.cluster').first();
    const members = (await cluster.getAttribute('data-ids'))!.split(' ');
    await cluster.dispatchEvent('click');
    await page.locator('.chosen-points tbody tr').first().waitFor(WAIT);
    expect(
      await page.locator('.chosen-points tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id'))),
    ).toEqual(members);
  });

  it('narrows the points to a designation list, kept in the URL', async () => {
    const page = await bed.newPage();
    await openMap(page);
    await page.getByRole('checkbox', { name: /^国家工业遗产/ }).check();
    await page.waitForURL((url) => url.searchParams.get('lists') === '国家工业遗产', WAIT);
    const { body } = await graphql<{ mapPoints: { totalCount: number } }>(
      bed.service.url,
      '{ mapPoints(filter: { designationLists: ["国家工业遗产"] }) { totalCount } }',
    );
    const listed = body.data!.mapPoints.totalCount;
    await page
      .getByTestId('map-points-total')
      .filter({ hasText: `地图上 ${listed} 个点` })
      .waitFor(WAIT);
    expect(await drawnIds(page)).toHaveLength(listed);
    expect(await drawnIds(page)).toContain('hs-maoxin-flour-mill');
  });

  it('shows projects as points and filters them by their status', async () => {
    const page = await bed.newPage();
    await openMap(page, '?kinds=Project');
    await page.getByTestId('map-points-total').filter({ hasText: '地图上 7 个点' }).waitFor(WAIT);
    await page.getByRole('group', { name: '项目状态' }).getByRole('checkbox', { name: '储备' }).check();
    await page.waitForURL((url) => url.searchParams.get('projectStatus') === 'RESERVE', WAIT);
    await page.getByTestId('map-points-total').filter({ hasText: '地图上 0 个点' }).waitFor(WAIT);
    await page.getByRole('group', { name: '项目状态' }).getByRole('checkbox', { name: '运营' }).check();
    await page.getByTestId('map-points-total').filter({ hasText: '地图上 7 个点' }).waitFor(WAIT);
    expect(await drawnIds(page)).toContain('project-reuse-jinling-arsenal');
  });

  /** Clicks the map in the middle of a city's outline. */
  async function clickInsideCity(page: Page, city: string) {
    const box = (await page.locator(`path.city[data-city="${city}"]`).boundingBox())!;
    await page.getByTestId('place-target').click({
      position: await page.getByTestId('place-target').evaluate(
        (target, [x, y]) => {
          const frame = target.getBoundingClientRect();
          return { x: x - frame.left, y: y - frame.top };
        },
        [box.x + box.width / 2, box.y + box.height / 2] as [number, number],
      ),
    });
  }

  it('lets a curator pick any entity by name to place it, whether or not it has a position yet', async () => {
    const token = await bed.curatorToken('地图策展人');
    const page = await bed.newPage();
    await page.context().addInitScript((value) => window.sessionStorage.setItem('icg.curatorToken', value), token);
    await openMap(page);
    await page.getByRole('combobox', { name: '要放置的条目' }).fill('大生纱厂旧址');
    await page
      .getByRole('option', { name: /大生纱厂旧址/ })
      .first()
      .click();
    await page.getByTestId('placement-status').filter({ hasText: '点击地图放置“大生纱厂旧址”' }).waitFor(WAIT);
    await clickInsideCity(page, '南通市');
    await page.getByTestId('placement-status').filter({ hasText: '已放置“大生纱厂旧址”' }).waitFor(WAIT);
    const { body } = await graphql<{ entity: { position: Position } }>(
      bed.service.url,
      '{ entity(id: "hs-dasheng-cotton-mill") { position { lat lng precision } } }',
    );
    expect(body.data!.entity.position.precision).toBe('EXACT');
  });

  it('lets a signed-in curator place an entity by clicking the map, and shows it there afterwards', async () => {
    const token = await bed.curatorToken('地图策展人');
    const page = await bed.newPage();
    await page.context().addInitScript((value) => window.sessionStorage.setItem('icg.curatorToken', value), token);
    await openMap(page, `?city=${encodeURIComponent('南通市')}`);
    const entry = page.locator('.city-entity-list li').filter({ hasText: '南通纺织博物馆' });
    await entry.getByRole('button', { name: '在地图上放置' }).click();
    await page.getByTestId('placement-status').filter({ hasText: '点击地图放置“南通纺织博物馆”' }).waitFor(WAIT);

    await clickInsideCity(page, '南通市');
    await page.getByTestId('placement-status').filter({ hasText: '已放置“南通纺织博物馆”' }).waitFor(WAIT);

    const { body } = await graphql<{ entity: { position: Position } }>(
      bed.service.url,
      '{ entity(id: "mu-nantong-textile") { position { lat lng precision } } }',
    );
    const position = body.data!.entity.position;
    expect(position.precision).toBe('EXACT');
    expect(position.lat).toBeGreaterThan(31.5);
    expect(position.lat).toBeLessThan(32.8);
    expect(position.lng).toBeGreaterThan(120.2);
    expect(position.lng).toBeLessThan(122);
    expect(await page.getByTestId('placement-status').innerText()).toContain(
      `北纬 ${position.lat}，东经 ${position.lng}`,
    );

    // Drawn again as an exact point (alone or in a cluster), highlighted, and listed as exact.
    await page.waitForFunction(() => document.querySelector('.map-points .highlight') !== null, undefined, WAIT);
    await screenshot(page, `map-point-placed-${backend}`, { fullPage: false });
    await page.getByText(/^全部点位/).click();
    await page.locator('.all-points tr[data-id="mu-nantong-textile"][data-precision="EXACT"]').waitFor(WAIT);
  });
});
