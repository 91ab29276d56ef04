import { describe, expect, it } from 'vitest';
import { createEngineGuard, type EngineGuardOptions } from './engine-guard.ts';

class EngineUnavailable extends Error {}

const never = () => new Promise<never>(() => undefined);
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const TIMING = { probeAfterMs: 20, probeTimeoutMs: 30, halfOpenAfterMs: 150 };

/** An engine the test freezes and thaws: while frozen, neither calls nor liveness checks answer. */
function engine() {
  const state = { frozen: false, gone: false, checksUnanswered: false, checks: 0 };
  const options: EngineGuardOptions = {
    ...TIMING,
    isAlive: () => {
      state.checks += 1;
      if (state.gone) return Promise.reject(new Error('connection refused'));
      return state.frozen || state.checksUnanswered ? never() : after(1, 'ok');
    },
    unavailable: (reason) => new EngineUnavailable(reason),
  };
  return { state, guard: createEngineGuard(options) };
}

async function outcome(promise: Promise<unknown>): Promise<{ value?: unknown; error?: Error; ms: number }> {
  const startedAt = performance.now();
  try {
    return { value: await promise, ms: performance.now() - startedAt };
  } catch (error) {
    return { error: error as Error, ms: performance.now() - startedAt };
  }
}

describe('the engine guard', () => {
  it('waits for a slow answer from an engine that answers its liveness check, and keeps the circuit closed', async () => {
    const { state, guard } = engine();
    const slow = await outcome(guard.run(() => after(200, 'hits')));
    expect(slow.value).toBe('hits');
    expect(state.checks).toBeGreaterThan(1);
    expect(guard.circuit()).toBe('closed');
  });

  it('waits for a call while the engine answers other calls, even when its liveness checks go unanswered', async () => {
    const { state, guard } = engine();
    state.checksUnanswered = true;
    const slow = guard.run(() => after(250, 'slow hits'));
    for (let i = 0; i < 20; i++) await guard.run(() => after(10, i));
    expect(await slow).toBe('slow hits');
    expect(guard.circuit()).toBe('closed');
  });

  it('gives up on a call to a hung engine after the check goes unanswered, and opens the circuit', async () => {
    const { state, guard } = engine();
    state.frozen = true;
    const first = await outcome(guard.run(never));
    expect(first.error).toBeInstanceOf(EngineUnavailable);
    expect(first.error!.message).toBe('no answer within 20 ms, nor to a liveness check within 30 ms');
    expect(first.ms).toBeLessThan(200);
    expect(guard.circuit()).toBe('open');

    let ran = false;
    const next = await outcome(
      guard.run(async () => {
        ran = true;
        return 'hits';
      }),
    );
    expect(ran).toBe(false);
    expect(next.error).toBeInstanceOf(EngineUnavailable);
    expect(next.error!.message).toMatch(
      /^no answer since .*; refused until a test request gets one \(one every 150 ms\)$/,
    );
  });

  it('lets one call through to test the engine after a while, refusing the others meanwhile, and closes once it answers', async () => {
    const { state, guard } = engine();
    state.frozen = true;
    await outcome(guard.run(never));
    await after(160, null);

    // Still hung: the test fails and the circuit opens again.
    const stillHung = guard.run(never);
    expect(guard.circuit()).toBe('half-open');
    expect((await outcome(guard.run(() => after(1, 'queued')))).error).toBeInstanceOf(EngineUnavailable);
    expect((await outcome(stillHung)).error).toBeInstanceOf(EngineUnavailable);
    expect(guard.circuit()).toBe('open');

    state.frozen = false;
    await after(160, null);
    expect((await outcome(guard.run(() => after(1, 'hits')))).value).toBe('hits');
    expect(guard.circuit()).toBe('closed');
    expect((await outcome(guard.run(() => after(1, 'more hits')))).value).toBe('more hits');
  });

  it('leaves the circuit closed for an engine that is gone rather than hung: its own error answers at once', async () => {
    const { state, guard } = engine();
    state.gone = true;
    const refused = await outcome(
      guard.run(() => after(60, null).then(() => Promise.reject(new Error('ECONNREFUSED')))),
    );
    expect(refused.error!.message).toBe('ECONNREFUSED');
    expect(guard.circuit()).toBe('closed');
  });

  it('passes a refusal of the request itself through without counting it against the engine', async () => {
    const { guard } = engine();
    const refused = await outcome(guard.run(() => Promise.reject(new Error('invalid_search_filter'))));
    expect(refused.error!.message).toBe('invalid_search_filter');
    expect(guard.circuit()).toBe('closed');
  });
});
