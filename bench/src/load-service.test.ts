import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_ENV, SERVICE_NODE_ARGS } from './load-service.ts';

const ROOT_PACKAGE = new URL('../../package.json', import.meta.url);

describe('startServiceProcess', () => {
  it('runs the service with the node arguments and environment of the root start script', () => {
    const { scripts } = JSON.parse(readFileSync(ROOT_PACKAGE, 'utf8')) as { scripts: Record<string, string> };
    const start = scripts['start'] ?? '';
    // The last command of the script is the service itself: `[NAME=value …] exec node <arguments>`.
    const service = /(?:^|&&)\s*((?:[A-Z_]+=\S+\s+)*)exec node ([^&]+)$/.exec(start);
    expect(service, start).not.toBeNull();
    const [, assignments = '', args = ''] = service!;
    const env = Object.fromEntries(
      assignments
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => pair.split('=')),
    );
    expect(args.trim().split(/\s+/)).toEqual(SERVICE_NODE_ARGS);
    expect(env).toEqual({ ...SERVICE_ENV, STOP_WITH_PARENT: '1' });
  });
});
