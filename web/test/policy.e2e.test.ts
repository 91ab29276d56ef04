import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@icg/api/testing';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

interface ApiDepartment {
  id: string;
  name: string;
}

interface ApiTask {
  id: string;
  number: number;
  name: string;
  province: string;
  leadDepartments: ApiDepartment[];
  participatingDepartments: ApiDepartment[];
  responsiblePerDutyDepartments: ApiDepartment[];
  jointlyResponsibleDepartments: ApiDepartment[];
  targets: { id: string; name: string; progress: { counted: number; goal: number | null; measurable: boolean } }[];
  similarTasks: { score: number; task: { id: string } }[];
  themes: { id: string; name: string }[];
}

interface CompletenessTotals {
  records: number;
  missingCoordinates: number;
  missingDates: number;
  missingSources: number;
  missingDescriptions: number;
}

const TASKS = /* GraphQL */ `
  query {
    entities(kinds: [PolicyTask], first: 40) {
      totalCount
      edges {
        node {
          id
          name
          province
          ... on PolicyTask {
            number
            leadDepartments {
              id
              name
            }
            participatingDepartments {
              id
              name
            }
            responsiblePerDutyDepartments {
              id
              name
            }
            jointlyResponsibleDepartments {
              id
              name
            }
            targets {
              id
              name
              progress {
                counted
                goal
                measurable
              }
            }
            similarTasks {
              score
              task {
                id
              }
            }
            themes {
              id
              name
            }
          }
        }
      }
    }
  }
`;

const TOTALS = /* GraphQL */ `
  query {
    completeness {
      totals {
        records
        missingCoordinates
        missingDates
        missingSources
        missingDescriptions
      }
      byKindAndCity {
        kind
        city
      }
    }
  }
`;

const TASK_2 = 'policy-jiangsu-2021-2025-t02';
const TASK_4 = 'policy-jiangsu-2021-2025-t04';

function taskCard(page: Page, id: string) {
  return page.locator(`article.policy-task[data-task="${id}"]`);
}

function column(page: Page, province: string) {
  return page.locator(`.plan-column[data-province="${province}"]`);
}

/** A role's term and its departments as the card shows them: ['牵头', 'A、B']. */
async function roleText(card: Locator, role: string): Promise<string[]> {
  const entry = card.locator(`[data-role="${role}"]`);
  return [await entry.locator('dt').innerText(), await entry.locator('dd').innerText()];
}

async function openPolicyPage(page: Page, url: string) {
  await page.goto(url);
  await page.locator('article.policy-task').first().waitFor(WAIT);
}

