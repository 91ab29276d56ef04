import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

describe.each(GRAPH_BACKENDS)(
  'creating and retracting an entity in a real browser, on the %s graph store',
  (backend) => {
    let bed: WebTestBed;
    let alice: string;

    beforeAll(async () => {
      bed = await startWebTestBed({ GRAPH_BACKEND: backend });
      alice = await bed.curatorToken('王策展');
    });
    afterAll(async () => {
      await bed?.dispose();
    });

    it('asks before creating a second 张謇, links to the one there, creates it when told it is another, and retracts it', async () => {
      const page = await bed.newPage();
      await page.goto(`${bed.service.url}/curate`);
      await page.getByLabel('策展人令牌').fill(alice);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('已用策展人令牌登录。').waitFor(WAIT);

      const form = page.locator('section.entity-create');
      await form.getByLabel('类型').selectOption('Entrepreneur');
      await form.getByLabel('名称').fill('张謇');
      await form.getByLabel('省').fill('江苏');
      await form.getByLabel('市').fill('南通市');
      await form.getByLabel('来源文献').fill('南通市志');
      await form.getByRole('button', { name: '保存实体' }).click();

      const prompt = form.locator('.entity-create-duplicates');
      await prompt.waitFor(WAIT);
      expect(await prompt.innerText()).toContain('图谱里可能已经有这个实体');
      expect(await prompt.getByRole('link', { name: '张謇' }).getAttribute('href')).toBe('/entity/en-zhang-jian');
      expect(await bed.service.graph.countNodes({ kinds: ['Entrepreneur'], text: '张謇' })).toBe(1);
      await screenshot(page, `entity-create-duplicate-${backend}`);

      await prompt.getByRole('button', { name: '这是另一个实体，仍然新建' }).click();
      const done = form.locator('.entity-create-done');
      await done.waitFor(WAIT);
      const href = await done.getByRole('link', { name: '张謇' }).getAttribute('href');
      expect(href).toMatch(/^\/entity\/entrepreneur-/);
      const id = decodeURIComponent(href!.slice('/entity/'.length));
      expect(await bed.service.graph.getNodes([id])).toMatchObject([{ name: '张謇', city: '南通市' }]);

      // The seeded 张謇 is nobody's to retract; the new one is its creator's.
      await page.goto(`${bed.service.url}/entity/en-zhang-jian`);
      await page.getByRole('heading', { level: 1, name: '张謇' }).waitFor(WAIT);
      await page.getByRole('button', { name: '加入叙事' }).waitFor(WAIT);
      expect(await page.getByRole('button', { name: '撤回我创建的这个实体' }).count()).toBe(0);

      await page.goto(`${bed.service.url}${href}`);
      await page.getByRole('button', { name: '撤回我创建的这个实体' }).click();
      await page.getByLabel('撤回原因').fill('误建的重复条目');
      await page.getByRole('button', { name: '确认撤回' }).click();
      await page.getByText('已撤回：它已从图谱和搜索中移除。').waitFor(WAIT);
      expect(await bed.service.graph.getNodes([id])).toEqual([null]);

      await page.getByRole('button', { name: '撤销撤回' }).click();
      await page.getByRole('button', { name: '撤回我创建的这个实体' }).waitFor(WAIT);
      expect(await bed.service.graph.getNodes([id])).toMatchObject([{ name: '张謇' }]);
      expect(bed.pageErrors).toEqual([]);
    });
  },
);
