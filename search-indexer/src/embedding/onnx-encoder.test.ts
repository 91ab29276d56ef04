import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureEmbeddingModel, type EmbeddingModelFiles } from '@icg/runtime';
import { listSupportedBackends } from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOnnxEncoder } from './onnx-encoder.ts';

const packageDir = dirname(createRequire(import.meta.url).resolve('onnxruntime-node/package.json'));

describe('onnxruntime-node as installed (its install script skipped)', () => {
  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'carries the CPU binary in its tarball, and nothing the skipped install script would have downloaded',
    async () => {
      const files = await readdir(join(packageDir, 'bin', 'napi-v6', 'linux', 'x64'));
      expect(files.sort()).toEqual(['libonnxruntime.so.1', 'onnxruntime_binding.node']);
    },
  );

  it('loads its native binding with the CPU execution provider', () => {
    expect(listSupportedBackends()).toContainEqual(expect.objectContaining({ name: 'cpu' }));
  });
});

describe('loadOnnxEncoder (the real model)', () => {
  let model: EmbeddingModelFiles;
  beforeAll(async () => {
    model = await ensureEmbeddingModel();
  }, 120_000);

  it('runs the model on the CPU: inputs as the model names them, 512-wide normalised [CLS] vectors', async () => {
    const encoder = await loadOnnxEncoder({ modelPath: model.modelPath, threads: 1, padId: 0 });
    try {
      expect([...encoder.inputNames].sort()).toEqual(['attention_mask', 'input_ids', 'token_type_ids']);
      expect(encoder.dimensions).toBe(512);
      // [CLS] 张 謇 创 办 [SEP] and [CLS] 南 通 [SEP], padded to one length.
      const vectors = await encoder.encode([
        [101, 2476, 100, 1158, 1215, 102],
        [101, 1298, 6858, 102],
      ]);
      expect(vectors).toHaveLength(2);
      for (const vector of vectors) {
        expect(vector).toHaveLength(512);
        expect(vector.every(Number.isFinite)).toBe(true);
        expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
      }
      expect(await encoder.encode([])).toEqual([]);
    } finally {
      await encoder.release();
    }
  });
});
