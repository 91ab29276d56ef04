import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_LABELS_ZH } from '@icg/graph';
import { buildCuratedGraph } from './curated-graph.ts';

const dictionary = await readFile(new URL('../../../docs/data-dictionary.md', import.meta.url), 'utf8');

describe('docs/data-dictionary.md and the curated graph', () => {
  it('lists every property the curated importer emits under its kind', async () => {
    const { nodes, relationships } = await buildCuratedGraph();
    const missing: string[] = [];
    for (const { kind, properties } of nodes) {
      const heading = `\n### ${kind} · ${ENTITY_KIND_LABELS_ZH[kind]}\n`;
      const start = dictionary.indexOf(heading);
      const end = dictionary.indexOf('\n#', start + heading.length);
      const section = dictionary.slice(start, end < 0 ? undefined : end);
      for (const key of Object.keys(properties)) {
        if (start < 0 || !section.includes(`\n| \`${key}\` |`)) missing.push(`${kind}.${key}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);

    // Relationship properties are named in the Meaning column of their type's row.
    const unnamed: string[] = [];
    for (const { type, properties } of relationships) {
      const row = dictionary.split('\n').find((line) => line.startsWith(`| \`${type}\` |`)) ?? '';
      for (const key of Object.keys(properties)) if (!row.includes(`\`${key}\``)) unnamed.push(`${type}.${key}`);
    }
    expect([...new Set(unnamed)]).toEqual([]);
  });
});
