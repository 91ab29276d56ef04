import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql } from '@icg/api/testing';
import { seriousViolations } from './axe-check.ts';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

const SET_VERIFICATION = /* GraphQL */ `
  mutation SetVerification($input: SetVerificationInput!) {
    setVerification(input: $input) {
      verification {
        status
      }
    }
  }
`;
const UPSERT = /* GraphQL */ `
  mutation Upsert($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      proposal {
        id
      }
    }
  }
`;
const QUEUE = /* GraphQL */ `
  query Queue {
    reviewQueue(first: 20) {
      items {
        id
        reason
      }
      counts {
        reason
        count
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      name
      description
      verification {
        status
        by
      }
    }
  }
`;

const REASONS = ['REPOST_ONLY', 'DISPUTED', 'IMPORTED', 'UNVERIFIED'];
const CHANGED = '张謇（1853—1926），江苏南通人，清末状元，近代实业家。';

async function signInThroughForm(page: Page, token: string): Promise<void> {
  await page.getByLabel('策展人令牌').fill(token);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('已用策展人令牌登录。').waitFor(WAIT);
}

describe.each(GRAPH_BACKENDS)('the review queue in a real browser, on the %s graph store', (backend) => {
  let bed: WebTestBed;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    bed = await startWebTestBed({ GRAPH_BACKEND: backend });
    alice = await bed.curatorToken('王策展');
    bob = await bed.curatorToken('李审核');
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  async function api<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const { body } = await graphql<T>(bed.service.url, query, variables, { authorization: `Bearer ${token}` });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  }

  it('shows the queue weakest first with its counts, and verifies a fact from it', async () => {
    await api(SET_VERIFICATION, { input: { target: 'ent-dasheng', status: 'DISPUTED', note: '创办年份不一' } }, bob);
    const { reviewQueue } = await api<{
      reviewQueue: { items: { id: string; reason: string }[]; counts: { reason: string; count: number }[] };
    }>(QUEUE, {}, bob);

    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/curate/review`);
    await signInThroughForm(page, bob);
    await page.getByRole('heading', { level: 1, name: '审核队列' }).waitFor(WAIT);
    const items = page.locator('li.review-item');
    await items.first().waitFor(WAIT);

    // The page lists the API's order, reasons never going back, each with the reason in words and why.
    expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-fact-id')))).toEqual(
      reviewQueue.items.map((item) => item.id),
    );
    const reasons = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-reason') ?? ''));
    expect([...reasons].sort((a, b) => REASONS.indexOf(a) - REASONS.indexOf(b))).toEqual(reasons);
    expect(await items.first().locator('.review-why').innerText()).toMatch(
      /^(\d+ 个来源，最好的为「.+」|没有来源).* · 未核实/,
    );
    for (const { reason, count } of reviewQueue.counts) {
      expect(await page.locator(`.review-reasons button[data-reason="${reason}"]`).innerText()).toContain(`(${count})`);
    }
    await screenshot(page, `review-queue-${backend}`);

    // The disputed filter shows the disputed fact, keyboard first.
    const disputed = page.locator('.review-reasons button[data-reason="DISPUTED"]');
    await disputed.focus();
    await page.keyboard.press('Enter');
    expect(await disputed.getAttribute('aria-pressed')).toBe('true');
    await page.locator('li.review-item[data-fact-id="ent-dasheng"]').waitFor(WAIT);

    // Verify the first fact of the whole queue, naming the source checked.
    await page.locator('.review-reasons button', { hasText: '全部' }).click();
    const first = page.locator(`li.review-item[data-fact-id="${reviewQueue.items[0]!.id}"]`);
    await first.getByRole('button', { name: '核实' }).click();
    await first.getByLabel('来源文献名').fill('江苏省工业遗产名录');
    await first.getByRole('button', { name: '确认核实' }).click();
    await first.waitFor({ state: 'detached', ...WAIT });
    await page.locator('table.review-log tbody tr[data-action="VERIFY"]').first().waitFor(WAIT);
  });

  it('lets a second curator approve a change to a verified fact through the page, and downloads the log', async () => {
    const { entity } = await api<{ entity: { name: string } }>(ENTITY, { id: 'en-zhang-jian' }, alice);
    await api(
      SET_VERIFICATION,
      { input: { target: 'en-zhang-jian', status: 'VERIFIED', source: { document: '南通市志' } } },
      alice,
    );
    await api(
      UPSERT,
      {
        input: {
          id: 'en-zhang-jian',
          kind: 'Entrepreneur',
          name: entity.name,
          description: CHANGED,
          sources: [{ document: '张謇全集' }],
        },
      },
      alice,
    );

    // The proposer sees their change waiting, with no way to approve it.
    const own = await bed.newPage({ lang: 'en' });
    await own.goto(`${bed.service.url}/curate/review`);
    await own.getByLabel('Curator token').fill(alice);
    await own.getByRole('button', { name: 'Sign in' }).click();
    const mine = own.locator('li.review-proposal[data-target="en-zhang-jian"]');
    await mine.waitFor(WAIT);
    expect(await mine.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await mine.getByRole('button', { name: 'Withdraw' }).count()).toBe(1);

    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/curate/review`);
    await signInThroughForm(page, bob);
    const proposal = page.locator('li.review-proposal[data-target="en-zhang-jian"]');
    await proposal.waitFor(WAIT);
    expect(await proposal.locator('.review-changes').innerText()).toContain(CHANGED);
    await page.locator('li.review-item').first().getByRole('button', { name: '提出争议' }).click();
    await page.locator('li.review-item').first().getByLabel('争议说明（必填）').waitFor(WAIT);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `review-proposal-${backend}`);
    await proposal.getByRole('button', { name: '批准' }).click();
    await proposal.waitFor({ state: 'detached', ...WAIT });
    await page.locator('table.review-log tbody tr[data-action="APPROVE"]').first().waitFor(WAIT);

    const after = await api<{ entity: { description: string; verification: { status: string; by: string } } }>(
      ENTITY,
      { id: 'en-zhang-jian' },
      bob,
    );
    expect(after.entity).toMatchObject({ description: CHANGED, verification: { status: 'VERIFIED', by: '李审核' } });

    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('review-decisions.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,action,curator,curatorId,target,fact,proposalId,note,before,after');
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(
      expect.arrayContaining(['dispute', 'verify', 'propose', 'approve']),
    );
  });
});
