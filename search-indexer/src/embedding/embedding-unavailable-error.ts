import { EmbeddingModelError } from '@icg/runtime';

/**
 * Why embeddings cannot be computed: `model-missing` (the model was never fetched, or its files are gone),
 * `model-corrupt` (a file is not the pinned one, or the jar is damaged), `runtime-missing` (onnxruntime-node or its
 * native library cannot be loaded), `model-load-failed` (onnxruntime or the tokenizer refused the files).
 */
export type EmbeddingUnavailableReason = 'model-missing' | 'model-corrupt' | 'runtime-missing' | 'model-load-failed';

/**
 * The embedder cannot be created. Expected on a machine without the model: the caller logs the message and serves
 * keyword search alone. The original error is kept as `cause`.
 */
export class EmbeddingUnavailableError extends Error {
  override readonly name = 'EmbeddingUnavailableError';
  constructor(
    readonly reason: EmbeddingUnavailableReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function isEmbeddingUnavailableError(error: unknown): error is EmbeddingUnavailableError {
  return error instanceof EmbeddingUnavailableError;
}

/** The one place where the runtime's model errors become this package's. */
export function embeddingUnavailableFrom(error: unknown): EmbeddingUnavailableError {
  if (error instanceof EmbeddingUnavailableError) return error;
  if (error instanceof EmbeddingModelError) {
    const reason = error.reason === 'not-fetched' ? 'model-missing' : 'model-corrupt';
    return new EmbeddingUnavailableError(reason, error.message, { cause: error });
  }
  return new EmbeddingUnavailableError('model-load-failed', `Embedding model unavailable: ${String(error)}`, {
    cause: error,
  });
}
