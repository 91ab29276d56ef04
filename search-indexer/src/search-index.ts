import { entityUid, type EntityDocument } from './entity-documents.ts';
import { embeddingTextOf } from './embedding/embedding-text.ts';
import { EMPTY_VOCABULARY, type IndexVocabulary } from './query/query-vocabulary.ts';
import { SearchEngineError } from './search-engine-error.ts';
import { ENTITY_INDEX_SETTINGS, SEMANTIC_EMBEDDER } from './search/index-settings.ts';
import { runSearch } from './search/run-search.ts';
import { quoteFilterValue } from './search/search-filter.ts';
import {
  DEFAULT_ENTITY_INDEX_UID,
  type NamedEntity,
  type SearchIndex,
  type SearchIndexOptions,
} from './search/search-types.ts';
import { CONFIDENT_SIMILARITY } from './search/semantic-search.ts';
import { suggestEntities } from './search/suggest.ts';

export * from './search/search-types.ts';
export { ENTITY_INDEX_SETTINGS, SEMANTIC_EMBEDDER } from './search/index-settings.ts';
export { buildFilter } from './search/search-filter.ts';
export {
  CONFIDENT_SIMILARITY,
  DEFAULT_SEMANTIC_RATIO,
  SIMILARITY_FLOOR,
  MAX_MEANING_HITS,
} from './search/semantic-search.ts';

/** The index's places and industries change with curators' writes; read again at most this often. */
const VOCABULARY_TTL_MS = 60_000;

export function createSearchIndex(options: SearchIndexOptions): SearchIndex {
  const { client, segmenter, embedder } = options;
  const uid = options.uid ?? DEFAULT_ENTITY_INDEX_UID;
  const wait = { timeoutMs: options.taskTimeoutMs ?? 60_000 };

  let vocabulary: { value: IndexVocabulary; readAt: number } | undefined;
  async function readVocabulary(): Promise<IndexVocabulary> {
    if (vocabulary && performance.now() - vocabulary.readAt < VOCABULARY_TTL_MS) return vocabulary.value;
    const response = await client.search(uid, { q: '', limit: 0, facets: ['province', 'city', 'industry'] });
    const values = (attribute: string) => Object.keys(response.facetDistribution?.[attribute] ?? {});
    const value = { provinces: values('province'), cities: values('city'), industries: values('industry') };
    vocabulary = { value, readAt: performance.now() };
    return value;
  }

  /** Each document with its vector (or null without a model: Meilisearch fails a batch lacking one). */
  async function withVectors(documents: readonly EntityDocument[]) {
    const vectors = embedder ? await embedder.embedDocuments(documents.map(embeddingTextOf)) : [];
    return documents.map((document, i) => ({
      ...document,
      _vectors: { [SEMANTIC_EMBEDDER]: vectors[i] ? Array.from(vectors[i]) : null },
    }));
  }

  return {
    uid,
    segmenter,
    semantic: embedder !== undefined,

    async ensure() {
      try {
        await client.getIndex(uid);
      } catch (error) {
        if (!(error instanceof SearchEngineError && error.meiliCode === 'index_not_found')) throw error;
        try {
          await client.waitForTask(await client.createIndex(uid, { primaryKey: 'uid' }), wait);
        } catch (createError) {
          // Another process created it between our check and our request.
          if (!(createError instanceof SearchEngineError && createError.meiliCode === 'index_already_exists')) {
            throw createError;
          }
        }
      }
      // The segmenter knows the curated synonyms and any added from the graph since.
      const settings = { ...ENTITY_INDEX_SETTINGS, synonyms: segmenter.synonymsSetting() };
      await client.waitForTask(await client.updateSettings(uid, settings), wait);
    },

    async upsert(documents, upsertOptions) {
      if (documents.length === 0) return null;
      const task = await client.addOrReplaceDocuments(uid, await withVectors(documents), { primaryKey: 'uid' });
      if (upsertOptions?.wait ?? true) await client.waitForTask(task, wait);
      vocabulary = undefined;
      return { taskUid: task.taskUid };
    },

    async waitForTasks(taskUids) {
      for (const taskUid of taskUids) await client.waitForTask(taskUid, { ...wait, whileProcessing: true });
    },

    async addSynonyms(groups) {
      segmenter.addSynonyms(groups);
      await client.waitForTask(await client.updateSettings(uid, { synonyms: segmenter.synonymsSetting() }), wait);
    },

    async delete(entityIds) {
      if (entityIds.length === 0) return;
      await client.waitForTask(await client.deleteDocuments(uid, entityIds.map(entityUid)), wait);
    },

    search: (input) =>
      runSearch(
        { client, uid, segmenter, embedder, vocabulary: () => readVocabulary().catch(() => EMPTY_VOCABULARY) },
        input,
      ),

    suggest: (input) => suggestEntities(client, uid, input),

    async named(keys) {
      const wanted = [...new Set(keys.filter((key) => key !== ''))];
      if (wanted.length === 0) return [];
      const response = await client.search<NamedEntity>(uid, {
        q: '',
        filter: `name_keys IN [${wanted.map(quoteFilterValue).join(', ')}]`,
        limit: 100,
        attributesToRetrieve: ['entityId', 'name', 'aliases'],
      });
      return response.hits.map(({ entityId, name, aliases }) => ({ entityId, name, aliases: aliases ?? [] }));
    },

    async related(entityId, { first, exclude = [] }) {
      if (!embedder) return [];
      const own = await client.search<Pick<EntityDocument, 'entityId'>>(uid, {
        q: '',
        filter: `entityId = ${quoteFilterValue(entityId)}`,
        limit: 1,
        retrieveVectors: true,
        attributesToRetrieve: ['entityId'],
      });
      const stored = own.hits[0]?._vectors?.[SEMANTIC_EMBEDDER]?.embeddings;
      const vector = Array.isArray(stored?.[0]) ? (stored[0] as number[]) : (stored as number[] | undefined);
      if (!vector || vector.length === 0) return [];
      const left = [entityId, ...exclude];
      // Neighbours can be many (a city); the nearest are asked for with room for them and dropped here.
      const response = await client.search<Pick<EntityDocument, 'entityId' | 'kind' | 'name'>>(uid, {
        q: '',
        vector,
        hybrid: { embedder: SEMANTIC_EMBEDDER, semanticRatio: 1 },
        limit: Math.min(1_000, first + left.length),
        showRankingScore: true,
        // Relatedness by nearness alone: no query to share a character with, so only the confident ones.
        rankingScoreThreshold: CONFIDENT_SIMILARITY,
        attributesToRetrieve: ['entityId', 'kind', 'name'],
      });
      const leave = new Set(left);
      return response.hits
        .filter((hit) => !leave.has(hit.entityId))
        .slice(0, first)
        .map((hit) => ({ entityId: hit.entityId, kind: hit.kind, name: hit.name, similarity: hit._rankingScore ?? 0 }));
    },

    async stats() {
      const stats = await client.getIndexStats(uid);
      return { numberOfDocuments: stats.numberOfDocuments, isIndexing: stats.isIndexing };
    },

    async drop() {
      try {
        await client.waitForTask(await client.deleteIndex(uid), wait);
      } catch (error) {
        if (!(error instanceof SearchEngineError && error.meiliCode === 'index_not_found')) throw error;
      }
    },
  };
}