describe('the policy dashboard in a real browser', () => {
  let bed: WebTestBed;
  let tasks: ApiTask[];

  beforeAll(async () => {
    bed = await startWebTestBed();
    const { body } = await graphql<{ entities: { totalCount: number; edges: { node: ApiTask }[] } }>(
      bed.service.url,
      TASKS,
    );
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    tasks = body.data.entities.edges.map((edge) => edge.node);
    expect(tasks).toHaveLength(body.data.entities.totalCount);
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  const provinceTasks = (province: string) => tasks.filter((task) => task.province === province);
  const taskById = (id: string) => {
    const task = tasks.find((candidate) => candidate.id === id);
    if (!task) throw new Error(`the API has no task ${id}`);
    return task;
  };

  it('shows both plans side by side, with departments and target progress as the API gives them', async () => {
    const page = await bed.newPage();
    await openPolicyPage(page, `${bed.service.url}/policy`);

    expect(await page.locator('.national-plan').innerText()).toContain('推进工业文化发展实施方案（2021—2025年）');
    expect(provinceTasks('江苏')).toHaveLength(11);
    expect(await column(page, '江苏').locator('article.policy-task').count()).toBe(11);
    const anhui = provinceTasks('安徽').length;
    expect(anhui).toBeGreaterThan(0);
    expect(await column(page, '安徽').locator('article.policy-task').count()).toBe(anhui);

    // Side by side on a desktop: the Anhui column starts level with the Jiangsu one, to its right.
    const jiangsuBox = await column(page, '江苏').boundingBox();
    const anhuiBox = await column(page, '安徽').boundingBox();
    expect(anhuiBox!.x).toBeGreaterThan(jiangsuBox!.x + jiangsuBox!.width - 1);
    expect(Math.abs(anhuiBox!.y - jiangsuBox!.y)).toBeLessThan(2);

    const task2 = taskById(TASK_2);
    expect(task2.name).toBe('建立工业文化教育和实践体系');
    const card2 = taskCard(page, TASK_2);
    expect(await card2.locator('h4').innerText()).toContain('建立工业文化教育和实践体系');
    const lead = task2.leadDepartments.map((department) => department.name).join('、');
    expect(lead).toBe('江苏省工业和信息化厅、江苏省教育厅');
    expect(await roleText(card2, 'lead')).toEqual(['牵头', lead]);
    const participating = task2.participatingDepartments.map((department) => department.name).join('、');
    expect(await roleText(card2, 'participating')).toEqual(['参与', participating]);
    expect(await card2.locator('[data-role="lead"] a').first().getAttribute('href')).toBe(
      `/entity/${encodeURIComponent(task2.leadDepartments[0]!.id)}`,
    );

    // Task 11 names no lead; the table makes every department jointly responsible.
    const task11 = provinceTasks('江苏').find((task) => task.number === 11)!;
    expect(await roleText(taskCard(page, task11.id), 'joint')).toEqual([
      '共同负责',
      task11.jointlyResponsibleDepartments.map((department) => department.name).join('、'),
    ]);

    // The full text is there on demand.
    await card2.locator('.task-text summary').click();
    expect(await card2.locator('.task-text p').innerText()).toContain('建设20个工业文化研学基地');

    const target = taskById(TASK_4).targets[0]!;
    expect(target.progress.measurable).toBe(true);
    const card4 = taskCard(page, TASK_4);
    expect(await card4.locator('.target-counted').innerText()).toBe(String(target.progress.counted));
    expect(await card4.locator('.target-goal').innerText()).toBe(String(target.progress.goal));
    expect(Number(await card4.locator('progress').getAttribute('value'))).toBe(target.progress.counted);
    await card4.locator('.target-entities summary').click();
    await card4.locator('.counted-entities li').first().waitFor(WAIT);
    expect(await card4.locator('.counted-entities li').count()).toBe(Math.min(100, target.progress.counted));

    // A target the graph cannot count says so, with its rule.
    const unmeasurable = provinceTasks('江苏').find((task) => task.targets.some((t) => !t.progress.measurable))!;
    expect(await taskCard(page, unmeasurable.id).locator('.target-unmeasurable').innerText()).toMatch(/^无法衡量：/);

    await screenshot(page, 'policy-side-by-side');
    expect(bed.pageErrors).toEqual([]);
  });

  it('jumps from a Jiangsu task to its aligned Anhui task and highlights it, in a shareable URL', async () => {
    const page = await bed.newPage();
    await openPolicyPage(page, `${bed.service.url}/policy`);
    const aligned = taskById(TASK_4).similarTasks[0]!.task.id;
    expect(taskById(aligned).province).toBe('安徽');

    const link = taskCard(page, TASK_4).locator('.aligned-link');
    expect(await link.innerText()).toContain(taskById(aligned).name);
    await link.click();
    await page.waitForURL((url) => url.searchParams.get('task') === aligned, WAIT);
    const target = column(page, '安徽').locator(`article.policy-task[data-task="${aligned}"]`);
    await expect.poll(() => target.getAttribute('class'), WAIT).toContain('highlighted');
    await expect.poll(() => target.evaluate((node) => node === document.activeElement), WAIT).toBe(true);
    const box = await target.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height);
    await screenshot(page, 'policy-task-aligned');

    // The shared URL highlights the same task on a fresh page.
    const shared = await bed.newPage();
    await openPolicyPage(shared, page.url());
    expect(await taskCard(shared, aligned).getAttribute('class')).toContain('highlighted');
    expect(await shared.locator('article.policy-task.highlighted').count()).toBe(1);
    expect(bed.pageErrors).toEqual([]);
  });

  it('narrows both plans to one department’s tasks, naming its role, and keeps the filter in the URL', async () => {
    const page = await bed.newPage();
    await openPolicyPage(page, `${bed.service.url}/policy`);
    const education = 'dept-js-education';
    const roleOf = (task: ApiTask) =>
      [
        ['牵头', task.leadDepartments],
        ['参与', task.participatingDepartments],
        ['按职责分工负责', task.responsiblePerDutyDepartments],
        ['共同负责', task.jointlyResponsibleDepartments],
      ]
        .filter(([, departments]) => (departments as ApiDepartment[]).some((d) => d.id === education))
        .map(([role]) => role as string);
    const expected = tasks.filter((task) => roleOf(task).length > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(11);

    await page.getByLabel('责任部门').selectOption(education);
    await page.waitForURL((url) => url.searchParams.get('dept') === education, WAIT);
    await expect
      .poll(
        () => page.locator('article.policy-task').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-task'))),
        WAIT,
      )
      .toEqual(expect.arrayContaining(expected.map((task) => task.id)));
    expect(await page.locator('article.policy-task').count()).toBe(expected.length);
    for (const task of expected) {
      expect(await taskCard(page, task.id).locator('.task-role').innerText()).toBe(
        `所选部门：${roleOf(task).join('、')}`,
      );
    }
    expect(await column(page, '江苏').locator('.plan-count').innerText()).toBe(`显示 ${expected.length} / 11 项任务`);
    await screenshot(page, 'policy-department-filter');

    // Reloaded from its URL, the filter is the same.
    const shared = await bed.newPage();
    await openPolicyPage(shared, page.url());
    expect(await shared.getByLabel('责任部门').inputValue()).toBe(education);
    expect(await shared.locator('article.policy-task').count()).toBe(expected.length);
    expect(bed.pageErrors).toEqual([]);
  });

  it('narrows both plans to one theme from a task’s theme link', async () => {
    const page = await bed.newPage();
    await openPolicyPage(page, `${bed.service.url}/policy`);
    const museum = taskById(TASK_4).themes.find((theme) => theme.name === '工业博物馆')!;
    const expected = tasks.filter((task) => task.themes.some((theme) => theme.id === museum.id));
    expect(new Set(expected.map((task) => task.province))).toEqual(new Set(['江苏', '安徽']));

    await taskCard(page, TASK_4).locator('.task-themes').getByRole('link', { name: museum.name, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('theme') === museum.id, WAIT);
    await expect.poll(() => page.locator('article.policy-task').count(), WAIT).toBe(expected.length);
    expect(await page.locator('select[name="theme"]').inputValue()).toBe(museum.id);
    expect(bed.pageErrors).toEqual([]);
  });

  it('shows the completeness report with the API’s totals and per-city rows on demand', async () => {
    const { body } = await graphql<{
      completeness: { totals: CompletenessTotals; byKindAndCity: { kind: string; city: string | null }[] };
    }>(bed.service.url, TOTALS);
    const { totals, byKindAndCity } = body.data!.completeness;
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/policy?tab=completeness`);
    const totalsRow = page.locator('tr.totals-row');
    await totalsRow.waitFor(WAIT);
    const cells = await totalsRow.locator('td').allInnerTexts();
    expect(cells[0]).toBe(String(totals.records));
    const missing = [totals.missingCoordinates, totals.missingDates, totals.missingSources, totals.missingDescriptions];
    expect(cells.slice(1).map((cell) => Number(cell.split(/\s/)[0]))).toEqual(missing);
    expect(await page.locator('.completeness-note').innerText()).toContain('抽样调查');

    // Kinds with no place on a map show a dash rather than a count.
    expect(await page.locator('tr.kind-row[data-kind="Technique"] td').nth(1).innerText()).toContain('—');

    await page.locator('tr.kind-row[data-kind="Museum"] button').click();
    await page.waitForURL((url) => url.searchParams.get('open') === 'Museum', WAIT);
    const museumCities = byKindAndCity.filter((row) => row.kind === 'Museum').length;
    expect(await page.locator('tr.city-row[data-kind="Museum"]').count()).toBe(museumCities);
    expect(await page.locator('tr.kind-row[data-kind="Museum"] button').getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'policy-completeness');
    expect(bed.pageErrors).toEqual([]);
  });

  it('stacks the plans at phone width without sideways scrolling', async () => {
    const page = await bed.newPage({ phone: true });
    await openPolicyPage(page, `${bed.service.url}/policy?task=${TASK_2}`);
    const jiangsuBox = await column(page, '江苏').boundingBox();
    const anhuiBox = await column(page, '安徽').boundingBox();
    expect(anhuiBox!.y).toBeGreaterThanOrEqual(jiangsuBox!.y + jiangsuBox!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await taskCard(page, TASK_2).getAttribute('class')).toContain('highlighted');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'policy-phone');
    expect(bed.pageErrors).toEqual([]);
  });
});
