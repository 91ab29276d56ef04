import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '@icg/api/testing';
import { launchBrowser, WAIT } from './browser-harness.ts';

/**
 * GraphiQL in a real browser, under the Content-Security-Policy the service sends with it: it loads only from the
 * service, runs a query, and keeps what is typed into its headers editor (where curators paste tokens) out of the
 * browser's storage.
 */

let service: TestService;
let browser: Browser;

beforeAll(async () => {
  [service, browser] = await Promise.all([startTestService(), launchBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await service?.dispose();
});

describe('GraphiQL', () => {
  it('works under its policy, loading nothing from elsewhere, and never stores the headers editor', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(`${service.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    await page.locator('.graphiql-container').first().waitFor(WAIT);
    await page.locator('.graphiql-execute-button').first().click();
    await page.getByText('"Query"').first().waitFor(WAIT);

    await page.getByRole('button', { name: /^headers$/i }).click();
    const token = 'icg_graphiql0123456789abcdef';
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headersEditor.click();
    await page.keyboard.type(`{"authorization": "Bearer ${token}"}`);
    await page.getByText(token).first().waitFor(WAIT);
    await page.waitForTimeout(1_000);
    await page.reload();
    await page.locator('.graphiql-container').first().waitFor(WAIT);
    const storage = await page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage }));
    expect(storage).not.toContain(token);

    expect(requested.filter((url) => !url.startsWith(service.url) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
