import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_ROUTE_BUDGET_BYTES, initialRouteSize } from '../scripts/bundle-size.ts';
import { builtWebApp } from './browser-harness.ts';

describe('the initial route of the production build', () => {
  it('loads at most 350 KB of gzipped JavaScript, and the other views are split off', async () => {
    const dist = await builtWebApp();
    const size = await initialRouteSize(dist);
    console.log(`initial route JavaScript: ${(size.scriptGzipBytes / 1024).toFixed(1)} KB gzip`);
    expect(size.scripts.length).toBeGreaterThan(0);
    expect(size.scriptGzipBytes).toBeGreaterThan(0);
    expect(size.scriptGzipBytes).toBeLessThanOrEqual(INITIAL_ROUTE_BUDGET_BYTES);
    const chunks = (await readdir(join(dist, 'assets'))).filter((file) => file.endsWith('.js'));
    const initial = new Set(size.scripts.map((script) => script.file.replace(/^\/?assets\//, '')));
    expect(chunks.filter((chunk) => !initial.has(chunk)).length).toBeGreaterThanOrEqual(6);
  });
});
