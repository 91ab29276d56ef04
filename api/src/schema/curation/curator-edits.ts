import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphNode, GraphRelationship, GraphStore } from '@icg/graph';

/** Entities and relationships written by curators, under DATA_DIR; re-applied after the seeds on each start. */
export const CURATOR_EDITS_FILE = 'curator-edits.jsonl';

export function curatorEditsPath(dataDir: string): string {
  return join(dataDir, CURATOR_EDITS_FILE);
}

/**
 * Appends the records a curator mutation wrote, one JSON line, fsynced before it resolves.
 * The seeds upsert every record they define on every start, which would silently revert a
 * curator's edit of a seeded entity; replaying this file after them makes the curator's last
 * write win (docs/decisions/curation.md).
 */
export async function recordCuratorEdit(
  file: string,
  edit: { nodes?: readonly GraphNode[]; relationships?: readonly GraphRelationship[] },
): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.write(
      `${JSON.stringify({ at: new Date().toISOString(), nodes: edit.nodes ?? [], relationships: edit.relationships ?? [] })}\n`,
    );
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface ReappliedEdits {
  nodes: number;
  relationships: number;
  /** Relationships not re-applied because an end no longer exists. */
  skipped: number;
}

/**
 * Writes the latest curator version of every recorded node and relationship back into the graph,
 * in one transaction, before the search index is built from the graph. A line torn by a crash is skipped (its mutation never answered).
 */
export async function reapplyCuratorEdits(store: GraphStore, file: string): Promise<ReappliedEdits> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { nodes: 0, relationships: 0, skipped: 0 };
    throw error;
  }
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as { nodes?: GraphNode[]; relationships?: GraphRelationship[] };
      for (const node of entry.nodes ?? []) nodes.set(node.id, node);
      for (const rel of entry.relationships ?? []) relationships.set(rel.id, rel);
    } catch {
      // A torn last line from a crash mid-append.
    }
  }
  const endIds = [...new Set([...relationships.values()].flatMap((r) => [r.from, r.to]))].filter(
    (id) => !nodes.has(id),
  );
  const stored = await store.getNodes(endIds);
  const present = new Set([...nodes.keys(), ...endIds.filter((_, i) => stored[i] !== null)]);
  const kept = [...relationships.values()].filter((r) => present.has(r.from) && present.has(r.to));
  await store.upsertGraph({ nodes: [...nodes.values()], relationships: kept });
  return {
    nodes: nodes.size,
    relationships: kept.length,
    skipped: relationships.size - kept.length,
  };
}
