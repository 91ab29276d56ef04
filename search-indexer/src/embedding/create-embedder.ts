import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultCacheDir, ensureEmbeddingModel, type EmbeddingModelFiles } from '@icg/runtime';
import { embeddingUnavailableFrom, EmbeddingUnavailableError } from './embedding-unavailable-error.ts';
import { loadOnnxEncoder, type OnnxEncoder } from './onnx-encoder.ts';
import { openVectorCache, vectorCacheKey, type VectorCache } from './vector-cache.ts';
import { createWordPieceTokenizer, type WordPieceTokenizer } from './wordpiece-tokenizer.ts';

/** What bge-*-zh-v1.5 puts before a short query to find passages (its model card); documents go in as they are. */
export const BGE_QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';

/**
 * Where tools that are not the service (the relevance harness, the bench, the tests) keep document vectors, so that
 * each document of the seeds or of a synthetic graph is embedded once on a machine, not once per run: the cache is
 * keyed by model and text, so sharing it is safe. The service keeps its own under DATA_DIR.
 */
export function sharedVectorCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['ICG_VECTOR_CACHE_DIR'] || join(defaultCacheDir(env), '..', 'vectors'));
}

/** The width of bge-small-zh-v1.5's vectors. */
export const EMBEDDING_DIMENSIONS = 512;

export interface EmbedderOptions {
  /**
   * The model's files. Given, they are used as they are (`modelId` keys the vector cache).
   * @default what `ensureEmbeddingModel({ cacheDir: artifactsDir, fetch: fetchModel })` returns
   */
  model?: Pick<EmbeddingModelFiles, 'modelId' | 'modelPath' | 'tokenizerPath'>;
  /** @default ICG_ARTIFACTS_DIR, or `.cache/artifacts` at the repository root */
  artifactsDir?: string;
  /**
   * Fetch the model with Maven when the cache does not hold it. A service that must start quickly passes `false`
   * and falls back to keyword search on `EmbeddingUnavailableError('model-missing')`.
   * @default true
   */
  fetchModel?: boolean;
  /**
   * Folder of the document vector cache file (see `openVectorCache`), so unchanged documents are never embedded
   * twice, across runs too. Queries are cached in memory only: they are unbounded, and users' words.
   * @default none: document vectors are cached in memory for the embedder's life only
   */
  vectorCacheDir?: string;
  /**
   * onnxruntime threads per model run. One leaves the other core of a 2-core machine to the API and Meilisearch;
   * a reindex CLI with the machine to itself may pass 2.
   * @default 1
   */
  threads?: number;
  /**
   * Texts per model run for documents (padded to the longest, padding masked); a batch is also capped at 8,192
   * tokens, which bounds the memory one run takes. One by default: the int8 model quantises activations over a whole
   * run, so in a batch a text's vector shifts a little with its batch-mates (cosine about 0.994 to its vector alone),
   * whereas alone it is the same in every run; and batches were not faster on this machine's CPU
   * (`embedding-bench.ts` measures both).
   * @default 1
   */
  documentBatchSize?: number;
  /** Query vectors kept in memory, most recently used first. @default 1000 */
  queryCacheSize?: number;
}

export interface EmbedProgress {
  /** Texts whose vectors are ready, from the cache or the model. */
  done: number;
  total: number;
}

export interface EmbedDocumentsOptions {
  /** Called once the cache was consulted, then after each model run. */
  onProgress?: (progress: EmbedProgress) => void;
}

/** Counts since the embedder was created: `embedded` texts went through the model, `cached` came from the cache. */
export interface EmbedderStats {
  documents: { cached: number; embedded: number };
  queries: { cached: number; embedded: number };
  /** Model runs (batches). */
  modelRuns: number;
  /** Document vectors the cache holds (loaded from its file, and added since). */
  cachedDocumentVectors: number;
}

export interface Embedder {
  /** Keys the vectors: another model (or another file of it) never reuses them. */
  readonly modelId: string;
  readonly dimensions: number;
  /** One vector per query, in order: the instruction prepended, [CLS]-pooled, L2-normalised (norm 1). */
  embedQueries(texts: readonly string[]): Promise<Float32Array[]>;
  /** One vector per document, in order, computed only for texts the cache does not hold. */
  embedDocuments(texts: readonly string[], options?: EmbedDocumentsOptions): Promise<Float32Array[]>;
  stats(): EmbedderStats;
  /** Releases the model and closes the cache file. */
  close(): Promise<void>;
}

const MAX_BATCH_TOKENS = 8_192;
const TOKENIZE_WINDOW = 512;

/** Texts in batches of similar token counts, so little of each run is padding. */
function batchesOf(tokenized: readonly number[][], batchSize: number): number[][] {
  const order = tokenized.map((_, index) => index).sort((a, b) => tokenized[a]!.length - tokenized[b]!.length);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const index of order) {
    // Sorted ascending: this text is the longest of the batch, so it sets the padded length.
    const paddedTokens = (current.length + 1) * tokenized[index]!.length;
    if (current.length > 0 && (current.length >= batchSize || paddedTokens > MAX_BATCH_TOKENS)) {
      batches.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

async function loadTokenizer(path: string): Promise<WordPieceTokenizer> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new EmbeddingUnavailableError('model-missing', `No tokenizer at ${path}`, { cause });
  }
  try {
    return createWordPieceTokenizer(JSON.parse(text), { maxLength: 512 });
  } catch (cause) {
    throw new EmbeddingUnavailableError('model-load-failed', `${path} is not a usable tokenizer: ${String(cause)}`, {
      cause,
    });
  }
}

