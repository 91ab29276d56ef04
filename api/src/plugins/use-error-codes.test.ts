import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from './use-error-codes.ts';

const error = (extensions: Record<string, unknown> = {}) => new GraphQLError('x', { extensions });

describe('errorCodeOf', () => {
  it('keeps a code the error already has', () => {
    expect(errorCodeOf(error({ code: 'GRAPHQL_VALIDATION_FAILED' }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCodeOf(error({ code: 'LIMIT_EXCEEDED' }))).toBe('LIMIT_EXCEEDED');
  });

  it("brings Yoga's BAD_REQUEST into our set", () => {
    expect(errorCodeOf(error({ code: 'BAD_REQUEST' }))).toBe('BAD_USER_INPUT');
  });

  it('derives a missing code from the HTTP status, and otherwise blames the request', () => {
    expect(errorCodeOf(error({ http: { status: 403 } }))).toBe('FORBIDDEN');
    expect(errorCodeOf(error({ http: { status: 401 } }))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(error({ http: { status: 413 } }))).toBe('LIMIT_EXCEEDED');
    expect(errorCodeOf(error({ http: { status: 503 } }))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCodeOf(error({ http: { status: 400 } }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(error())).toBe('BAD_USER_INPUT');
  });
});
