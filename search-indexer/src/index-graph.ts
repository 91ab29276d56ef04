import type { GraphNode, GraphRelationship, GraphStore } from '@icg/graph';
import {
  type EntityRelations,
  LEAD_RELATION_TYPES,
  PARTICIPATING_RELATION_TYPES,
  buildEntityDocument,
  collectEntityRelations,
} from './entity-documents.ts';
import type { SearchIndex } from './search-index.ts';
import { departmentSynonyms, type SynonymGroup } from './synonyms.ts';

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
  /** Entity names and aliases the segmenter's dictionary did not know before this run. */
  newTerms: number;
  durationMs: number;
}

/**
 * First, the domain vocabulary: every entity name and alias joins the segmenter's dictionary (so 茂新面粉厂 or
 * 张謇 stay whole on both the document and the query side), and the departments' short forms become synonyms
 * of their official names in the index. Then it reads every node of the graph page by page (keyset on id),
 * adds what a document needs from the
 * relationships (degree; departments and section of each PolicyTask), and upserts the documents. Batches are
 * sent without waiting so Meilisearch can merge them into larger indexing batches; the call resolves once all
 * have been indexed.
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

  const vocabulary = await readVocabulary(store, pageSize);
  const newTerms = index.segmenter.addTerms(vocabulary.terms);
  await index.addSynonyms(vocabulary.synonyms);

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
  return { nodes, documents, newTerms, durationMs: performance.now() - started };
}

/** Names and aliases of every node, and the synonym groups of the departments, in one pass over the graph. */
async function readVocabulary(
  store: GraphStore,
  pageSize: number,
): Promise<{ terms: string[]; synonyms: SynonymGroup[] }> {
  const terms: string[] = [];
  const synonyms: SynonymGroup[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await store.findNodes(afterId === undefined ? { first: pageSize } : { first: pageSize, afterId });
    for (const node of page) terms.push(node.name, ...node.aliases);
    synonyms.push(...departmentSynonyms(page));
    if (page.length < pageSize) break;
    afterId = page[page.length - 1]?.id;
  }
  return { terms, synonyms };
}

/**
 * What the documents of `page` need from their relationships, as EntityRelations by node id: the degree of
 * every node, and the departments and section of each PolicyTask.
 */
export async function relationsFor(
  store: GraphStore,
  page: readonly GraphNode[],
): Promise<Map<string, EntityRelations>> {
  const pageIds = page.map((node) => node.id);
  if (pageIds.length === 0) return new Map();
  // One read for degrees and task links alike; a relationship between two nodes of the page comes once per id.
  const unique = new Map<string, GraphRelationship>();
  for (const relationship of await store.getRelationships({ nodeIds: pageIds, direction: 'both' })) {
    unique.set(relationship.id, relationship);
  }
  const relationships = [...unique.values()];
  const degrees = new Map<string, number>();
  for (const { from, to } of relationships) {
    degrees.set(from, (degrees.get(from) ?? 0) + 1);
    if (to !== from) degrees.set(to, (degrees.get(to) ?? 0) + 1);
  }

  const taskIds = page.filter((node) => node.kind === 'PolicyTask').map((node) => node.id);
  const taskSet = new Set(taskIds);
  const taskTypes: ReadonlySet<string> = new Set([...LEAD_RELATION_TYPES, ...PARTICIPATING_RELATION_TYPES, 'PART_OF']);
  const taskLinks = relationships.filter((r) => taskTypes.has(r.type) && (taskSet.has(r.from) || taskSet.has(r.to)));
  const otherEnds = [...new Set(taskLinks.flatMap((r) => [r.from, r.to]).filter((id) => !taskSet.has(id)))];
  const endpoints = new Map<string, GraphNode>();
  // One query after the other: an embedded store may serve a single connection.
  if (otherEnds.length > 0) for (const node of await store.getNodes(otherEnds)) if (node) endpoints.set(node.id, node);
  const taskRelations = collectEntityRelations(taskIds, taskLinks, endpoints);

  const result = new Map<string, EntityRelations>();
  for (const id of pageIds) result.set(id, { ...taskRelations.get(id), degree: degrees.get(id) ?? 0 });
  return result;
}
