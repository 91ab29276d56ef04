import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RateBudgets } from './api-limits.ts';
import { createClientAddressResolver, createRateLimiter, formatRate, rateClassesOf } from './use-rate-limit.ts';

const classes = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  Object.fromEntries(rateClassesOf(parse(query), { variables, operationName }));

describe('rateClassesOf', () => {
  it('counts the root fields of each class, aliases included', () => {
    expect(
      classes(
        '{ a: search(query: "南京") { totalHits } b: search(query: "苏州") { totalHits } suggest(prefix: "金") { text } }',
      ),
    ).toEqual({ search: 2, suggest: 1 });
    expect(classes('{ paths(from: "a", to: "b") { length } }')).toEqual({ paths: 1 });
  });

  it('counts a neighbourhood only from depth 2, reading literals, variables and their defaults', () => {
    expect(classes('{ neighborhood(id: "x") { nodes { id } } }')).toEqual({});
    expect(classes('{ neighborhood(id: "x", depth: 1) { nodes { id } } }')).toEqual({});
    expect(classes('{ neighborhood(id: "x", depth: 2) { nodes { id } } }')).toEqual({ neighborhood: 1 });
    const query = 'query ($d: Int = 3) { neighborhood(id: "x", depth: $d) { nodes { id } } }';
    expect(classes(query)).toEqual({ neighborhood: 1 });
    expect(classes(query, { d: 1 })).toEqual({});
    expect(classes(query, { d: 2 })).toEqual({ neighborhood: 1 });
  });

  it('finds root fields through fragments and inline fragments', () => {
    const query = /* GraphQL */ `
      query {
        ...Both
        ... on Query {
          paths(from: "a", to: "b") {
            length
          }
        }
      }
      fragment Both on Query {
        search(query: "纺织") {
          totalHits
        }
        suggest(prefix: "纺") {
          text
        }
      }
    `;
    expect(classes(query)).toEqual({ search: 1, suggest: 1, paths: 1 });
  });

  it('leaves out fields that @skip or @include keep from running', () => {
    const query =
      'query ($on: Boolean!) { search(query: "x") @include(if: $on) { totalHits } paths(from: "a", to: "b") @skip(if: true) { length } }';
    expect(classes(query, { on: false })).toEqual({});
    expect(classes(query, { on: true })).toEqual({ search: 1 });
  });

  it('counts one fanout per root field that reads relationships anywhere below it, through fragments', () => {
    expect(classes('{ entity(id: "x") { name } node(id: "y") { id } }')).toEqual({});
    expect(
      classes(/* GraphQL */ `
        {
          a: entity(id: "hub") {
            relationships(first: 5) {
              from {
                relationships {
                  id
                }
              }
            }
          }
          b: node(id: "hub") {
            ...Links
          }
          c: entities(first: 10) {
            edges {
              node {
                relationshipCount
              }
            }
          }
          d: search(query: "纺织") {
            hits {
              entity {
                ... on BasicEntity {
                  relationships {
                    id
                  }
                }
              }
            }
          }
          e: entity(id: "x") {
            name
          }
        }
        fragment Links on BasicEntity {
          relationships {
            id
          }
        }
      `),
    ).toEqual({ fanout: 4, search: 1 });
  });

  it('counts timeline and timelineCount in a class of their own, and their relationships as fanout', () => {
    expect(classes('{ timeline { year } timelineCount }')).toEqual({ timeline: 2 });
    expect(classes('{ timeline(first: 10) { entity { relationships { id } } } }')).toEqual({ timeline: 1, fanout: 1 });
  });

  it('ignores cheap fields, nested fields of the same name, and operations other than the one asked for', () => {
    expect(classes('{ entity(id: "x") { id } stats { nodes } entities(first: 5) { totalCount } }')).toEqual({});
    const twoOperations = 'query Cheap { stats { nodes } } query Costly { search(query: "x") { totalHits } }';
    expect(classes(twoOperations, {}, 'Cheap')).toEqual({});
    expect(classes(twoOperations, {}, 'Costly')).toEqual({ search: 1 });
  });
});

const BUDGETS: RateBudgets = {
  search: { perSecond: 10, burst: 30 },
  suggest: { perSecond: 20, burst: 40 },
  paths: { perSecond: 1, burst: 5 },
  neighborhood: null,
  fanout: { perSecond: 2, burst: 10 },
  timeline: null,
};

