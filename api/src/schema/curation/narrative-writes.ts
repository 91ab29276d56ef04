import type { GraphNode, GraphStore } from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import {
  checkOwner,
  checkVersion,
  isNarrative,
  itemRelationships,
  narrativeMeta,
  narrativeNode,
  notFound,
  validNarrativeContent,
  type NarrativeArgs,
} from './narratives.ts';

/** How often a delete without a version re-reads a narrative that changed between its read and its write. */
const DELETE_ATTEMPTS = 5;

async function storedNarrative(store: GraphStore, id: string): Promise<GraphNode> {
  const [stored] = await store.getNodes([id]);
  if (!isNarrative(stored)) throw notFound(id);
  return stored;
}

/**
 * Replaces a narrative's title, description and items if it is still at `version`. The check is the store's
 * compare-and-set, so of two updates based on one version (from any API process) exactly one wins; the other gets
 * VERSION_CONFLICT with the version that won.
 */
export async function updateNarrativeAtVersion(
  store: GraphStore,
  { curator, curation }: CuratorSession,
  id: string,
  version: number,
  input: NarrativeArgs,
): Promise<GraphNode> {
  const stored = await storedNarrative(store, id);
  checkOwner(stored, curator);
  checkVersion(stored, version);
  const content = await validNarrativeContent(store, input);
  const meta = narrativeMeta(stored);
  const node = narrativeNode(id, content, { ...meta, version: version + 1, updatedAt: new Date().toISOString() });
  // Title, description and the whole ordered list change together or not at all.
  const written = await store.replaceRelationshipsIf({ id, property: 'version', equals: version }, id, 'INCLUDES', {
    nodes: [node],
    relationships: itemRelationships(id, content.items),
  });
  if (!written) {
    // Lost the race: say which version won (or that the narrative is gone).
    checkVersion(await storedNarrative(store, id), version);
  }
  await curation.indexSync.notify([id]);
  return node;
}

/** Deletes a narrative, at `version` when given (VERSION_CONFLICT otherwise), else at whatever version it holds. */
export async function deleteNarrativeAtVersion(
  store: GraphStore,
  { curator, curation }: CuratorSession,
  id: string,
  version: number | undefined,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const stored = await storedNarrative(store, id);
    checkOwner(stored, curator);
    if (version !== undefined) checkVersion(stored, version);
    const current = narrativeMeta(stored).version;
    if (await store.deleteNodeIf({ id, property: 'version', equals: current })) break;
    if (version !== undefined || attempt >= DELETE_ATTEMPTS) checkVersion(await storedNarrative(store, id), current);
  }
  await curation.indexSync.notify([id]);
  return id;
}
