import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../model/entity-kinds.ts';
import { parseCsv } from './csv/csv.ts';
import { columnKey, nodeColumnKeys } from './csv/kind-columns.ts';
import { csvTemplateFiles, exampleFiles } from './templates.ts';

const templatesDir = fileURLToPath(new URL('../../../docs/templates/', import.meta.url));

describe('docs/templates', () => {
  it('holds one CSV template per kind and relationships.csv, identical to what `pnpm graph templates` writes', async () => {
    const generated = csvTemplateFiles();
    expect([...generated.keys()].sort()).toEqual(
      [...ENTITY_KINDS.map((kind) => `${kind}.csv`), 'relationships.csv'].sort(),
    );
    for (const [name, text] of generated) expect(await readFile(`${templatesDir}${name}`, 'utf8')).toBe(text);
  });

  it('has examples identical to the generated ones (run `pnpm graph templates` after changing them)', async () => {
    const generated = exampleFiles();
    expect((await readdir(`${templatesDir}examples`)).sort()).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(await readFile(`${templatesDir}examples/${name}`, 'utf8')).toBe(text);
  });

  it('headers name each column by key with a Chinese hint, in the documented order', () => {
    const [header] = parseCsv(csvTemplateFiles().get('HeritageSite.csv')!).records;
    expect(header?.fields.map(columnKey)).toEqual(nodeColumnKeys('HeritageSite'));
    expect(header?.fields[1]).toBe('name（名称）');
  });
});
