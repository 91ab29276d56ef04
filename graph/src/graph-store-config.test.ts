import { describe, expect, it } from 'vitest';
import { graphStoreConfigFromEnv, isLocalNeo4jConfig, redactGraphStoreConfig } from './graph-store-config.ts';
import { isGraphStoreError } from './graph-store-error.ts';

function errorOf(read: () => unknown): Error {
  try {
    read();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

describe('graphStoreConfigFromEnv', () => {
  it('defaults to the embedded backend in ./.data', () => {
    expect(graphStoreConfigFromEnv({})).toEqual({ backend: 'embedded', dataDir: './.data' });
    expect(graphStoreConfigFromEnv({ GRAPH_BACKEND: ' ', DATA_DIR: '' })).toEqual({
      backend: 'embedded',
      dataDir: './.data',
    });
  });

  it('reads DATA_DIR for the embedded backend', () => {
    expect(graphStoreConfigFromEnv({ GRAPH_BACKEND: 'embedded', DATA_DIR: '/srv/icg' })).toEqual({
      backend: 'embedded',
      dataDir: '/srv/icg',
    });
  });

  it('reads the buffer pool of the embedded backend in MiB, leaving the default to the store when unset', () => {
    expect(graphStoreConfigFromEnv({ DATA_DIR: '/srv/icg', GRAPH_BUFFER_POOL_MB: ' 64 ' })).toEqual({
      backend: 'embedded',
      dataDir: '/srv/icg',
      bufferPoolBytes: 64 * 1024 * 1024,
    });
    expect(graphStoreConfigFromEnv({ GRAPH_BUFFER_POOL_MB: '' })).not.toHaveProperty('bufferPoolBytes');
  });

  it.each(['0', '8', '65537', '1.5', '64MB', '-64', 'lots'])('refuses GRAPH_BUFFER_POOL_MB=%s, naming it', (value) => {
    const error = errorOf(() => graphStoreConfigFromEnv({ GRAPH_BUFFER_POOL_MB: value }));
    expect(isGraphStoreError(error) && error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain('GRAPH_BUFFER_POOL_MB');
    expect(error.message).toContain(JSON.stringify(value));
  });

  it('reads the Neo4j settings, defaulting user and database to neo4j', () => {
    expect(
      graphStoreConfigFromEnv({ GRAPH_BACKEND: 'neo4j', NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 's3cret' }),
    ).toEqual({ backend: 'neo4j', uri: 'neo4j://db:7687', user: 'neo4j', password: 's3cret', database: 'neo4j' });
    expect(
      graphStoreConfigFromEnv({
        GRAPH_BACKEND: 'neo4j',
        NEO4J_URI: 'bolt://db:7687',
        NEO4J_USER: 'icg',
        NEO4J_PASSWORD: ' spaced ',
        NEO4J_DATABASE: 'heritage',
      }),
    ).toEqual({ backend: 'neo4j', uri: 'bolt://db:7687', user: 'icg', password: ' spaced ', database: 'heritage' });
  });

  it('runs its own Neo4j under DATA_DIR when the Neo4j backend is chosen without NEO4J_URI', () => {
    const config = graphStoreConfigFromEnv({ GRAPH_BACKEND: 'neo4j', DATA_DIR: '/srv/icg', NEO4J_PASSWORD: 'ignored' });
    expect(config).toEqual({ backend: 'neo4j', local: { dataDir: '/srv/icg' } });
    expect(isLocalNeo4jConfig(config)).toBe(true);
    expect(
      graphStoreConfigFromEnv({ GRAPH_BACKEND: 'neo4j', NEO4J_HEAP_MB: '1024', NEO4J_PAGECACHE_MB: '64' }),
    ).toEqual({ backend: 'neo4j', local: { dataDir: './.data', heapMb: 1024, pageCacheMb: 64 } });
  });

  it.each([
    ['NEO4J_HEAP_MB', '64'],
    ['NEO4J_HEAP_MB', '1g'],
    ['NEO4J_PAGECACHE_MB', '8'],
    ['NEO4J_PAGECACHE_MB', '-1'],
  ])('refuses %s=%s for its own Neo4j, naming it', (name, value) => {
    const error = errorOf(() => graphStoreConfigFromEnv({ GRAPH_BACKEND: 'neo4j', [name]: value }));
    expect(isGraphStoreError(error) && error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain(name);
    expect(error.message).toContain(JSON.stringify(value));
  });

  it('refuses an unknown backend by name', () => {
    expect(errorOf(() => graphStoreConfigFromEnv({ GRAPH_BACKEND: 'kuzu' })).message).toContain('"kuzu"');
  });
});

describe('redactGraphStoreConfig', () => {
  it('hides the Neo4j password and leaves everything else', () => {
    const config = graphStoreConfigFromEnv({
      GRAPH_BACKEND: 'neo4j',
      NEO4J_URI: 'neo4j://db',
      NEO4J_PASSWORD: 'hunter2',
    });
    const redacted = redactGraphStoreConfig(config);
    expect(JSON.stringify(redacted)).not.toContain('hunter2');
    expect(redacted).toMatchObject({ backend: 'neo4j', uri: 'neo4j://db', user: 'neo4j', database: 'neo4j' });
    expect(config).toMatchObject({ password: 'hunter2' });
  });
});
