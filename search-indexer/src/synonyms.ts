import { readFileSync } from 'node:fs';
import type { GraphNode } from '@icg/graph';
import { normalizeText } from '@icg/graph';
import { toSimplified } from './chinese-variants.ts';

/**
 * Words that find each other. `mutual` groups work both ways (非遗 ↔ 非物质文化遗产); a one-way group lets
 * `from` find `to` only, for a short form several bodies share (省发改委 is Jiangsu's and Anhui's).
 */
export type SynonymGroup = { mutual: readonly string[] } | { from: string; to: readonly string[] };

let curated: SynonymGroup[] | undefined;

/** The curated groups of `dictionary/synonyms.txt`. */
export function curatedSynonyms(): SynonymGroup[] {
  curated ??= parseSynonyms(readFileSync(new URL('./dictionary/synonyms.txt', import.meta.url), 'utf8'));
  return [...curated];
}

/** Parses the synonyms file format: `a b c` (mutual) or `a => b c` (one-way); `#` comments. */
export function parseSynonyms(text: string): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const arrow = line.indexOf('=>');
    if (arrow >= 0) {
      const from = line.slice(0, arrow).trim();
      const to = line
        .slice(arrow + 2)
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      if (from === '' || /\s/.test(from) || to.length === 0) throw new SyntaxError(`Bad synonym line: ${line}`);
      groups.push({ from, to });
    } else {
      const mutual = line.split(/\s+/);
      if (mutual.length < 2) throw new SyntaxError(`A synonym group needs two words at least: ${line}`);
      groups.push({ mutual });
    }
  }
  return groups;
}

/**
 * The official name and short forms of each Department node, as groups: every short form finds the names of
 * all departments that use it, and each name finds its own short forms. A short form shared by two provinces
 * (省发改委) therefore finds both, while 江苏省发展和改革委员会 does not find Anhui's.
 */
export function departmentSynonyms(nodes: Iterable<Pick<GraphNode, 'kind' | 'name' | 'aliases'>>): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  for (const node of nodes) {
    if (node.kind !== 'Department') continue;
    const shortForms = node.aliases.filter((alias) => alias !== node.name);
    if (shortForms.length === 0) continue;
    groups.push({ from: node.name, to: shortForms });
    for (const shortForm of shortForms) groups.push({ from: shortForm, to: [node.name] });
  }
  return groups;
}

/**
 * Meilisearch's `synonyms` setting for the groups: each key lists every word it finds, merged over groups.
 * Words are simplified like the text they are matched in, and lower-cased, as Meilisearch compares them.
 */
export function synonymsSetting(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    let set = map.get(from);
    if (!set) map.set(from, (set = new Set()));
    set.add(to);
  };
  for (const group of groups) {
    if ('mutual' in group) {
      const words = group.mutual.map(clean).filter(Boolean);
      for (const from of words) for (const to of words) add(from, to);
    } else {
      const from = clean(group.from);
      if (from !== '') for (const to of group.to.map(clean).filter(Boolean)) add(from, to);
    }
  }
  const keys = [...map.keys()].sort();
  return Object.fromEntries(keys.map((key) => [key, [...map.get(key)!].sort()]));
}

function clean(word: string): string {
  return toSimplified(normalizeText(word).trim()).toLowerCase();
}
