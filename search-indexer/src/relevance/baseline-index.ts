import type { GraphStore } from '@icg/graph';
import { SearchEngineError, type MeiliClient } from '../index.ts';
import { RELEVANCE_CUTOFF } from './relevance-metrics.ts';

/** An entity as plain Meilisearch would get it from someone who just sends the graph's text. */
interface BaselineDocument {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  kind: string;
  province: string | null;
  city: string | null;
}

export interface BaselineIndex {
  readonly uid: string;
  /** Entity ids for `query`, best first, from a default search (only `q` and `limit`). */
  search(query: string): Promise<string[]>;
  drop(): Promise<void>;
}

const PAGE_SIZE = 500;
const TASK_WAIT = { timeoutMs: 120_000 };

/**
 * The comparison point for our figures: the same entities, raw text (no segmentation, no conversion to
 * simplified characters, no pinyin), an index with Meilisearch's default settings and the default search.
 * Nothing here may borrow from our index, or the baseline stops being one.
 */
export async function buildBaselineIndex(client: MeiliClient, store: GraphStore, uid: string): Promise<BaselineIndex> {
  await dropIndex(client, uid);
  await client.waitForTask(await client.createIndex(uid, { primaryKey: 'id' }), TASK_WAIT);
  const taskUids: number[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await store.findNodes(afterId === undefined ? { first: PAGE_SIZE } : { first: PAGE_SIZE, afterId });
    if (page.length === 0) break;
    const documents: BaselineDocument[] = page.map((node) => ({
      id: node.id,
      name: node.name,
      aliases: [...node.aliases],
      description: node.description,
      kind: node.kind,
      province: node.province,
      city: node.city,
    }));
    taskUids.push((await client.addOrReplaceDocuments(uid, documents, { primaryKey: 'id' })).taskUid);
    afterId = page.at(-1)!.id;
  }
  for (const taskUid of taskUids) await client.waitForTask(taskUid, TASK_WAIT);

  return {
    uid,
    async search(query) {
      const response = await client.search<Pick<BaselineDocument, 'id'>>(uid, {
        q: query,
        limit: RELEVANCE_CUTOFF,
        attributesToRetrieve: ['id'],
      });
      return response.hits.map((hit) => hit.id);
    },
    drop: () => dropIndex(client, uid),
  };
}

async function dropIndex(client: MeiliClient, uid: string): Promise<void> {
  try {
    await client.waitForTask(await client.deleteIndex(uid), TASK_WAIT);
  } catch (error) {
    if (!(error instanceof SearchEngineError && error.meiliCode === 'index_not_found')) throw error;
  }
}
