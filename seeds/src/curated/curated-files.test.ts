import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCuratedGraph } from './curated-graph.ts';
import { CURATED_FILES, readCuratedData, readCuratedFile } from './curated-files.ts';

const curatedDirectory = fileURLToPath(new URL('../../data/curated/', import.meta.url));

describe('curated files', () => {
  const temporary: string[] = [];
  afterEach(async () => {
    await Promise.all(temporary.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
  });

  /** A copy of the three curated files in a fresh temporary folder. */
  async function copyOfCuratedFiles(): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), 'icg-curated-'));
    temporary.push(directory);
    await Promise.all(CURATED_FILES.map(({ file }) => copyFile(join(curatedDirectory, file), join(directory, file))));
    return directory;
  }

  it('are pinned by the SHA-256 of their bytes: entities, relations and the README that explains them', async () => {
    expect(CURATED_FILES.map(({ file }) => file)).toEqual(['entities.json', 'relations.json', 'README.md']);
    for (const { file, sha256 } of CURATED_FILES) {
      const bytes = await readFile(join(curatedDirectory, file));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(sha256);
    }
  });

  it('hold 335 entities and 581 relations', async () => {
    const { entities, relations } = await readCuratedData();
    expect(entities).toHaveLength(335);
    expect(relations).toHaveLength(581);
    expect(await readCuratedFile('README.md')).toContain('`entities.json` (335 records) and `relations.json` (581');
  });

  it('read from a copy elsewhere when it is byte-identical', async () => {
    const directory = await copyOfCuratedFiles();
    const { entities } = await readCuratedData({ directory });
    expect(entities[0]?.id).toBe('city-nanjing');
  });

  it('refuse a copy whose records changed, with code CHECKSUM_MISMATCH, before building anything', async () => {
    const directory = await copyOfCuratedFiles();
    const entities = await readFile(join(directory, 'entities.json'), 'utf8');
    const edited = entities.replace('"founded_year": 1895', '"founded_year": 1896');
    expect(edited).not.toBe(entities);
    await writeFile(join(directory, 'entities.json'), edited);

    await expect(readCuratedData({ directory })).rejects.toMatchObject({
      name: 'SeedError',
      code: 'CHECKSUM_MISMATCH',
    });
    await expect(buildCuratedGraph({ directory })).rejects.toMatchObject({ code: 'CHECKSUM_MISMATCH' });
  });

  it('refuse a copy whose README changed too: it states what the sources mean', async () => {
    const directory = await copyOfCuratedFiles();
    await writeFile(join(directory, 'README.md'), '# Curated records\n');
    await expect(readCuratedData({ directory })).rejects.toMatchObject({
      code: 'CHECKSUM_MISMATCH',
      message: expect.stringContaining('README.md has sha256'),
    });
  });
});
