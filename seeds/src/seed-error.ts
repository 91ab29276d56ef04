export type SeedErrorCode =
  /** The document's structure is not what its parser expects (missing cell, broken 序号 sequence…). */
  | 'MALFORMED_DOCUMENT'
  /** A 责任部门 cell names a department the abbreviation table does not know. */
  | 'UNKNOWN_DEPARTMENT'
  /** A seed file's bytes no longer match the checksum recorded in the manifest. */
  | 'CHECKSUM_MISMATCH'
  | 'UNKNOWN_SEED_DOCUMENT';

/** The one error type that leaves seeds/; `locator` names the row (序号 6, 表头) where there is one. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(
    readonly code: SeedErrorCode,
    message: string,
    readonly locator?: string,
    options?: { cause?: unknown },
  ) {
    super(locator ? `${locator}: ${message}` : message, options);
  }
}

export function isSeedError(error: unknown): error is SeedError {
  return error instanceof SeedError;
}
