import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSeedDocument, SEED_DOCUMENTS, type SeedDocumentName } from './seed-documents.ts';

describe('seed documents', () => {
  const temporary: string[] = [];
  afterEach(async () => {
    await Promise.all(temporary.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
  });

  it('record each file with its title, province, date and the checksum of its bytes', async () => {
    for (const document of SEED_DOCUMENTS) {
      const bytes = await readFile(new URL(`../documents/${document.file}`, import.meta.url));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
      expect(document.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('read the Jiangsu task division as text, title and all', async () => {
    const { document, text } = await readSeedDocument('jiangsu-task-division-2021-2025');
    expect(document).toMatchObject({ province: '江苏', takenAt: '2026-11-23' });
    expect(document.title).toBe('江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划任务分工表');
    expect(text).toContain(document.title);
  });

  it('read the Anhui action plan too, whose first line carries the title', async () => {
    const { document, text } = await readSeedDocument('anhui-action-plan-2021-2025');
    expect(document.province).toBe('安徽');
    expect(text.split('\n')[0]).toContain(document.title);
  });

  it('refuse a copy whose bytes changed, with code CHECKSUM_MISMATCH', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'icg-seeds-'));
    temporary.push(directory);
    const original = await readFile(
      new URL('../documents/jiangsu-task-division-2021-2025.txt', import.meta.url),
      'utf8',
    );
    await writeFile(join(directory, 'jiangsu-task-division-2021-2025.txt'), original.replace('省财政厅', '省科技厅'));

    await expect(readSeedDocument('jiangsu-task-division-2021-2025', { directory })).rejects.toMatchObject({
      name: 'SeedError',
      code: 'CHECKSUM_MISMATCH',
    });
  });

  it('refuse a name that is not in the manifest, with code UNKNOWN_SEED_DOCUMENT', async () => {
    await expect(readSeedDocument('shanghai-action-plan' as SeedDocumentName)).rejects.toMatchObject({
      code: 'UNKNOWN_SEED_DOCUMENT',
    });
  });
});
