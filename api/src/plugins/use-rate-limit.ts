import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  CURATOR_RATE_MULTIPLIER,
  MAX_RATE_BUCKETS,
  RATE_CLASSES,
  type RateBudget,
  type RateBudgets,
  type RateClass,
} from './api-limits.ts';
import { limitExceeded } from './limit-exceeded.ts';
import { actualCost } from './fanout-cost.ts';
import { rateClassesOf } from './rate-classes.ts';
import type { ReadTally } from './read-tally.ts';
import { costModelOf } from './use-limits.ts';
import { operationCost } from './use-max-cost.ts';

export { rateClassesOf };

/**
 * Which peers may name the client in `X-Forwarded-For`: `0` none (the header is ignored), a number
 * of proxy hops in front of the service, or the proxies' addresses and subnets (`10.0.0.0/8`).
 */
export type TrustProxy = number | readonly string[];

export interface RateLimitSettings {
  /** A budget per class, or `'off'`: nothing is rate limited. */
  budgets: RateBudgets | 'off';
  /** @default 0 (X-Forwarded-For is ignored) */
  trustProxy?: TrustProxy;
}

type Variables = Readonly<Record<string, unknown>>;

/** `::ffff:1.2.3.4` (an IPv4 client on a dual-stack socket) is the IPv4 address it carries. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The first four groups of an IPv6 address, expanded: a subscriber gets a whole /64 to choose addresses from. */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const groupsOf = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const first = groupsOf(head);
  const last = tail === undefined ? [] : groupsOf(tail);
  const groups = [...first, ...Array<string>(Math.max(0, 8 - first.length - last.length)).fill('0'), ...last];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Who is asking, as the budget sees it: an IPv4 address, or the /64 of an IPv6 one. Behind trusted
 * proxies it is the right-most address in `X-Forwarded-For` that no trusted proxy added; a client
 * can prepend whatever it likes to that header, but not past the proxies that append to it.
 */
export function createClientAddressResolver(trustProxy: TrustProxy = 0) {
  const trusted = typeof trustProxy === 'number' ? undefined : proxyList(trustProxy);
  const hops = typeof trustProxy === 'number' ? trustProxy : 0;
  const isTrusted = (address: string) =>
    trusted !== undefined &&
    (isIPv4(address) || isIPv6(address)) &&
    trusted.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');

  return (socketAddress: string | undefined, forwardedFor: string | null | undefined): string => {
    const peer = unmapped(socketAddress ?? 'unknown');
    let client = peer;
    const chain = (forwardedFor ?? '')
      .split(',')
      .map((hop) => unmapped(hop.trim()))
      .filter((hop) => hop !== '');
    if (hops > 0) {
      const hopsSeen = [...chain, peer];
      client = hopsSeen[Math.max(0, hopsSeen.length - 1 - hops)]!;
    } else if (trusted && isTrusted(peer)) {
      for (let i = chain.length - 1; i >= 0; i -= 1) {
        client = chain[i]!;
        if (!isTrusted(client)) break;
      }
    }
    // Anything but an address was written by the client, not by a proxy: count it as the hop that passed it on.
    if (!isIPv4(client) && !isIPv6(client)) client = peer;
    return isIPv6(client) ? ipv6Prefix64(client) : client;
  };
}

function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIPv4(address) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

export interface RateRefusal {
  rateClass: RateClass;
  budget: RateBudget;
  /** Operations of that class the request asked for. */
  wanted: number;
  /** When the budget will have room for the request again. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  /** Milliseconds on the limiter's clock. */
  updatedAt: number;
  budget: RateBudget;
}

export interface RateLimiterOptions {
  budgets: RateBudgets;
  /** @default MAX_RATE_BUCKETS */
  maxBuckets?: number;
  /** Milliseconds. @default performance.now */
  now?: () => number;
}

/**
 * Token buckets per client and rate class. A bucket that has refilled holds nothing worth keeping,
 * so idle buckets are dropped (looked for at most once a second) and memory follows the clients
 * active in the last few seconds; past `maxBuckets` the least recently used go first, so an
 * address sweep cannot grow it without bound.
 */
