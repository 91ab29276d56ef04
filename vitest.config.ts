import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{runtime,graph,seeds,search-indexer,api,web,bench}/src/**/*.test.ts', '{api,web}/test/**/*.test.ts'],
    // One real Neo4j per worker for the suites that run on both graph stores.
    globalSetup: ['vitest.global-setup.ts'],
    // Native addons (LadybugDB, nodejieba) and child servers behave best in forked processes.
    pool: 'forks',
    // Two cores: files that start their own Meilisearch or graph engine should not pile up.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
