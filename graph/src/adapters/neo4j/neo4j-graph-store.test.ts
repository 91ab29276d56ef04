import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isGraphStoreError } from '../../graph-store-error.ts';
import { createNeo4jGraphStore } from './create-neo4j-graph-store.ts';
import { redactUri, toNeo4jGraphStoreError } from './neo4j-errors.ts';
import { toNeo4jParams } from './neo4j-params.ts';

// Nothing listens here: the failure is a real connection refusal, not a stub.
const UNREACHABLE = 'bolt://127.0.0.1:9';
const target = { uri: 'neo4j://icg:hunter2@db.example:7687', user: 'icg', database: 'heritage' };

describe('Neo4j graph store without a server', () => {
  it('ping rejects with GRAPH_UNAVAILABLE naming the server but not the password', async () => {
    const store = createNeo4jGraphStore({
      uri: UNREACHABLE,
      user: 'icg',
      password: 'hunter2',
      database: 'heritage',
      connectionTimeoutMs: 2_000,
      maxRetryTimeMs: 500,
    });
    try {
      await store.ping();
      throw new Error('expected ping to fail');
    } catch (error) {
      expect(isGraphStoreError(error) && error.code).toBe('GRAPH_UNAVAILABLE');
      expect((error as Error).message).toContain('127.0.0.1:9');
      expect((error as Error).message).not.toContain('hunter2');
    } finally {
      await store.close();
    }
  });

  it('validates records before it ever reaches for the server', async () => {
    const store = createNeo4jGraphStore({ uri: UNREACHABLE, user: 'icg', password: 'x', database: 'heritage' });
    try {
      await expect(store.upsertNodes([{ id: 'a', kind: 'Factory' } as never])).rejects.toMatchObject({
        code: 'INVALID_RECORD',
      });
    } finally {
      await store.close();
    }
  });
});

describe('Neo4j error translation', () => {
  it('maps authentication failures to GRAPH_UNAVAILABLE without credentials in the message', () => {
    const driverError = new Neo4jError(
      'The client is unauthorized due to authentication failure.',
      'Neo.ClientError.Security.Unauthorized' as never,
      '42NFF',
      'unauthorized',
    );
    const error = toNeo4jGraphStoreError(driverError, target);
    expect(error.code).toBe('GRAPH_UNAVAILABLE');
    expect(error.message).toContain('NEO4J_PASSWORD');
    expect(error.message).not.toContain('hunter2');
    expect(error.cause).toBe(driverError);
  });

  it('maps session expiry to GRAPH_UNAVAILABLE and anything else to QUERY_FAILED', () => {
    const expired = new Neo4jError('gone', neo4j.error.SESSION_EXPIRED as never, '08000', 'expired');
    expect(toNeo4jGraphStoreError(expired, target).code).toBe('GRAPH_UNAVAILABLE');
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError' as never, '42001', 'syntax');
    expect(toNeo4jGraphStoreError(syntax, target).code).toBe('QUERY_FAILED');
  });

  it('strips user and password from URIs shown in messages', () => {
    expect(redactUri(target.uri)).toBe('neo4j://db.example:7687');
  });
});

describe('Neo4j parameters', () => {
  it('sends whole top-level numbers as integers, so LIMIT $first is valid', () => {
    const params = toNeo4jParams({ first: 20, ids: ['a'], ratio: 0.5 });
    expect(neo4j.isInt(params.first)).toBe(true);
    expect(params.ids).toEqual(['a']);
    expect(params.ratio).toBe(0.5);
  });
});
