import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

interface ApiEvent {
  year: number;
  kind: string;
  label: string;
  entity: { id: string; name: string; province: string | null };
}

describe('the timeline in a real browser', () => {
  let bed: WebTestBed;

  beforeAll(async () => {
    bed = await startWebTestBed();
  });
  afterAll(async () => {
    expect(bed.pageErrors).toEqual([]);
    await bed?.dispose();
  });

  async function timeline(variables: { kinds?: string[]; province?: string; from?: number; to?: number } = {}) {
    const { body } = await graphql<{ timeline: ApiEvent[] }>(
      bed.service.url,
      `
        query ($kinds: [EntityKind!], $province: String, $from: Int, $to: Int) {
          timeline(kinds: $kinds, province: $province, from: $from, to: $to) {
            year
            kind
            label
            entity {
              id
              name
              province
            }
          }
        }
      `,
      variables,
    );
    return body.data!.timeline;
  }

  const shownLabels = (page: Page) => page.locator('.timeline-event .event-label').allInnerTexts();
  const shownYears = (page: Page) =>
    page.locator('.timeline-event').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-year'))));

  async function waitForCount(page: Page, count: number) {
    await page.waitForFunction((n) => document.querySelectorAll('.timeline-event').length === n, count, WAIT);
  }

  it('lists every dated event, oldest first, in decades', async () => {
    const expected = await timeline();
    expect(expected.length).toBeGreaterThan(50);
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/timeline`);
    await waitForCount(page, expected.length);
    expect(await shownLabels(page)).toEqual(expected.map((event) => event.label));
    const years = await shownYears(page);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(await page.getByTestId('timeline-count').innerText()).toBe(`共 ${expected.length} 件事件`);
    const decade1890 = expected.filter((event) => event.year >= 1890 && event.year < 1900).length;
    // The browser puts spaces between the link's parts: 1890 年代： 13 件.
    const decadeLink = new RegExp(`^1890\\s*年代：\\s*${decade1890} 件$`);
    expect(await page.getByRole('link', { name: decadeLink }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: '1890年代' }).count()).toBe(1);
    await screenshot(page, 'timeline-default');
  });

  it('shows only Anhui events when 安徽 is chosen, as the API gives them', async () => {
    const expected = await timeline({ province: '安徽' });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((event) => event.entity.province === '安徽')).toBe(true);
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/timeline`);
    await page.locator('.timeline-event').first().waitFor(WAIT);
    await page.getByRole('radio', { name: '安徽' }).check();
    await page.waitForURL((url) => url.searchParams.get('province') === '安徽', WAIT);
    await waitForCount(page, expected.length);
    expect(await shownLabels(page)).toEqual(expected.map((event) => event.label));
    const provinces = await page.locator('.timeline-event a.event-entity + .kind').allInnerTexts();
    expect(provinces).toHaveLength(expected.length);
    expect(provinces.filter((text) => !text.endsWith('· 安徽'))).toEqual([]);
    await screenshot(page, 'timeline-anhui');
  });

  it('narrows by entity kind and by event kind, and keeps both in the URL', async () => {
    const museums = await timeline({ kinds: ['Museum'] });
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/timeline`);
    await page.locator('.timeline-event').first().waitFor(WAIT);
    await page.getByRole('checkbox', { name: '工业博物馆', exact: true }).check();
    await page.waitForURL((url) => url.searchParams.get('kinds') === 'Museum', WAIT);
    await waitForCount(page, museums.length);
    expect(await shownLabels(page)).toEqual(museums.map((event) => event.label));

    const founded = museums.filter((event) => event.kind === 'FOUNDED');
    expect(founded.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: '创办', exact: true }).check();
    await page.waitForURL((url) => url.searchParams.get('events') === 'FOUNDED', WAIT);
    await waitForCount(page, founded.length);
    expect(await shownLabels(page)).toEqual(founded.map((event) => event.label));

    await page.reload();
    await waitForCount(page, founded.length);
    expect(await page.getByRole('checkbox', { name: '工业博物馆', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '创办', exact: true }).isChecked()).toBe(true);
  });

  it('restores a year range from the URL and takes a new one from the form', async () => {
    const expected = await timeline({ province: '江苏', kinds: ['Enterprise'], from: 1890, to: 1930 });
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/timeline?province=江苏&kinds=Enterprise&from=1890&to=1930`);
    await waitForCount(page, expected.length);
    expect(await shownLabels(page)).toEqual(expected.map((event) => event.label));
    expect(await page.getByLabel('从').inputValue()).toBe('1890');
    expect(await page.getByLabel('到').inputValue()).toBe('1930');
    expect(await page.getByRole('radio', { name: '江苏' }).isChecked()).toBe(true);

    const later = await timeline({ province: '江苏', kinds: ['Enterprise'], from: 1900, to: 1950 });
    await page.getByLabel('从').fill('1900');
    await page.getByLabel('到').fill('1950');
    await page.getByRole('button', { name: '应用' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('from') === '1900' && url.searchParams.get('to') === '1950',
      WAIT,
    );
    await waitForCount(page, later.length);
    expect(await shownLabels(page)).toEqual(later.map((event) => event.label));
    await page.goBack();
    await waitForCount(page, expected.length);
  });

  it('says so when nothing matches, and when the years are reversed', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/timeline?from=1000&to=1100`);
    await page.getByText('这些条件下没有事件。').waitFor(WAIT);
    await page.goto(`${bed.service.url}/timeline?from=2000&to=1900`);
    await page.getByRole('alert').waitFor(WAIT);
    expect(await page.getByRole('alert').innerText()).toBe('起始年份晚于结束年份。');
  });

  it('links an event to its entity page', async () => {
    const [first] = await timeline({ province: '江苏', from: 1895, to: 1895 });
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/timeline?province=江苏&from=1895&to=1895`);
    const link = page.locator('.timeline-event a.event-entity').first();
    await link.waitFor(WAIT);
    expect(await link.innerText()).toBe(first!.entity.name);
    expect(await link.getAttribute('href')).toBe(`/entity/${encodeURIComponent(first!.entity.id)}`);
    await link.click();
    await page.waitForURL((url) => url.pathname === `/entity/${encodeURIComponent(first!.entity.id)}`, WAIT);
    await page.getByRole('heading', { level: 1, name: first!.entity.name }).waitFor(WAIT);
  });

  it('fits a phone', async () => {
    const expected = await timeline({ province: '安徽' });
    const page = await bed.newPage({ phone: true });
    await page.goto(`${bed.service.url}/timeline?province=安徽`);
    await waitForCount(page, expected.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'timeline-phone');
  });
});
