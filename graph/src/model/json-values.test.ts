import { describe, expect, it } from 'vitest';
import { jsonValueProblem, MAX_PROPERTY_DEPTH, normalizeJsonStrings } from './json-values.ts';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
};

describe('jsonValueProblem', () => {
  it('accepts plain JSON', () => {
    expect(jsonValueProblem({ founded_year: 1895, names: ['大生'], ok: true, none: null }, 'properties')).toBe(
      undefined,
    );
  });

  it('refuses a number JSON.parse made infinite (1e400), naming its path', () => {
    expect(jsonValueProblem(JSON.parse('{"a":{"b":[1e400]}}'), 'properties')).toBe(
      'properties.a.b[0] must be a finite number (got Infinity)',
    );
  });

  it(`accepts ${MAX_PROPERTY_DEPTH} levels and refuses one more`, () => {
    expect(jsonValueProblem(nested(MAX_PROPERTY_DEPTH), 'properties')).toBeUndefined();
    expect(jsonValueProblem(nested(MAX_PROPERTY_DEPTH + 1), 'properties')).toMatch(/nests deeper than 16 levels/);
  });

  it('refuses a value nested 100,000 deep without exhausting the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(jsonValueProblem({ deep }, 'properties')).toMatch(/nests deeper/);
    expect(() => normalizeJsonStrings({ deep })).not.toThrow();
  });
});

describe('normalizeJsonStrings', () => {
  it('normalises every string and key', () => {
    expect(normalizeJsonStrings({ 'Cafe\u0301': ['Cafe\u0301', 1] })).toEqual({ 'Caf\u00e9': ['Caf\u00e9', 1] });
  });
});
