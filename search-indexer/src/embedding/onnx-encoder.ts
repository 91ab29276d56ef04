import { stat } from 'node:fs/promises';
import type * as OnnxRuntime from 'onnxruntime-node';
import { EmbeddingUnavailableError } from './embedding-unavailable-error.ts';

export interface OnnxEncoderOptions {
  modelPath: string;
  /** Threads onnxruntime may use for one run (`intraOpNumThreads`). */
  threads: number;
  /** Token id placed after a shorter text in a batch; the attention mask hides it. */
  padId: number;
}

/** The model behind a small port: token ids in, one normalised sentence vector per text out. */
export interface OnnxEncoder {
  readonly dimensions: number;
  readonly inputNames: readonly string[];
  /** The first token's final hidden state ([CLS] pooling, as bge does), L2-normalised, per text of the batch. */
  encode(batch: readonly (readonly number[])[]): Promise<Float32Array[]>;
  release(): Promise<void>;
}

const KNOWN_INPUTS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);

function normalised(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let index = 0; index < vector.length; index += 1) vector[index]! /= norm;
  return vector;
}

/**
 * Loads the ONNX model on onnxruntime's CPU provider. onnxruntime-node is imported here, not at the top of the
 * package, so a process that never embeds does not load its native library, and one where it cannot load gets an
 * `EmbeddingUnavailableError('runtime-missing')` instead of failing at import.
 */
export async function loadOnnxEncoder(options: OnnxEncoderOptions): Promise<OnnxEncoder> {
  let ort: typeof OnnxRuntime;
  try {
    ort = await import('onnxruntime-node');
  } catch (cause) {
    throw new EmbeddingUnavailableError('runtime-missing', `onnxruntime-node could not be loaded: ${String(cause)}`, {
      cause,
    });
  }
  const present = await stat(options.modelPath).then(
    (found) => found.isFile(),
    () => false,
  );
  if (!present) throw new EmbeddingUnavailableError('model-missing', `No embedding model at ${options.modelPath}`);

  let session: OnnxRuntime.InferenceSession;
  try {
    session = await ort.InferenceSession.create(options.modelPath, {
      executionProviders: ['cpu'],
      intraOpNumThreads: options.threads,
      // One graph, run node after node: more threads between nodes only compete with the intra-op ones.
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      // Idle pool threads sleep instead of spinning: on two cores shared with the API and Meilisearch, spinning
      // burnt the CPU they need and halved the speed of 2-thread runs (measured: 16 ms a run spinning, 8.5 ms not).
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    });
  } catch (cause) {
    throw new EmbeddingUnavailableError(
      'model-load-failed',
      `onnxruntime could not load ${options.modelPath}: ${(cause as Error).message}`,
      { cause },
    );
  }
  const inputNames = [...session.inputNames];
  const unknown = inputNames.filter((name) => !KNOWN_INPUTS.has(name));
  if (!inputNames.includes('input_ids') || !inputNames.includes('attention_mask') || unknown.length > 0) {
    await session.release();
    throw new EmbeddingUnavailableError(
      'model-load-failed',
      `${options.modelPath} expects inputs ${inputNames.join(', ')}; a BERT encoder takes input_ids, attention_mask` +
        ' and optionally token_type_ids',
    );
  }
  const outputName = session.outputNames.includes('last_hidden_state') ? 'last_hidden_state' : session.outputNames[0]!;
  let dimensions = 0;

  async function encode(batch: readonly (readonly number[])[]): Promise<Float32Array[]> {
    if (batch.length === 0) return [];
    const length = Math.max(...batch.map((ids) => ids.length));
    const ids = new BigInt64Array(batch.length * length).fill(BigInt(options.padId));
    const mask = new BigInt64Array(batch.length * length);
    batch.forEach((text, row) => {
      text.forEach((id, column) => {
        ids[row * length + column] = BigInt(id);
        mask[row * length + column] = 1n;
      });
    });
    const shape = [batch.length, length];
    const feeds: Record<string, OnnxRuntime.Tensor> = {
      input_ids: new ort.Tensor('int64', ids, shape),
      attention_mask: new ort.Tensor('int64', mask, shape),
    };
    // One segment: every type id is 0.
    if (inputNames.includes('token_type_ids')) {
      feeds['token_type_ids'] = new ort.Tensor('int64', new BigInt64Array(batch.length * length), shape);
    }
    const outputs = await session.run(feeds);
    const hidden = outputs[outputName]!;
    const [rows, positions, width] = hidden.dims;
    if (hidden.type !== 'float32' || rows !== batch.length || positions !== length || !width) {
      throw new Error(`Unexpected ${outputName}: ${hidden.type} [${hidden.dims.join(', ')}]`);
    }
    dimensions = width;
    const data = hidden.data as Float32Array;
    const vectors = batch.map((_, row) => normalised(data.slice(row * length * width, row * length * width + width)));
    for (const output of Object.values(outputs)) output.dispose();
    return vectors;
  }

  // One run tells the width of the vectors, and takes the first run's set-up cost out of the first real query.
  try {
    await encode([[options.padId]]);
  } catch (cause) {
    await session.release();
    throw new EmbeddingUnavailableError(
      'model-load-failed',
      `${options.modelPath} does not run as a sentence encoder: ${(cause as Error).message}`,
      { cause },
    );
  }
  return {
    get dimensions() {
      return dimensions;
    },
    inputNames,
    encode,
    release: () => session.release(),
  };
}