/**
 * Chinese sentence embeddings with bge-small-zh-v1.5 (int8 ONNX) on the CPU, for Meilisearch's `userProvided`
 * embedder. Fails with `EmbeddingUnavailableError` (with a `reason`) when the model or onnxruntime cannot be had.
 */
export async function createEmbedder(options: EmbedderOptions = {}): Promise<Embedder> {
  const model =
    options.model ??
    (await ensureEmbeddingModel({ cacheDir: options.artifactsDir, fetch: options.fetchModel }).catch(
      (error: unknown) => {
        throw embeddingUnavailableFrom(error);
      },
    ));
  const tokenizer = await loadTokenizer(model.tokenizerPath);
  const encoder: OnnxEncoder = await loadOnnxEncoder({
    modelPath: model.modelPath,
    threads: options.threads ?? 1,
    padId: tokenizer.padId,
  });
  if (encoder.dimensions !== EMBEDDING_DIMENSIONS) {
    await encoder.release();
    throw new EmbeddingUnavailableError(
      'model-load-failed',
      `${model.modelPath} gives ${encoder.dimensions}-dimension vectors, not ${EMBEDDING_DIMENSIONS}`,
    );
  }
  let cache: VectorCache;
  try {
    cache = await openVectorCache({ dir: options.vectorCacheDir, dimensions: EMBEDDING_DIMENSIONS });
  } catch (error) {
    await encoder.release();
    throw error;
  }

  const batchSize = options.documentBatchSize ?? 1;
  const queryCacheSize = options.queryCacheSize ?? 1_000;
  const queryVectors = new Map<string, Float32Array>();
  const stats = { documents: { cached: 0, embedded: 0 }, queries: { cached: 0, embedded: 0 }, modelRuns: 0 };

  /** Vectors of distinct texts, in their order, with `onBatch` after each model run. */
  async function embedDistinct(
    texts: readonly string[],
    size: number,
    onBatch: (indexes: readonly number[], vectors: readonly Float32Array[]) => Promise<void>,
  ): Promise<void> {
    // A window at a time: token ids of a whole reindex at once would take more memory than its vectors.
    for (let start = 0; start < texts.length; start += TOKENIZE_WINDOW) {
      const tokenized = texts.slice(start, start + TOKENIZE_WINDOW).map((text) => tokenizer.encode(text).ids);
      for (const batch of batchesOf(tokenized, size)) {
        const vectors = await encoder.encode(batch.map((index) => tokenized[index]!));
        stats.modelRuns += 1;
        await onBatch(
          batch.map((index) => start + index),
          vectors,
        );
      }
    }
  }

  return {
    modelId: model.modelId,
    dimensions: EMBEDDING_DIMENSIONS,

    async embedQueries(texts) {
      const found = new Map<string, Float32Array>();
      for (const text of texts) {
        const vector = queryVectors.get(text);
        if (vector) found.set(text, vector);
      }
      const missing = [...new Set(texts.filter((text) => !found.has(text)))];
      stats.queries.cached += texts.length - texts.filter((text) => !found.has(text)).length;
      // One at a time: a query's vector never depends on which other queries came with it.
      await embedDistinct(
        missing.map((text) => BGE_QUERY_INSTRUCTION + text),
        1,
        async (indexes, vectors) => {
          indexes.forEach((index, at) => found.set(missing[index]!, vectors[at]!));
        },
      );
      stats.queries.embedded += missing.length;
      for (const [text, vector] of found) {
        // Most recently used last: the first key is the one to forget.
        queryVectors.delete(text);
        queryVectors.set(text, vector);
      }
      while (queryVectors.size > queryCacheSize) queryVectors.delete(queryVectors.keys().next().value!);
      return texts.map((text) => found.get(text)!.slice());
    },

    async embedDocuments(texts, embedOptions = {}) {
      const keys = texts.map((text) => vectorCacheKey(model.modelId, 'document', text));
      const positions = new Map<string, number[]>();
      texts.forEach((text, index) => {
        if (cache.get(keys[index]!)) return;
        const list = positions.get(text);
        if (list) list.push(index);
        else positions.set(text, [index]);
      });
      const missing = [...positions.keys()];
      let done = texts.length - [...positions.values()].reduce((sum, list) => sum + list.length, 0);
      stats.documents.cached += done;
      embedOptions.onProgress?.({ done, total: texts.length });

      await embedDistinct(missing, batchSize, async (indexes, vectors) => {
        // Kept (and written) batch by batch: an interrupted run keeps what it finished.
        await cache.putMany(
          indexes.map((index, at) => ({ key: keys[positions.get(missing[index]!)![0]!]!, vector: vectors[at]! })),
        );
        stats.documents.embedded += indexes.length;
        done += indexes.reduce((sum, index) => sum + positions.get(missing[index]!)!.length, 0);
        embedOptions.onProgress?.({ done, total: texts.length });
      });
      return keys.map((key) => cache.get(key)!.slice());
    },

    stats: () => ({
      documents: { ...stats.documents },
      queries: { ...stats.queries },
      modelRuns: stats.modelRuns,
      cachedDocumentVectors: cache.size,
    }),

    async close() {
      await cache.close();
      await encoder.release();
    },
  };
}
