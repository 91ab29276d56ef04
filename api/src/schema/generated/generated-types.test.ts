import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../../../../codegen.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('generated GraphQL types', () => {
  it('match the SDL files and the web app operations (run `pnpm codegen` after changing either)', async () => {
    const outputs = (await generate({ ...config, cwd: root, silent: true, hooks: {} }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((output) => output.filename).sort()).toEqual(Object.keys(config.generates).sort());
    for (const output of outputs) {
      const path = `${root}${output.filename}`;
      const expected = await format(output.content, { ...(await resolveConfig(path)), filepath: path });
      expect(await readFile(path, 'utf8'), output.filename).toBe(expected);
    }
  }, 60_000);
});
