import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphNode, GraphRelationship, GraphStore } from '@icg/graph';

/** Entities and relationships written by curators, under DATA_DIR; re-applied after the seeds on each start. */
export const CURATOR_EDITS_FILE = 'curator-edits.jsonl';

export function curatorEditsPath(dataDir: string): string {
  return join(dataDir, CURATOR_EDITS_FILE);
}

/**
 * A curator's removal of a record they created, with the records exactly as they were: an entity with every
 * relationship that touched it, or one relationship. Restoring writes these back.
 */
export interface RetractionRecord {
  /** `ret-…`. */
  id: string;
  /** ISO timestamp. */
  at: string;
  fact: 'entity' | 'relationship';
  /** The retracted entity's or relationship's id. */
  target: string;
  reason: string;
  /** The retracting curator's person and label. */
  person: string;
  by: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** One line of the log: records written, and possibly a retraction or the restoring of one (`restored`, its id). */
export interface CuratorEditEntry {
  at: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  retraction?: RetractionRecord;
  restored?: string;
}

/**
 * Appends the records a curator mutation wrote, one JSON line, fsynced before it resolves.
 * The seeds upsert every record they define on every start, which would silently revert a
 * curator's edit of a seeded entity; replaying this file after them makes the curator's last
 * write win (docs/decisions/curation.md). A retraction is a line too, so the replay removes its records again.
 */
export async function recordCuratorEdit(
  file: string,
  edit: {
    nodes?: readonly GraphNode[];
    relationships?: readonly GraphRelationship[];
    retraction?: RetractionRecord;
    restored?: string;
  },
): Promise<void> {
  const entry = {
    at: new Date().toISOString(),
    nodes: edit.nodes ?? [],
    relationships: edit.relationships ?? [],
    ...(edit.retraction ? { retraction: edit.retraction } : {}),
    ...(edit.restored ? { restored: edit.restored } : {}),
  };
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.write(`${JSON.stringify(entry)}\n`);
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
  /** Entities and relationships removed again because a curator retracted them. */
  retracted: number;
}

/** Every line of the log, oldest first; a line torn by a crash is skipped (its mutation never answered). */
export async function readCuratorEdits(file: string): Promise<CuratorEditEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: CuratorEditEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as Partial<CuratorEditEntry>;
      entries.push({
        ...entry,
        at: entry.at ?? '',
        nodes: entry.nodes ?? [],
        relationships: entry.relationships ?? [],
      });
    } catch {
      // A torn last line from a crash mid-append.
    }
  }
  return entries;
}

/** The retractions not restored since, oldest first. */
export function activeRetractions(entries: readonly CuratorEditEntry[]): RetractionRecord[] {
  const active = new Map<string, RetractionRecord>();
  for (const entry of entries) {
    if (entry.retraction) active.set(entry.retraction.id, entry.retraction);
    if (entry.restored) active.delete(entry.restored);
  }
  return [...active.values()];
}

/**
 * Writes the latest curator version of every recorded node and relationship back into the graph,
 * in one transaction, before the search index is built from the graph; then removes what curators retracted and
 * have not restored (a later write of the same id, a restore among them, undoes a retraction).
 */
export async function reapplyCuratorEdits(store: GraphStore, file: string): Promise<ReappliedEdits> {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  const retractedNodes = new Set<string>();
  const retractedRelationships = new Set<string>();
  for (const entry of await readCuratorEdits(file)) {
    for (const node of entry.nodes) {
      nodes.set(node.id, node);
      retractedNodes.delete(node.id);
    }
    for (const rel of entry.relationships) {
      relationships.set(rel.id, rel);
      retractedRelationships.delete(rel.id);
    }
    const retraction = entry.retraction;
    if (retraction) {
      if (retraction.fact === 'entity') retractedNodes.add(retraction.target);
      for (const rel of retraction.relationships) retractedRelationships.add(rel.id);
    }
  }
  for (const id of retractedNodes) nodes.delete(id);
  for (const id of retractedRelationships) relationships.delete(id);
  const live = [...relationships.values()].filter((r) => !retractedNodes.has(r.from) && !retractedNodes.has(r.to));
  const endIds = [...new Set(live.flatMap((r) => [r.from, r.to]))].filter((id) => !nodes.has(id));
  const stored = await store.getNodes(endIds);
  const present = new Set([...nodes.keys(), ...endIds.filter((_, i) => stored[i] !== null)]);
  const kept = live.filter((r) => present.has(r.from) && present.has(r.to));
  await store.upsertGraph({ nodes: [...nodes.values()], relationships: kept });
  // Records the seeds (or an import) also hold would otherwise be back after every start.
  if (retractedNodes.size > 0) await store.deleteNodes([...retractedNodes]);
  if (retractedRelationships.size > 0) await store.deleteRelationships([...retractedRelationships]);
  return {
    nodes: nodes.size,
    relationships: kept.length,
    skipped: live.length - kept.length,
    retracted: retractedNodes.size + retractedRelationships.size,
  };
}
