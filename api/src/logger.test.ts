import { describe, expect, it } from 'vitest';
import { createLogger, withLogContext } from './logger.ts';

function capture() {
  const lines: string[] = [];
  return { logger: createLogger((line) => lines.push(line)), lines, parsed: () => lines.map((l) => JSON.parse(l)) };
}

describe('createLogger', () => {
  it('writes one JSON object per line, with level, time, pid and message', () => {
    const { logger, lines, parsed } = capture();
    logger.info('Ready: http://127.0.0.1:4000/\nsecond line of the message');
    expect(lines).toHaveLength(1);
    expect(parsed()[0]).toMatchObject({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      pid: process.pid,
      msg: 'Ready: http://127.0.0.1:4000/\nsecond line of the message',
    });
  });

  it('logs an error with its causes as an object', () => {
    const { logger, parsed } = capture();
    logger.error('Index sync failed', new Error('request failed', { cause: new Error('connect ECONNREFUSED') }));
    const [line] = parsed();
    expect(line).toMatchObject({ level: 'error', msg: 'Index sync failed', err: { message: 'request failed' } });
    expect(JSON.stringify(line.err)).toContain('connect ECONNREFUSED');
  });

  it('adds the fields of the current log context to every line logged inside it, however late', async () => {
    const { logger, parsed } = capture();
    await withLogContext({ requestId: 'r-1' }, async () => {
      logger.info('first');
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.error('later', new Error('x'));
    });
    logger.info('outside');
    expect(parsed().map((line) => line.requestId)).toEqual(['r-1', 'r-1', undefined]);
  });

  it('redacts registered secrets, also JSON-escaped, credential-named fields at any depth, and bearer tokens', () => {
    const { logger, lines } = capture();
    logger.addSecret('master-key-0123456789');
    logger.addSecret('pa"ss\\word-9876');
    const cause = Object.assign(new Error('timeout'), {
      request: { headers: { Authorization: 'Bearer master-key-0123456789', 'X-Curator-Token': 'icg_abcdef' } },
    });
    logger.error('Meilisearch did not answer', new Error('search failed', { cause }));
    logger.info('password pa"ss\\word-9876 in a message, and Bearer icg_0123456789abcdef in another');
    const log = lines.join('\n');
    for (const secret of ['master-key-0123456789', 'ss\\\\word', 'icg_abcdef', 'icg_0123456789abcdef']) {
      expect(log).not.toContain(secret);
    }
    expect(log).toContain('[redacted]');
    expect(log).toContain('Meilisearch did not answer');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