export function createRateLimiter({
  budgets,
  maxBuckets = MAX_RATE_BUCKETS,
  now = () => performance.now(),
}: RateLimiterOptions) {
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  const refilled = ({ tokens, updatedAt, budget }: Bucket, at: number) =>
    Math.min(budget.burst, tokens + ((at - updatedAt) / 1000) * budget.perSecond);

  function dropIdle(at: number) {
    lastSweep = at;
    for (const [key, bucket] of buckets) {
      if (refilled(bucket, at) >= bucket.budget.burst) buckets.delete(key);
    }
  }

  function forgetLeastRecentlyUsed() {
    // Map order is least recently used first: `take` re-inserts what it charges.
    for (const key of buckets.keys()) {
      if (buckets.size <= maxBuckets) break;
      buckets.delete(key);
    }
  }

  return {
    /**
     * Charges `wanted` operations per class to `client`, all or none: a refused request spends
     * nothing. `scale` multiplies every budget (curators).
     */
    take(client: string, wanted: ReadonlyMap<RateClass, number>, scale = 1): RateRefusal | undefined {
      const at = now();
      if (at - lastSweep >= 1000) dropIdle(at);
      const charges: { key: string; bucket: Bucket; tokens: number; count: number }[] = [];
      for (const rateClass of RATE_CLASSES) {
        const count = wanted.get(rateClass) ?? 0;
        const base = budgets[rateClass];
        if (count === 0 || !base) continue;
        const budget = { perSecond: base.perSecond * scale, burst: base.burst * scale };
        const key = `${rateClass}|${client}`;
        const bucket = buckets.get(key) ?? { tokens: budget.burst, updatedAt: at, budget };
        const tokens = refilled(bucket, at);
        // The epsilon keeps float rounding (0.9999…) from refusing a client who waited as told.
        if (tokens + 1e-9 < count) {
          // A client being refused is the one to remember: an address sweep must not push it out.
          if (buckets.delete(key)) buckets.set(key, bucket);
          const missing = Math.min(count, budget.burst) - tokens;
          return {
            rateClass,
            budget,
            wanted: count,
            retryAfterSeconds: Math.max(1, Math.ceil(missing / budget.perSecond)),
          };
        }
        charges.push({ key, bucket, tokens, count });
      }
      for (const { key, bucket, tokens, count } of charges) {
        bucket.tokens = tokens - count;
        bucket.updatedAt = at;
        buckets.delete(key);
        buckets.set(key, bucket);
      }
      forgetLeastRecentlyUsed();
      return undefined;
    },
    /**
     * Charges `count` more of one class for work already done (or gives back what a negative `count`
     * says was not spent): the bucket may go into debt, down to minus a whole burst, and the client
     * then waits until it has refilled.
     */
    charge(client: string, rateClass: RateClass, count: number, scale = 1): void {
      const base = budgets[rateClass];
      if (!base || count === 0) return;
      const at = now();
      const budget = { perSecond: base.perSecond * scale, burst: base.burst * scale };
      const key = `${rateClass}|${client}`;
      const bucket = buckets.get(key) ?? { tokens: budget.burst, updatedAt: at, budget };
      bucket.tokens = Math.min(budget.burst, Math.max(-budget.burst, refilled(bucket, at) - count));
      bucket.updatedAt = at;
      buckets.delete(key);
      buckets.set(key, bucket);
      forgetLeastRecentlyUsed();
    },
    /** Buckets held now. */
    get size() {
      return buckets.size;
    },
  };
}

/** `10/s`, or `12/min` for a rate below one a second. */
export function formatRate(perSecond: number): string {
  if (perSecond >= 1 || !Number.isInteger(perSecond * 60)) return `${Number(perSecond.toFixed(3))}/s`;
  return `${perSecond * 60}/min`;
}

