import { describe, expect, it } from 'vitest';
import type { GraphNode } from './graph-records.ts';
import { aliasesProblem, MAX_ALIASES, MAX_RECORD_BYTES, recordSizeProblem } from './entity-limits.ts';

const node = (description: string): GraphNode => ({
  id: 'hs-x',
  kind: 'HeritageSite',
  name: '某遗址',
  aliases: [],
  province: '江苏',
  city: '南京市',
  description,
  properties: {},
  sources: [{ document: '南京市志' }],
});

describe('aliasesProblem', () => {
  it(`allows ${MAX_ALIASES} aliases and refuses one more, naming the limit`, () => {
    const names = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `别名${i}`);
    expect(aliasesProblem('aliases', names.slice(0, MAX_ALIASES))).toBeUndefined();
    expect(aliasesProblem('aliases', names)).toBe('aliases may hold at most 50 names; got 51');
  });

  it('refuses an alias over 200 characters and a list over 2,000 characters in all', () => {
    expect(aliasesProblem('aliases', ['短', '长'.repeat(201)])).toBe('aliases[1] must be at most 200 characters');
    expect(
      aliasesProblem(
        'aliases',
        Array.from({ length: 11 }, () => '名'.repeat(190)),
      ),
    ).toBe('aliases may hold at most 2000 characters in all; got 2090');
  });
});

describe('recordSizeProblem', () => {
  it('refuses a record over 64 KiB as stored, naming its size and the limit', () => {
    expect(recordSizeProblem(node('a'.repeat(1000)))).toBeUndefined();
    const problem = recordSizeProblem(node('遗'.repeat(MAX_RECORD_BYTES / 3)));
    expect(problem).toMatch(/^hs-x would be \d+ bytes as stored; the limit for one record is 65536 bytes/);
  });
});
