import { describe, expect, it } from 'vitest';
import { ConfigError, serviceConfigFromEnv } from './config.ts';
import { RATE_LIMITS } from './plugins/api-limits.ts';

const rateLimitOf = (env: NodeJS.ProcessEnv) =>
  serviceConfigFromEnv({ DATA_DIR: '/tmp/icg-config-test', ...env }).rateLimit;

describe('RATE_LIMITS', () => {
  it('defaults to the budgets of api-limits.ts, with X-Forwarded-For ignored', () => {
    expect(rateLimitOf({})).toEqual({ budgets: RATE_LIMITS, trustProxy: 0 });
  });

  it('is off with "off"', () => {
    expect(rateLimitOf({ RATE_LIMITS: 'off' }).budgets).toBe('off');
  });

  it('overrides the classes it names, per second, minute or hour, and turns a class off', () => {
    expect(rateLimitOf({ RATE_LIMITS: 'search=20/s:60, paths=30/min:5,neighborhood=off' }).budgets).toEqual({
      ...RATE_LIMITS,
      search: { perSecond: 20, burst: 60 },
      paths: { perSecond: 0.5, burst: 5 },
      neighborhood: null,
    });
    expect(rateLimitOf({ RATE_LIMITS: 'suggest=3600/h:10' }).budgets).toMatchObject({
      suggest: { perSecond: 1, burst: 10 },
    });
  });

  it.each([
    'search=10/s',
    'search=10:30',
    'search=0/s:30',
    'search=10/s:0',
    'search=10/day:3',
    'sarch=10/s:30',
    'on',
    'search=1/s:1,search=2/s:2',
  ])('refuses %j with a ConfigError naming RATE_LIMITS', (value) => {
    expect(() => rateLimitOf({ RATE_LIMITS: value })).toThrow(ConfigError);
    expect(() => rateLimitOf({ RATE_LIMITS: value })).toThrow(/^RATE_LIMITS /);
  });
});

describe('TRUST_PROXY', () => {
  it('takes a number of hops (1 or true: the proxy in front), or addresses and subnets', () => {
    expect(rateLimitOf({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(rateLimitOf({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(rateLimitOf({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(rateLimitOf({ TRUST_PROXY: 'off' }).trustProxy).toBe(0);
    expect(rateLimitOf({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
      '::1',
    ]);
  });

  it.each(['proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/1', '300.1.1.1'])(
    'refuses %j with a ConfigError naming TRUST_PROXY',
    (value) => {
      expect(() => rateLimitOf({ TRUST_PROXY: value })).toThrow(/^TRUST_PROXY /);
    },
  );
});
