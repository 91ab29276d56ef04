import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

/** Words no seeded entity has, so a search for them finds the narrative or nothing of ours. */
const TITLE = '青砖烟囱下的纺织长歌';
const PREFIX = '青砖烟囱下';
const DRAFT_TITLE = '尚在斟酌的运河丝绸叙事';

interface ApiNarrative {
  id: string;
  version: number;
  publishedAt: string | null;
}

describe('published narratives in a real browser', () => {
  let bed: WebTestBed;
  let token: string;

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { body } = await graphql<T>(bed.service.url, query, variables, { authorization: `Bearer ${token}` });
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  async function createNarrative(title: string): Promise<ApiNarrative> {
    const input = { title, items: [{ entityId: 'en-zhang-jian', note: '1894年状元' }, { entityId: 'ent-dasheng' }] };
    const data = await api<{ createNarrative: ApiNarrative }>(
      'mutation ($input: NarrativeInput!) { createNarrative(input: $input) { id version publishedAt } }',
      { input },
    );
    return data.createNarrative;
  }

  async function readNarrative(id: string): Promise<ApiNarrative> {
    const data = await api<{ narrative: ApiNarrative }>(
      'query ($id: ID!) { narrative(id: $id) { id version publishedAt } }',
      {
        id,
      },
    );
    return data.narrative;
  }

  async function untilSearchable(query: string, id: string): Promise<void> {
    const started = performance.now();
    for (;;) {
      const data = await api<{ search: { hits: { entity: { id: string } }[] } }>(
        'query ($q: String!) { search(query: $q, first: 20) { hits { entity { id } } } }',
        { q: query },
      );
      if (data.search.hits.some((hit) => hit.entity.id === id)) return;
      if (performance.now() - started > 10_000) throw new Error(`${id} not findable by ${query} after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function expectNarrativePage(page: Page, id: string, title: string): Promise<void> {
    await page.waitForURL(`**/narrative/${id}`, WAIT);
    await page.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('没有这个实体');
    expect(text).toContain('发布于');
    expect(await page.locator('.print-items > li').count()).toBe(2);
    // Each item opens its entity.
    expect(await page.locator('.print-items > li h2 a').first().getAttribute('href')).toBe('/entity/en-zhang-jian');
  }

  beforeAll(async () => {
    bed = await startWebTestBed();
    token = await bed.curatorToken();
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  it('opens a published narrative from its search hit and from its suggestion, not an entity page', async () => {
    const created = await createNarrative(TITLE);
    await api('mutation ($id: ID!, $v: Int!) { publishNarrative(id: $id, version: $v) { id } }', {
      id: created.id,
      v: created.version,
    });
    await untilSearchable(TITLE, created.id);

    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent(TITLE)}`);
    const hit = page.locator(`li.hit[data-entity-id="${created.id}"]`);
    await hit.waitFor(WAIT);
    expect(await hit.locator('.kind').innerText()).toBe('叙事');
    // A narrative cannot include another, so its hit offers no "add to narrative".
    expect(await hit.getByRole('button', { name: '加入叙事' }).count()).toBe(0);
    await hit.getByRole('link', { name: TITLE }).click();
    await expectNarrativePage(page, created.id, TITLE);
    await screenshot(page, 'narrative-page');

    await page.goto(`${bed.service.url}/`);
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.fill(PREFIX);
    const option = page.getByRole('listbox').getByRole('option', { name: new RegExp(TITLE) });
    await option.first().waitFor(WAIT);
    await option.first().click();
    await expectNarrativePage(page, created.id, TITLE);
    expect(bed.pageErrors).toEqual([]);
  });

  it('shows a draft as such in the curation screen, where its curator publishes and unpublishes it', async () => {
    const draft = await createNarrative(DRAFT_TITLE);
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/curate`);
    await page.getByLabel('策展人令牌').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('已用策展人令牌登录。').waitFor(WAIT);

    const listed = page.locator(`.saved-list li[data-narrative-id="${draft.id}"]`);
    await listed.waitFor(WAIT);
    expect(await listed.locator('.narrative-state').innerText()).toBe('草稿 · 未发布');
    expect(await listed.getByRole('link', { name: '公开页面' }).count()).toBe(0);

    await listed.getByRole('button', { name: '发布', exact: true }).click();
    await listed.locator('.narrative-state.published').waitFor(WAIT);
    expect(await listed.locator('.narrative-state').innerText()).toMatch(/^已发布 · \d{4}-\d{2}-\d{2}$/);
    const published = await readNarrative(draft.id);
    expect(published.publishedAt).not.toBeNull();
    expect(published.version).toBe(2);
    await screenshot(page, 'curate-published');

    await listed.getByRole('link', { name: '公开页面' }).click();
    await expectNarrativePage(page, draft.id, DRAFT_TITLE);

    await page.goBack();
    await listed.getByRole('button', { name: '撤回发布' }).click();
    await listed.locator('.narrative-state.draft').waitFor(WAIT);
    expect(await readNarrative(draft.id)).toMatchObject({ version: 3, publishedAt: null });
    expect(bed.pageErrors).toEqual([]);
  });
});