function rateLimited({ rateClass, budget, wanted, retryAfterSeconds }: RateRefusal): GraphQLError {
  const what =
    rateClass === 'fanout' ? 'Too much relationship reading (in cost points)' : `Too many ${rateClass} operations`;
  return new GraphQLError(
    `${what} from this client: the budget is ${formatRate(budget.perSecond)} ` +
      `with bursts of ${budget.burst}. Retry after ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        rateClass,
        budget: { perSecond: budget.perSecond, burst: budget.burst },
        wanted,
        retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      },
    },
  );
}

export interface UseRateLimitOptions extends RateLimitSettings {
  /** The curator behind the request's token, or null; their requests are counted per curator. */
  curatorOf?: (context: unknown) => Promise<string | null>;
  /** @default CURATOR_RATE_MULTIPLIER */
  curatorMultiplier?: number;
  maxBuckets?: number;
  now?: () => number;
}

/** Classes whose refusals are answered after a pause (see `useRateLimit`). */
const SLOWED_CLASSES: ReadonlySet<RateClass> = new Set<RateClass>(['fanout', 'timeline']);
const REFUSAL_DELAY_MS = 1000;

interface HttpContext {
  req?: { socket?: { remoteAddress?: string } };
  request?: { headers: { get(name: string): string | null } };
}

/**
 * Token buckets per client and class of expensive operation (search, suggest, paths, deep
 * neighbourhoods, relationship reads, the timeline), charged when execution is about to start: the document has been validated and
 * the variables are known, and a refused request runs nothing. Refusals are HTTP 429 with
 * `Retry-After` and code RATE_LIMITED; an operation asking for more than a whole burst at once
 * (aliases) could never pass, so it is LIMIT_EXCEEDED instead.
 */
export function useRateLimit(options: UseRateLimitOptions): Plugin {
  const { budgets } = options;
  if (budgets === 'off') return {};
  const limiter = createRateLimiter({ budgets, maxBuckets: options.maxBuckets, now: options.now });
  const clientAddressOf = createClientAddressResolver(options.trustProxy ?? 0);
  const curatorMultiplier = options.curatorMultiplier ?? CURATOR_RATE_MULTIPLIER;

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = {
        operationName: args.operationName,
        variables: args.variableValues as Variables | null | undefined,
      };
      const wanted = rateClassesOf(args.document, request);
      // The fanout budget is counted in cost points: the operation needs its estimate to start.
      const fanout = (wanted.get('fanout') ?? 0) > 0 && budgets.fanout !== null;
      if (fanout) wanted.set('fanout', operationCost(args.schema, args.document, { ...costModelOf(), ...request }));
      // Cheap operations return at once, without waiting on a promise.
      if (![...wanted].some(([rateClass, count]) => count > 0 && budgets[rateClass])) return;
      const context = args.contextValue as HttpContext & { reads?: ReadTally };
      // Once it has run, a fanout operation pays what it really cost instead of its estimate: less
      // for pages not full, more for hubs whose every relationship was read.
      const settleFanout = (client: string, scale: number) => {
        if (!fanout) return undefined;
        const estimate = wanted.get('fanout') ?? 0;
        return {
          onExecuteDone({ result }: { result: unknown }) {
            const answer = result && typeof result === 'object' && 'data' in result ? result : undefined;
            limiter.charge(client, 'fanout', actualCost(answer as never, context.reads) - estimate, scale);
          },
        };
      };
      const charge = (curator: string | null) => {
        const client = curator
          ? `curator:${curator}`
          : clientAddressOf(context.req?.socket?.remoteAddress, context.request?.headers.get('x-forwarded-for'));
        const scale = curator ? curatorMultiplier : 1;
        const refusal = limiter.take(client, wanted, scale);
        if (!refusal) return settleFanout(client, scale);
        if (refusal.wanted > refusal.budget.burst) {
          setResultAndStopExecution({
            errors: [
              limitExceeded({
                limit: `${refusal.rateClass} per request`,
                maximum: refusal.budget.burst,
                actual: refusal.wanted,
                message: `The operation asks for more ${refusal.rateClass} operations than a whole burst of the budget`,
              }),
            ],
          });
          return;
        }
        const refuse = () => setResultAndStopExecution({ errors: [rateLimited(refusal)] });
        if (!SLOWED_CLASSES.has(refusal.rateClass)) return refuse();
        // A client sending again as soon as it is refused would keep the service busy refusing it: the
        // refusal waits as long as the client should (at most a second), holding only a timer meanwhile.
        return new Promise<void>((resolve) =>
          setTimeout(() => resolve(refuse()), Math.min(REFUSAL_DELAY_MS, refusal.retryAfterSeconds * 1000)),
        );
      };
      if (!options.curatorOf) return charge(null);
      return options.curatorOf(args.contextValue).then(charge);
    },
  };
}
