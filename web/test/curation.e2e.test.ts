import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

const TITLE = '张謇与南通的近代实业';
const NOTE = '1895 年创办大生纱厂，近代南通由此起步。';

interface ApiNarrative {
  version: number;
  title: string;
  items: { position: number; note: string | null; citations: string[]; entity: { id: string; name: string } }[];
}

async function apiNarrative(bed: WebTestBed, id: string): Promise<ApiNarrative> {
  const { body } = await graphql<{ narrative: ApiNarrative }>(
    bed.service.url,
    /* GraphQL */ `
      query ($id: ID!) {
        narrative(id: $id) {
          version
          title
          items {
            position
            note
            citations
            entity {
              id
              name
            }
          }
        }
      }
    `,
    { id },
  );
  return body.data!.narrative;
}

async function signInThroughForm(page: Page, token: string): Promise<void> {
  await page.getByLabel('策展人令牌').fill(token);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('已用策展人令牌登录。').waitFor(WAIT);
}

async function itemNames(page: Page): Promise<string[]> {
  return page.locator('.draft-item h4 a').allInnerTexts();
}

/** Markdown escapes the brackets of [EB/OL]; the API's entries are compared as plain text. */
const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_[\]<>#|])/g, '$1');

describe('the curator workspace in a real browser', () => {
  let bed: WebTestBed;
  let page: Page;
  let narrativeId = '';

  beforeAll(async () => {
    bed = await startWebTestBed();
    page = await bed.newPage();
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  it('refuses a wrong token with a message and signs in with a real one', async () => {
    await page.goto(`${bed.service.url}/curate`);
    await page.getByRole('heading', { name: '策展人登录' }).waitFor(WAIT);
    expect(await page.getByLabel('策展人令牌').getAttribute('type')).toBe('password');
    expect(await page.locator('.curator-sign-in').innerText()).toContain('pnpm curator add');
    await screenshot(page, 'curate-sign-in');

    await page.getByLabel('策展人令牌').fill('icg_not-a-real-token');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').getByText('令牌无效或已被吊销').waitFor(WAIT);
    expect(await page.evaluate(() => window.sessionStorage.getItem('icg.curatorToken'))).toBeNull();

    const token = await bed.curatorToken();
    await signInThroughForm(page, token);
    expect(await page.locator('body').innerText()).not.toContain(token);
    expect(await page.locator('.signed-in').innerText()).toBe('策展人已登录');
  });

  it('collects three entities from search and the workspace search box', async () => {
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('张謇')}`);
    const zhangJian = page.locator('li.hit[data-entity-id="en-zhang-jian"]');
    await zhangJian.waitFor(WAIT);
    await zhangJian.getByRole('button', { name: '加入叙事' }).click();
    await zhangJian.getByRole('button', { name: '已加入叙事' }).waitFor(WAIT);

    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('南通博物苑')}`);
    const museum = page.locator('li.hit[data-entity-id="mu-nantong-museum"]');
    await museum.waitFor(WAIT);
    await museum.getByRole('button', { name: '加入叙事' }).click();

    await page.goto(`${bed.service.url}/curate`);
    await page.getByLabel('搜索实体').fill('大生纱厂');
    const mill = page.locator('.workspace-hits li[data-entity-id="hs-dasheng-cotton-mill"]');
    await mill.waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get('find')).toBe('大生纱厂');
    await mill.getByRole('button', { name: '加入叙事' }).click();

    await page.locator('.draft-item').nth(2).waitFor(WAIT);
    expect(await itemNames(page)).toEqual(['张謇', '南通博物苑', '大生纱厂旧址']);
    expect(await page.locator('.save-state').innerText()).toBe('尚未保存');
  });

  it('annotates and reorders with the keyboard, then saves the new order with the note', async () => {
    await page.getByLabel('标题').fill(TITLE);
    const first = page.locator('.draft-item').first();
    await first.getByLabel('策展说明').fill(NOTE);
    await first.getByLabel('图注').fill('张謇（企业家，江苏南通市）');
    await screenshot(page, 'curate-draft');

    await page.locator('.draft-item').nth(2).getByRole('button', { name: '上移' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('「大生纱厂旧址」移到第 2 项，共 3 项').waitFor(WAIT);
    // Focus follows the moved item, so a second Enter moves it again.
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('「大生纱厂旧址」移到第 1 项，共 3 项').waitFor(WAIT);
    expect(await itemNames(page)).toEqual(['大生纱厂旧址', '张謇', '南通博物苑']);
    // At the top 上移 turns off, and focus is on the same item's 下移.
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      item: document.activeElement?.closest('li')?.getAttribute('data-entity-id'),
    }));
    expect(focused).toEqual({ text: '下移', item: 'hs-dasheng-cotton-mill' });
    expect(await page.locator('.save-state').innerText()).toBe('尚未保存');
    await screenshot(page, 'curate-reordered');

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.locator('.save-state', { hasText: '已保存 · 第 1 版' }).waitFor(WAIT);
    narrativeId = new URL(page.url()).searchParams.get('narrative') ?? '';
    expect(narrativeId).toMatch(/^narrative-/);

    const saved = await apiNarrative(bed, narrativeId);
    expect(saved.title).toBe(TITLE);
    expect(saved.items.map((item) => [item.position, item.entity.id, item.note])).toEqual([
      [1, 'hs-dasheng-cotton-mill', null],
      [2, 'en-zhang-jian', NOTE],
      [3, 'mu-nantong-museum', null],
    ]);
    await page.locator(`.saved-list li[data-narrative-id="${narrativeId}"]`).waitFor(WAIT);
  });

  it('exports Markdown with the items in order and their citations, and JSON-LD for schema.org', async () => {
    const saved = await apiNarrative(bed, narrativeId);
    const citations = saved.items.flatMap((item) => item.citations);
    expect(citations.length).toBeGreaterThan(3);

    const [markdownFile] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: '导出 Markdown' }).click(),
    ]);
    expect(markdownFile.suggestedFilename()).toBe(`${TITLE}.md`);
    const markdown = await readFile((await markdownFile.path())!, 'utf8');
    expect(markdown.split('\n')[0]).toBe(`# ${TITLE}`);
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## 1. 大生纱厂旧址（工业遗产）',
      '## 2. 张謇（企业家）',
      '## 3. 南通博物苑（工业博物馆）',
    ]);
    expect(markdown).toContain(NOTE);
    expect(markdown).toContain('**张謇（企业家，江苏南通市）**');
    const plain = unescapeMarkdown(markdown);
    for (const citation of citations) expect(plain).toContain(citation);
    expect(markdown).toContain('\n核实状态：未核实\n');
    expect(plain).toMatch(/\. 〔来源：(官方|通讯社或主要报刊|百科或书籍|转载站|来源不明)〕\n/);

    const [jsonFile] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: '导出 JSON-LD' }).click(),
    ]);
    expect(jsonFile.suggestedFilename()).toBe(`${TITLE}.jsonld`);
    const jsonLd = JSON.parse(await readFile((await jsonFile.path())!, 'utf8')) as {
      '@context': unknown;
      '@type': string[];
      name: string;
      itemListElement: { position: number; description?: string; item: Record<string, unknown> }[];
    };
    expect(jsonLd['@context']).toEqual(['https://schema.org', { icg: 'urn:icg:vocab:' }]);
    expect(jsonLd['@type']).toContain('ItemList');
    expect(jsonLd.name).toBe(TITLE);
    expect(jsonLd.itemListElement.map((element) => element.position)).toEqual([1, 2, 3]);
    expect(jsonLd.itemListElement[0]!.item).toMatchObject({
      '@id': `${bed.service.url}/entity/hs-dasheng-cotton-mill`,
      '@type': 'LandmarksOrHistoricalBuildings',
      name: '大生纱厂旧址',
      'icg:verificationStatus': 'unverified',
    });
    // Each GB/T 7714 entry unchanged, as the name of a citation that carries its source's class.
    const cited = jsonLd.itemListElement[0]!.item['citation'] as { name: string; 'icg:sourceQuality': string }[];
    expect(cited.map((citation) => citation.name)).toEqual(saved.items[0]!.citations);
    for (const citation of cited) {
      expect(['official', 'press', 'reference', 'repost', 'unknown']).toContain(citation['icg:sourceQuality']);
    }
    expect(jsonLd.itemListElement[1]).toMatchObject({ description: NOTE, item: { '@type': 'Person', name: '张謇' } });
    expect(jsonLd.itemListElement[2]!.item['@type']).toBe('Museum');
  });

  it('prints the saved narrative with numbered items and a numbered reference list', async () => {
    const saved = await apiNarrative(bed, narrativeId);
    await page.locator('.export-actions').getByRole('link', { name: '打印版' }).click();
    await page.waitForURL(`**/curate/${narrativeId}/print`, WAIT);
    await page.locator('.print-items > li').first().waitFor(WAIT);

    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    const items = page.locator('.print-items > li');
    expect(await items.locator('h2').allInnerTexts()).toEqual([
      expect.stringContaining('大生纱厂旧址'),
      expect.stringContaining('张謇'),
      expect.stringContaining('南通博物苑'),
    ]);
    expect(await items.nth(1).locator('.print-note').innerText()).toBe(NOTE);
    expect(await items.nth(0).locator('.print-refs').innerText()).toMatch(/^参见 \[1\]/);
    const unique = [...new Set(saved.items.flatMap((item) => item.citations))];
    expect(await page.locator('.print-references li .print-citation').allInnerTexts()).toEqual(unique);
    // Beside each entry, outside it: its source's class; under each item, whether anyone checked it.
    expect(await page.locator('.print-references li .print-quality').count()).toBe(unique.length);
    expect(await items.locator('.print-verification').allInnerTexts()).toEqual([
      '核实状态：未核实',
      '核实状态：未核实',
      '核实状态：未核实',
    ]);

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    await screenshot(page, 'curate-print');
  });

  it('keeps the draft over a reload of /curate', async () => {
    await page.goto(`${bed.service.url}/curate`);
    await page.locator('.draft-item').nth(2).waitFor(WAIT);
    expect(await itemNames(page)).toEqual(['大生纱厂旧址', '张謇', '南通博物苑']);
    expect(await page.getByLabel('标题').inputValue()).toBe(TITLE);
    expect(await page.locator('.draft-item').nth(1).getByLabel('策展说明').inputValue()).toBe(NOTE);
    expect(await page.locator('.save-state').innerText()).toBe('已保存 · 第 1 版');
    expect(new URL(page.url()).searchParams.get('narrative')).toBe(narrativeId);
    await page.getByText('已用策展人令牌登录。').waitFor(WAIT);
  });

  it('fits a phone screen, in English too', async () => {
    const phone = await bed.newPage({ phone: true });
    await phone.goto(`${bed.service.url}/curate?narrative=${narrativeId}`);
    await phone.locator('.draft-item').nth(2).waitFor(WAIT);
    expect(await itemNames(phone)).toEqual(['大生纱厂旧址', '张謇', '南通博物苑']);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'curate-phone');
    await phone.context().close();

    const english = await bed.newPage({ phone: true, lang: 'en' });
    await english.goto(`${bed.service.url}/curate?narrative=${narrativeId}`);
    await english.locator('.draft-item').first().waitFor(WAIT);
    expect(await english.getByRole('heading', { level: 1 }).innerText()).toBe('Curator workspace');
    expect(await english.locator('.save-state').innerText()).toBe('Saved · version 1');
    await english.context().close();
  });

  it('explains a version conflict and reloads the newer version', async () => {
    // The creator saves from elsewhere with the same token: the page's draft is now one version behind.
    const pageToken = await page.evaluate(() => window.sessionStorage.getItem('icg.curatorToken'));
    const { body } = await graphql(
      bed.service.url,
      /* GraphQL */ `
        mutation ($id: ID!, $input: NarrativeInput!) {
          updateNarrative(id: $id, version: 1, input: $input) {
            version
          }
        }
      `,
      { id: narrativeId, input: { title: `${TITLE}（修订）`, items: [{ entityId: 'en-zhang-jian' }] } },
      { authorization: `Bearer ${pageToken}` },
    );
    expect(body.errors).toBeUndefined();

    await page.getByLabel('标题').fill(`${TITLE}！`);
    expect(await page.locator('.save-state').innerText()).toBe('有未保存的修改');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('版本冲突').waitFor(WAIT);
    await page.getByRole('button', { name: '载入最新版本' }).click();
    await page.locator('.save-state', { hasText: '已保存 · 第 2 版' }).waitFor(WAIT);
    expect(await itemNames(page)).toEqual(['张謇']);
    expect(await page.getByLabel('标题').inputValue()).toBe(`${TITLE}（修订）`);
  });

  it('does not let a second curator update the narrative', async () => {
    const other = await bed.newPage();
    await other.goto(`${bed.service.url}/curate?narrative=${narrativeId}`);
    await signInThroughForm(other, await bed.curatorToken('第二位策展人'));
    await other.locator('.draft-item').first().waitFor(WAIT);
    expect(await other.getByLabel('标题').inputValue()).toBe(`${TITLE}（修订）`);
    // The saved list already marks it as someone else's: no delete button, a read-only tag.
    const listed = other.locator(`.saved-list li[data-narrative-id="${narrativeId}"]`);
    await listed.locator('.read-only').waitFor(WAIT);
    expect(await listed.getByRole('button', { name: '删除' }).count()).toBe(0);

    await other.getByLabel('标题').fill('改写别人的叙事');
    await other.getByRole('button', { name: '保存', exact: true }).click();
    await other.getByText('只有创建者可以修改它').waitFor(WAIT);
    const stored = await apiNarrative(bed, narrativeId);
    expect([stored.version, stored.title]).toEqual([2, `${TITLE}（修订）`]);
    await other.context().close();
  });

  it('reorders by dragging an item onto another', async () => {
    const dragPage = await bed.newPage();
    await dragPage.goto(`${bed.service.url}/curate?find=${encodeURIComponent('张謇')}`);
    for (const id of ['en-zhang-jian', 'hs-dasheng-cotton-mill']) {
      const hit = dragPage.locator(`.workspace-hits li[data-entity-id="${id}"]`);
      await hit.waitFor(WAIT);
      await hit.getByRole('button', { name: '加入叙事' }).click();
    }
    await dragPage.locator('.draft-item').nth(1).waitFor(WAIT);
    expect(await itemNames(dragPage)).toEqual(['张謇', '大生纱厂旧址']);
    await dragPage
      .locator('.draft-item')
      .nth(1)
      .locator('.drag-handle')
      .dragTo(dragPage.locator('.draft-item').first());
    expect(await itemNames(dragPage)).toEqual(['大生纱厂旧址', '张謇']);

    // An unsaved draft is only thrown away after a confirmation.
    await dragPage.getByRole('button', { name: '新建叙事' }).click();
    await dragPage.getByRole('button', { name: '取消' }).click();
    expect(await itemNames(dragPage)).toEqual(['大生纱厂旧址', '张謇']);
    await dragPage.getByRole('button', { name: '新建叙事' }).click();
    await dragPage.getByRole('button', { name: '放弃草稿并新建' }).click();
    expect(await itemNames(dragPage)).toEqual([]);
    expect(await dragPage.locator('.save-state').innerText()).toBe('空草稿');
    await dragPage.context().close();
  });

  it('raised no page errors', () => {
    expect(bed.pageErrors).toEqual([]);
  });
});