function clock() {
  let ms = 0;
  return {
    now: () => ms,
    advance: (seconds: number) => {
      ms += seconds * 1000;
    },
  };
}

const one = (rateClass: 'search' | 'suggest' | 'paths' | 'neighborhood', count = 1) => new Map([[rateClass, count]]);

describe('createRateLimiter', () => {
  it('serves a whole burst, then refuses and says when to retry', () => {
    const time = clock();
    const limiter = createRateLimiter({ budgets: BUDGETS, now: time.now });
    for (let i = 0; i < 5; i += 1) expect(limiter.take('10.0.0.1', one('paths'))).toBeUndefined();
    expect(limiter.take('10.0.0.1', one('paths'))).toEqual({
      rateClass: 'paths',
      budget: { perSecond: 1, burst: 5 },
      wanted: 1,
      retryAfterSeconds: 1,
    });
  });

  it('refills at the stated rate, and serves again after retryAfterSeconds', () => {
    const time = clock();
    const limiter = createRateLimiter({ budgets: BUDGETS, now: time.now });
    for (let i = 0; i < 30; i += 1) limiter.take('10.0.0.1', one('search'));
    const refusal = limiter.take('10.0.0.1', one('search', 3));
    expect(refusal?.retryAfterSeconds).toBe(1); // 3 operations at 10/s
    time.advance(0.2);
    expect(limiter.take('10.0.0.1', one('search', 3))).toBeDefined();
    time.advance(0.1);
    expect(limiter.take('10.0.0.1', one('search', 3))).toBeUndefined();
  });

  it('keeps a budget per client and per class', () => {
    const limiter = createRateLimiter({ budgets: BUDGETS, now: clock().now });
    for (let i = 0; i < 5; i += 1) limiter.take('10.0.0.1', one('paths'));
    expect(limiter.take('10.0.0.1', one('paths'))).toBeDefined();
    expect(limiter.take('10.0.0.2', one('paths'))).toBeUndefined();
    expect(limiter.take('10.0.0.1', one('search'))).toBeUndefined();
  });

  it('charges all classes of a request or none', () => {
    const limiter = createRateLimiter({ budgets: BUDGETS, now: clock().now });
    for (let i = 0; i < 5; i += 1) limiter.take('10.0.0.1', one('paths'));
    const both = new Map([
      ['search', 30],
      ['paths', 1],
    ] as const);
    expect(limiter.take('10.0.0.1', both)?.rateClass).toBe('paths');
    expect(limiter.take('10.0.0.1', one('search', 30))).toBeUndefined();
  });

  it('never limits a class without a budget', () => {
    const limiter = createRateLimiter({ budgets: BUDGETS, now: clock().now });
    for (let i = 0; i < 1000; i += 1) expect(limiter.take('10.0.0.1', one('neighborhood'))).toBeUndefined();
    expect(limiter.size).toBe(0);
  });

  it('scales every budget for a scaled client (curators)', () => {
    const limiter = createRateLimiter({ budgets: BUDGETS, now: clock().now });
    for (let i = 0; i < 50; i += 1) expect(limiter.take('curator:c1', one('paths'), 10)).toBeUndefined();
    expect(limiter.take('curator:c1', one('paths'), 10)?.budget).toEqual({ perSecond: 10, burst: 50 });
  });

  it('drops the buckets of clients gone idle once they have refilled', () => {
    const time = clock();
    const limiter = createRateLimiter({ budgets: BUDGETS, now: time.now });
    for (let i = 0; i < 1000; i += 1) limiter.take(`10.0.${i >> 8}.${i & 255}`, one('paths'));
    expect(limiter.size).toBe(1000);
    time.advance(0.5);
    limiter.take('10.9.9.9', one('search'));
    expect(limiter.size).toBe(1001);
    // Paths refill one per second: after a second every 1-token debt is paid and the bucket is dropped.
    time.advance(1);
    limiter.take('10.9.9.9', one('search'));
    expect(limiter.size).toBe(1);
  });

  it('holds at most maxBuckets under an address sweep, and still remembers a client it keeps refusing', () => {
    const limiter = createRateLimiter({ budgets: BUDGETS, now: clock().now, maxBuckets: 1000 });
    for (let i = 0; i < 5; i += 1) limiter.take('10.0.0.1', one('paths'));
    let largest = 0;
    for (let i = 0; i < 100_000; i += 1) {
      limiter.take(`172.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, one('paths'));
      largest = Math.max(largest, limiter.size);
      if (i % 500 === 0) expect(limiter.take('10.0.0.1', one('paths'))?.rateClass).toBe('paths');
    }
    expect(largest).toBe(1000);
  });

  it('charges work done afterwards into debt, down to minus a burst, and gives back what was not spent', () => {
    const time = clock();
    const limiter = createRateLimiter({ budgets: BUDGETS, now: time.now });
    const fanout = new Map([['fanout' as const, 1]]);
    expect(limiter.take('10.0.0.1', fanout)).toBeUndefined();
    // The operation cost 13 more than it was charged beforehand.
    limiter.charge('10.0.0.1', 'fanout', 13);
    expect(limiter.take('10.0.0.1', fanout)).toMatchObject({ rateClass: 'fanout', retryAfterSeconds: 3 });
    limiter.charge('10.0.0.1', 'fanout', 1000);
    // Never deeper than a burst: 10 to refill at 2/s, and one more to spend.
    expect(limiter.take('10.0.0.1', fanout)?.retryAfterSeconds).toBe(6);
    time.advance(5.5);
    expect(limiter.take('10.0.0.1', fanout)).toBeUndefined();
    expect(limiter.take('10.0.0.2', fanout)).toBeUndefined();
    // Estimated 9, spent 1: 8 given back, never more than a whole burst.
    expect(limiter.take('10.0.0.3', new Map([['fanout' as const, 9]]))).toBeUndefined();
    limiter.charge('10.0.0.3', 'fanout', -8);
    expect(limiter.take('10.0.0.3', new Map([['fanout' as const, 9]]))).toBeUndefined();
    limiter.charge('10.0.0.3', 'fanout', -1000);
    expect(limiter.take('10.0.0.3', new Map([['fanout' as const, 11]]))?.rateClass).toBe('fanout');
  });
});

describe('createClientAddressResolver', () => {
  it('ignores X-Forwarded-For unless proxies are trusted, so it cannot be spoofed', () => {
    const clientOf = createClientAddressResolver(0);
    expect(clientOf('203.0.113.7', '198.51.100.1')).toBe('203.0.113.7');
    expect(clientOf('::ffff:203.0.113.7', undefined)).toBe('203.0.113.7');
  });

  it('with one trusted hop, takes the address that proxy appended (the right-most)', () => {
    const clientOf = createClientAddressResolver(1);
    expect(clientOf('10.0.0.2', '198.51.100.99, 203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('10.0.0.2', null)).toBe('10.0.0.2');
  });

  it('with a list of proxies, takes the right-most hop none of them is, and only from a listed peer', () => {
    const clientOf = createClientAddressResolver(['10.0.0.0/8', '192.0.2.1']);
    expect(clientOf('10.0.0.2', '198.51.100.99, 203.0.113.7, 192.0.2.1')).toBe('203.0.113.7');
    expect(clientOf('10.0.0.2', '10.1.1.1')).toBe('10.1.1.1');
    expect(clientOf('203.0.113.50', '198.51.100.99')).toBe('203.0.113.50');
  });

  it('counts what is not an address as the hop that passed it on', () => {
    expect(createClientAddressResolver(1)('10.0.0.2', 'not-an-address')).toBe('10.0.0.2');
  });

  it('keys IPv6 clients by their /64, since a subscriber can pick any address in it', () => {
    const clientOf = createClientAddressResolver(0);
    expect(clientOf('2001:db8:1:2:aaaa::1', undefined)).toBe('2001:db8:1:2::/64');
    expect(clientOf('2001:db8:1:2:ffff:1:2:3', undefined)).toBe('2001:db8:1:2::/64');
    expect(clientOf('2001:db8::1', undefined)).toBe('2001:db8:0:0::/64');
    expect(clientOf('::1', undefined)).toBe('0:0:0:0::/64');
  });
});

describe('formatRate', () => {
  it('writes a rate below one a second per minute', () => {
    expect(formatRate(10)).toBe('10/s');
    expect(formatRate(0.2)).toBe('12/min');
    expect(formatRate(0.5)).toBe('30/min');
  });
});
