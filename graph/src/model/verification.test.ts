import { describe, expect, it } from 'vitest';
import { toEntityRow } from '../records/entity-row.ts';
import type { GraphNode } from './graph-records.ts';
import {
  VERIFIED_MARKER,
  verificationOf,
  verificationProblem,
  verificationStatusOf,
  withCanonicalVerification,
} from './verification.ts';

const AT = '2026-11-23T08:00:00.000Z';
const CHECKED = { document: '南通市志', locator: '第3卷 第12页' };

const node = (properties: GraphNode['properties']): GraphNode => ({
  id: 'ent-dasheng',
  kind: 'Enterprise',
  name: '大生纱厂',
  aliases: [],
  province: '江苏',
  city: '南通市',
  description: null,
  properties,
  sources: [{ url: 'http://www.njdaily.cn/2019/1110/1809216.shtml' }],
});

describe('a fact without a verification', () => {
  it('is unverified, with no one and no time', () => {
    expect(verificationOf(node({ founded_year: 1895 }))).toBeUndefined();
    expect(verificationStatusOf(node({ founded_year: 1895 }))).toBe('unverified');
  });
});

describe('a verification', () => {
  it('names the curator and the time, and for a verified fact the source checked', () => {
    const verification = { status: 'verified', by: '王策展', at: AT, source: CHECKED };
    expect(verificationProblem(verification)).toBeUndefined();
    expect(verificationOf(node({ verification }))).toEqual(verification);
  });

  it('refuses a verified fact that names no source', () => {
    expect(verificationProblem({ status: 'verified', by: '王策展', at: AT })).toMatch(/needs the source/);
  });

  it('refuses a disputed fact without a note saying how the sources disagree', () => {
    expect(verificationProblem({ status: 'disputed', by: '王策展', at: AT })).toMatch(/needs a note/);
    expect(verificationProblem({ status: 'disputed', by: '王策展', at: AT, note: '  ' })).toMatch(/needs a note/);
    expect(
      verificationProblem({ status: 'disputed', by: '王策展', at: AT, note: '另有来源称由薛南溟与周舜卿合资创办' }),
    ).toBeUndefined();
  });

  it('names what is wrong: an unknown status, a missing curator, a date that is not a timestamp, a stray field', () => {
    expect(verificationProblem({ status: 'checked', by: '王策展', at: AT })).toMatch(/status must be one of/);
    expect(verificationProblem({ status: 'unverified', at: AT })).toMatch(/by must name the curator/);
    expect(verificationProblem({ status: 'unverified', by: '王策展', at: '2026-11' })).toMatch(/at must be an ISO/);
    expect(verificationProblem({ status: 'unverified', by: '王策展', at: AT, level: 1 })).toMatch(
      /unknown field "level"/,
    );
    expect(verificationProblem('verified')).toMatch(/must be an object/);
  });
});

describe('stored verifications', () => {
  it('are written status first, so the stores find verified records by one piece of text', () => {
    const verification = { source: CHECKED, at: AT, by: '王策展', status: 'verified' };
    const row = toEntityRow(node({ founded_year: 1895, verification }), 0);
    expect(row.properties).toContain(VERIFIED_MARKER);
    expect(JSON.parse(row.properties)).toEqual({ founded_year: 1895, verification });
  });

  it('are refused whole when malformed, naming the record and the field', () => {
    expect(() => toEntityRow(node({ verification: { status: 'disputed', by: '王策展', at: AT } }), 0)).toThrow(
      /node "ent-dasheng": properties.verification a disputed fact needs a note/,
    );
  });

  it('leave properties without a verification as they are', () => {
    const properties = { founded_year: 1895 };
    expect(withCanonicalVerification(properties)).toEqual({ properties });
  });

  it('cannot be forged by a text value: quotes inside a JSON string are escaped', () => {
    const row = toEntityRow(node({ note: '"verification":{"status":"verified"' }), 0);
    expect(row.properties).not.toContain(VERIFIED_MARKER);
  });
});
