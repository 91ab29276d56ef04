import { GraphStoreError } from '@icg/graph';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiError } from './errors.ts';
import { createLogger } from './logger.ts';
import { createErrorMasker } from './mask-error.ts';

function masker() {
  const lines: string[] = [];
  return { mask: createErrorMasker(createLogger((line) => lines.push(line))), lines };
}

describe('createErrorMasker', () => {
  it('masks an unexpected error: code INTERNAL_SERVER_ERROR, no message, stack or cause for the client', () => {
    const { mask, lines } = masker();
    const thrown = new Error('connect ECONNREFUSED 10.0.0.7:7687 with key s3cr3t');
    const located = new GraphQLError(thrown.message, { originalError: thrown, path: ['stats'] });
    const masked = mask(located, 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(masked.path).toEqual(['stats']);
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/ECONNREFUSED|s3cr3t|at /);
    expect(lines.join('\n')).toMatch(/Unexpected error while executing/);
  });

  it('keeps an expected error and its code', () => {
    const { mask } = masker();
    const expected = apiError('NOT_FOUND', 'No entity has the id x');
    const located = new GraphQLError(expected.message, { originalError: expected, path: ['entity'] });
    expect(mask(located, 'Unexpected error.')).toBe(located);
  });

  it('tells the client a read needed more memory than the store may use, as LIMIT_EXCEEDED, with nothing internal', () => {
    const { mask } = masker();
    const engine = new Error(
      'Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory could be freed!',
    );
    const tooCostly = new GraphStoreError('TOO_COSTLY', 'The query needs more memory than the graph store may use', {
      cause: engine,
    });
    const located = new GraphQLError(tooCostly.message, { originalError: tooCostly, path: ['paths'] });
    const masked = mask(located, 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('The query needs more memory than the graph store may use.');
    expect(masked.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'graph store memory' });
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/Buffer manager/);
  });

  it('keeps an error graphql or Yoga raised about the request itself, for useErrorCodes to give a code', () => {
    const { mask, lines } = masker();
    const requestError = new GraphQLError('Must provide query string.', { extensions: { http: { status: 400 } } });
    expect(mask(requestError, 'Unexpected error.')).toBe(requestError);
    expect(lines).toEqual([]);
  });
});
