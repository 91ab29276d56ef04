import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_LABELS_ZH, ENTITY_KINDS } from './entity-kinds.ts';
import { RELATION_ENDPOINTS } from './relation-endpoints.ts';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from './relation-types.ts';

const dictionary = await readFile(new URL('../../../docs/data-dictionary.md', import.meta.url), 'utf8');

/** The cells of a Markdown table row, trimmed; `\|` inside a cell is not a separator. */
const cells = (row: string): string[] =>
  row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());

function section(heading: string): string {
  const start = dictionary.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}" in docs/data-dictionary.md`);
  // Up to the next heading of any level: a section's own table comes before its subsections.
  const next = dictionary.indexOf('\n#', start + heading.length + 2);
  return dictionary.slice(start, next < 0 ? undefined : next);
}

const endpointsText = (type: keyof typeof RELATION_ENDPOINTS): string =>
  RELATION_ENDPOINTS[type].map(({ from, to }) => `${from.join(', ')} → ${to.join(', ')}`).join('; ');

describe('docs/data-dictionary.md', () => {
  it('has a section for every node kind, headed by its English and Chinese names', () => {
    for (const kind of ENTITY_KINDS) {
      expect(dictionary).toContain(`\n### ${kind} · ${ENTITY_KIND_LABELS_ZH[kind]}\n`);
    }
  });

  it('lists every node kind in the kinds table with the Chinese name the model shows', () => {
    const rows = new Map(
      section('## Node kinds')
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => cells(line))
        .map(([kind = '', zh = '', english = '']) => [kind.replaceAll('`', ''), { zh, english }]),
    );
    expect([...rows.keys()].sort()).toEqual([...ENTITY_KINDS].sort());
    for (const kind of ENTITY_KINDS) {
      expect(rows.get(kind)?.zh, kind).toBe(ENTITY_KIND_LABELS_ZH[kind]);
      expect(rows.get(kind)?.english, kind).not.toBe('');
    }
  });

  it('has one relationship row per type, with its Chinese name and the ends of RELATION_ENDPOINTS', () => {
    const rows = section('## Relationship types')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => cells(line));
    const types = rows.map(([type = '']) => type.replaceAll('`', ''));
    expect(types).toEqual(RELATION_TYPE_NAMES);
    for (const [type = '', zh, english, ends, meaning] of rows) {
      const name = type.replaceAll('`', '') as keyof typeof RELATION_TYPES;
      expect({ type: name, zh, ends }).toEqual({ type: name, zh: RELATION_TYPES[name].zh, ends: endpointsText(name) });
      expect(english, name).toMatch(/\S/);
      expect(meaning, name).toMatch(/\S/);
    }
  });

  it('describes every field of Source', () => {
    const rows = section('## Provenance: `Source`');
    for (const field of ['document', 'url', 'locator', 'takenAt']) expect(rows).toContain(`| \`${field}\` |`);
  });
});
