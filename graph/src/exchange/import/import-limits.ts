/**
 * Bounds on what one import accepts. They keep a mistaken file (a database dump, a binary saved
 * as .csv) from exhausting memory, and flag cells that are almost certainly pasted by accident.
 */
export interface ImportLimits {
  /**
   * Largest file read at all; a larger one is reported without being read.
   * @default 33_554_432 (32 MiB)
   */
  maxFileBytes: number;
  /**
   * Largest single value, in UTF-8 bytes: a CSV cell, a JSON string, or a record's `properties`,
   * `sources` or `aliases` as JSON text.
   * @default 65_536 (64 KiB)
   */
  maxFieldBytes: number;
  /**
   * Most records (nodes plus relationships) in one file.
   * @default 200_000
   */
  maxRecordsPerFile: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxFileBytes: 32 * 1024 * 1024,
  maxFieldBytes: 64 * 1024,
  maxRecordsPerFile: 200_000,
};

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}
