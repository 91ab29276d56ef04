import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

const REUSE_TASK = 'policy-jiangsu-2021-2025-t06';

const UPSERT_PROJECT = /* GraphQL */ `
  mutation UpsertProject($input: UpsertProjectInput!) {
    upsertProject(input: $input) {
      project {
        id
      }
    }
  }
`;

const rows = (page: Page) => page.locator('li.project-row');

async function rowIds(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-project') ?? ''));
}

/** Waits for the list to show `count` projects, as the total above it says. */
async function waitForTotal(page: Page, count: number) {
  await page.locator('.projects-total', { hasText: `共 ${count} 个项目` }).waitFor(WAIT);
}

describe.each(GRAPH_BACKENDS)('the project base in a real browser, on the %s graph store', (backend) => {
  let bed: WebTestBed;
  let projectId: string;

  beforeAll(async () => {
    bed = await startWebTestBed({ GRAPH_BACKEND: backend });
    const token = await bed.curatorToken('项目库管理员');
    const { body } = await graphql<{ upsertProject: { project: { id: string } } }>(
      bed.service.url,
      UPSERT_PROJECT,
      {
        input: {
          name: '大生纱厂旧址活化利用二期',
          type: 'HERITAGE_REUSE',
          status: 'UNDER_CONSTRUCTION',
          province: '江苏',
          city: '南通市',
          startYear: 2025,
          reuses: ['hs-dasheng-cotton-mill'],
          answers: [REUSE_TASK],
          sources: [{ document: '南通市工业遗产保护利用项目调查', takenAt: '2026-11-20' }],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    projectId = body.data.upsertProject.project.id;
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  it('lists every project with its type and status, and narrows the list by each filter', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/projects`);
    await waitForTotal(page, 8);
    expect(await rows(page).count()).toBe(8);
    const jinling = rows(page).filter({ has: page.locator('a', { hasText: '金陵机器制造局旧址活化利用项目' }) });
    expect(await jinling.locator('.project-type').innerText()).toBe('工业遗产活化利用');
    expect(await jinling.locator('.project-status').innerText()).toBe('运营');
    expect(await jinling.locator('.project-derived').innerText()).toBe('由整理数据推得');
    // The counts beside each choice say what choosing it would list.
    expect(await page.locator('select[name="status"] option[value="UNDER_CONSTRUCTION"]').innerText()).toBe('在建 (1)');
    await screenshot(page, `projects-${backend}`);

    await page.selectOption('select[name="province"]', '安徽');
    await waitForTotal(page, 1);
    expect(await rowIds(page)).toEqual(['project-reuse-yixin-flour-mill']);
    expect(new URL(page.url()).searchParams.get('province')).toBe('安徽');

    await page.selectOption('select[name="province"]', '江苏');
    await waitForTotal(page, 7);
    await page.selectOption('select[name="city"]', '南京市');
    await waitForTotal(page, 3);
    await page.selectOption('select[name="status"]', 'UNDER_CONSTRUCTION');
    await waitForTotal(page, 0);
    await page.selectOption('select[name="city"]', '');
    await waitForTotal(page, 1);
    expect(await rowIds(page)).toEqual([projectId]);

    // The URL re-opens the same list; the task filter keeps the projects answering the task.
    await page.goto(`${bed.service.url}/projects?task=${REUSE_TASK}`);
    await waitForTotal(page, 1);
    expect(await page.locator('select[name="task"]').inputValue()).toBe(REUSE_TASK);
    const row = rows(page).first();
    expect(await row.innerText()).toContain('落实任务：培育工业遗产重点项目');
    expect(bed.pageErrors).toEqual([]);
  });

  it("shows each task's projects on the policy dashboard and in the task's panel", async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/policy`);
    const card = page.locator(`article.policy-task[data-task="${REUSE_TASK}"]`);
    await card.locator('.task-projects').waitFor(WAIT);
    expect(await card.locator('.task-projects li').count()).toBe(1);
    expect(await card.locator(`.task-projects li[data-project="${projectId}"]`).innerText()).toBe(
      '大生纱厂旧址活化利用二期 工业遗产活化利用 · 在建',
    );
    // Its target counts the 6 Jiangsu reuse projects the data implies and the new one.
    expect(await card.locator('.task-targets').innerText()).toContain('7');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `policy-task-projects-${backend}`, { fullPage: false });

    await page.goto(`${bed.service.url}/entity/${REUSE_TASK}`);
    const panel = page.locator('.policy-task-panel .task-projects');
    await panel.waitFor(WAIT);
    expect(await panel.locator('li').innerText()).toContain('大生纱厂旧址活化利用二期');
    await panel.locator('a', { hasText: '在项目库中查看' }).click();
    await waitForTotal(page, 1);
    expect(new URL(page.url()).pathname).toBe('/projects');
    expect(bed.pageErrors).toEqual([]);
  });

  it("shows a derived project's type, status, period, what it reuses and what it was derived from", async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/entity/project-reuse-jinling-arsenal`);
    const panel = page.locator('.project-panel');
    await panel.waitFor(WAIT);
    const facts = await panel.locator('.project-facts').innerText();
    for (const text of ['工业遗产活化利用', '运营', '2007–', '金陵机器制造局旧址', '晨光1865文化创意产业园']) {
      expect(facts).toContain(text);
    }
    expect(await panel.locator('.project-note').innerText()).toMatch(/^由整理数据推得：金陵机器制造局旧址改造为/);
    expect(await panel.innerText()).toContain('hs-jinling-arsenal|CONVERTED_TO|ts-chenguang-1865');
    expect(await page.locator('.entity-kind').innerText()).toBe('项目');
    expect(bed.pageErrors).toEqual([]);
  });
});
