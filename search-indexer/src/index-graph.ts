import type { GraphNode, GraphRelationship, GraphStore } from '@icg/graph';
import {
  LEAD_RELATION_TYPES,
  PARTICIPATING_RELATION_TYPES,
  buildEntityDocument,
  collectEntityRelations,
} from './entity-documents.ts';
import type { SearchIndex } from './search-index.ts';

export interface IndexGraphProgress {
  /** Nodes read from the graph so far. */
  nodes: number;
  /** Documents handed to Meilisearch so far (indexing may still be running). */
  documents: number;
  /** Id of the last node read: where a resumed run would continue. */
  lastId: string;
}

export interface IndexGraphOptions {
  /**
   * Nodes per page read from the store and per document batch.
   * @default 500
   */
  pageSize?: number;
  onProgress?: (progress: IndexGraphProgress) => void;
}

export interface IndexGraphResult {
  nodes: number;
  documents: number;
  durationMs: number;
}

/**
 * Reads every node of the graph page by page (keyset on id), adds the relationships a document needs
 * (departments and section of each PolicyTask), and upserts the documents. Batches are sent without waiting
 * so Meilisearch can merge them into larger indexing batches; the call resolves once all have been indexed.
 * The index must exist (`ensure()`); documents of nodes that left the graph are not removed.
 */
export async function indexGraph(
  store: GraphStore,
  index: SearchIndex,
  options: IndexGraphOptions = {},
): Promise<IndexGraphResult> {
  const started = performance.now();
  const pageSize = options.pageSize ?? 500;
  const taskUids: number[] = [];
  let nodes = 0;
  let documents = 0;
  let afterId: string | undefined;

  for (;;) {
    const page = await store.findNodes(afterId === undefined ? { first: pageSize } : { first: pageSize, afterId });
    if (page.length === 0) break;

    const related = await relationsFor(store, page);
    const batch = page.map((node) =>
      buildEntityDocument(node, { segmenter: index.segmenter, related: related.get(node.id) }),
    );
    const sent = await index.upsert(batch, { wait: false });
    if (sent) taskUids.push(sent.taskUid);

    nodes += page.length;
    documents += batch.length;
    afterId = page[page.length - 1]?.id;
    options.onProgress?.({ nodes, documents, lastId: afterId ?? '' });
    if (page.length < pageSize) break;
  }

  await index.waitForTasks(taskUids);
  return { nodes, documents, durationMs: performance.now() - started };
}

async function relationsFor(store: GraphStore, page: readonly GraphNode[]) {
  const taskIds = page.filter((node) => node.kind === 'PolicyTask').map((node) => node.id);
  if (taskIds.length === 0) return new Map();

  // One query after the other: an embedded store may serve a single connection.
  const departmentLinks = await store.getRelationships({
    nodeIds: taskIds,
    direction: 'in',
    types: [...LEAD_RELATION_TYPES, ...PARTICIPATING_RELATION_TYPES],
  });
  const sectionLinks = await store.getRelationships({ nodeIds: taskIds, direction: 'out', types: ['PART_OF'] });
  const relationships: GraphRelationship[] = [...departmentLinks, ...sectionLinks];
  const taskSet = new Set(taskIds);
  const otherEnds = [...new Set(relationships.flatMap((r) => [r.from, r.to]).filter((id) => !taskSet.has(id)))];
  const endpoints = new Map<string, GraphNode>();
  for (const node of await store.getNodes(otherEnds)) if (node) endpoints.set(node.id, node);
  return collectEntityRelations(taskIds, relationships, endpoints);
}
