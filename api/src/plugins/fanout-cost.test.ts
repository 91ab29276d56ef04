import { describe, expect, it } from 'vitest';
import { actualCost, answerFields } from './fanout-cost.ts';
import { createReadTally } from './read-tally.ts';

describe('what a fanout operation really cost', () => {
  it('counts every field of the answer, list items one by one', () => {
    expect(answerFields({ entity: { name: '张謇', relationships: [{ id: 'a' }, { id: 'b' }] } })).toBe(5);
    expect(answerFields({ entity: null })).toBe(1);
    expect(answerFields(undefined)).toBe(0);
  });

  it('adds a point per record read: a page of a hub reads its every relationship', () => {
    const reads = createReadTally(50_000);
    reads.records = 13_553;
    expect(actualCost({ data: { entity: { id: 'hub' } } }, reads)).toBe(2 + 13_553);
  });
});
