import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql } from '@icg/api/testing';
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

describe.each(GRAPH_BACKENDS)('verification and source quality in a real browser, on the %s graph store', (backend) => {
  let bed: WebTestBed;
  let token: string;

  beforeAll(async () => {
    bed = await startWebTestBed({ GRAPH_BACKEND: backend });
    token = await bed.curatorToken('王策展');
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  const setVerification = async (input: Record<string, unknown>) => {
    const { body } = await graphql(bed.service.url, SET_VERIFICATION, { input }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
  };

  it('shows an entity’s status with who set it and when, the note when disputed, and each source’s class', async () => {
    await setVerification({
      target: 'ent-dasheng',
      status: 'DISPUTED',
      note: '另有来源称创办于1899年开车之年',
    });
    await setVerification({
      target: 'en-zhang-jian|FOUNDED|ent-dasheng',
      status: 'VERIFIED',
      source: { document: '南通市志', locator: '第3卷 第12页' },
    });

    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/entity/ent-dasheng`);
    await page.getByRole('heading', { level: 1, name: '大生纱厂（江苏大生集团有限公司）' }).waitFor(WAIT);

    const status = page.locator('.entity-header .verification');
    expect(await status.getAttribute('data-verification')).toBe('DISPUTED');
    expect(await status.locator('.verification-badge').innerText()).toBe('有争议');
    expect(await status.locator('.verification-who').innerText()).toMatch(/^王策展 于 \d{4}-\d{2}-\d{2}$/);
    expect(await status.locator('.verification-note').innerText()).toBe('另有来源称创办于1899年开车之年');
    // The disputed note is not listed again among the properties.
    expect(await page.locator('.property-list [data-property="verification"]').count()).toBe(0);

    const sources = page.locator('section[aria-labelledby="entity-sources-heading"] .source');
    expect(await sources.count()).toBeGreaterThan(0);
    const classes = await sources
      .locator('.source-quality')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-source-quality')));
    expect(classes).toHaveLength(await sources.count());
    for (const cls of classes) expect(['OFFICIAL', 'PRESS', 'REFERENCE', 'REPOST', 'UNKNOWN']).toContain(cls);
    const mirror = sources.filter({ has: page.locator('a[href^="https://xiydc.com/"]') });
    if ((await mirror.count()) > 0) expect(await mirror.first().locator('.source-quality').innerText()).toBe('转载站');

    // The verified relationship from 张謇 says so beside it.
    const founded = page.locator('.relation[data-relationship-id="en-zhang-jian|FOUNDED|ent-dasheng"]');
    expect(await founded.locator('.relation-verification').innerText()).toBe('已核实');
    await screenshot(page, `entity-disputed-${backend}`);

    const english = await bed.newPage({ lang: 'en' });
    await english.goto(`${bed.service.url}/entity/ent-dasheng`);
    await english.locator('.entity-header .verification-badge').waitFor(WAIT);
    expect(await english.locator('.entity-header .verification-badge').innerText()).toBe('Disputed');
    expect(await english.locator('.entity-header .verification-who').innerText()).toMatch(/^by 王策展 on \d{4}-/);
    expect(bed.pageErrors).toEqual([]);
  });

  it('marks each search hit with its status and its best source', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/?q=${encodeURIComponent('大生纱厂')}`);
    const hit = page.locator('.hit[data-entity-id="ent-dasheng"]');
    await hit.waitFor(WAIT);
    await hit.locator('.hit-verification[data-verification="DISPUTED"]').waitFor(WAIT);
    expect(await hit.locator('.hit-verification').innerText()).toBe('有争议');
    expect(await hit.locator('.source-quality').getAttribute('data-source-quality')).toMatch(
      /^(OFFICIAL|PRESS|REFERENCE|REPOST|UNKNOWN)$/,
    );
    await screenshot(page, `search-verification-badges-${backend}`);
    expect(bed.pageErrors).toEqual([]);
  });
});
