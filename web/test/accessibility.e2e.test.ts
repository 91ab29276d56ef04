import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe-check.ts';
import { startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

/** Each view in a state that shows its main content, and what to wait for before checking it. */
const DRAFT = {
  title: '张謇与南通',
  items: [
    { entityId: 'en-zhang-jian', name: '张謇', kind: 'Entrepreneur', note: '1895 年创办大生纱厂。' },
    { entityId: 'hs-dasheng-cotton-mill', name: '大生纱厂旧址', kind: 'HeritageSite' },
  ],
};

const VIEWS: { name: string; path: string; ready: string; draft?: typeof DRAFT }[] = [
  { name: 'search start', path: '/', ready: '[data-testid="graph-size"]' },
  { name: 'search results with facets', path: `/?q=${encodeURIComponent('纺织')}`, ready: 'li.hit' },
  { name: 'entity page', path: '/entity/en-zhang-jian', ready: '.neighbour-graph svg' },
  { name: 'graph explorer', path: '/explore?focus=en-zhang-jian', ready: '.graph-node' },
  { name: 'map', path: '/map', ready: 'svg path' },
  { name: 'timeline', path: '/timeline', ready: '.timeline-event' },
  { name: 'policy dashboard', path: '/policy', ready: 'article' },
  { name: 'completeness report', path: '/policy?tab=completeness', ready: 'table' },
  { name: 'curator workspace', path: '/curate', ready: 'input[type="password"]' },
  { name: 'curator workspace with a draft', path: '/curate', ready: '.draft-item', draft: DRAFT },
  { name: 'search widget in the example portal page', path: '/widget-example.html', ready: 'icg-search' },
];

describe('every view against WCAG 2.1 A and AA (axe-core)', () => {
  let bed: WebTestBed;

  beforeAll(async () => {
    bed = await startWebTestBed();
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  it.each(VIEWS)('$name has no serious or critical violation', async ({ path, ready, draft }) => {
    const page = await bed.newPage();
    if (draft)
      await page
        .context()
        .addInitScript((text) => window.localStorage.setItem('icg.narrativeDraft', text), JSON.stringify(draft));
    await page.goto(`${bed.service.url}${path}`);
    await page.locator(ready).first().waitFor(WAIT);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
