import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

/** What a text was embedded as: the same words give another vector as a query (with the instruction) and a document. */
export type EmbeddedTextKind = 'query' | 'document';

/** SHA-256 of the model id, the kind and the text: a vector is reused only for exactly what computed it. */
export function vectorCacheKey(modelId: string, kind: EmbeddedTextKind, text: string): Buffer {
  return createHash('sha256').update(modelId).update('\0').update(kind).update('\0').update(text).digest();
}

export interface VectorCacheOptions {
  /** Length of every vector kept. */
  dimensions: number;
  /** Folder of the cache file (created if missing). Without it, vectors are kept in memory only. */
  dir?: string;
}

export interface VectorCacheEntry {
  key: Buffer;
  vector: Float32Array;
}

export interface VectorCache {
  get(key: Buffer): Float32Array | undefined;
  /** Keeps the vectors not yet kept, appended to the file in one write; resolves once written. */
  putMany(entries: readonly VectorCacheEntry[]): Promise<void>;
  readonly size: number;
  /** The cache file, when there is one. */
  readonly path: string | undefined;
  /** Torn or damaged stretches skipped while loading the file (a crash during a write leaves one). */
  readonly damagedOnLoad: number;
  close(): Promise<void>;
}

// Each record: magic, key, vector (float32, little-endian), CRC-32 of key and vector. The magic lets a reader find
// the next record after a torn one; the CRC tells a whole record from a torn or overwritten one.
const MAGIC = Buffer.from('ICGv', 'latin1');
const KEY_BYTES = 32;

function recordSize(dimensions: number): number {
  return MAGIC.length + KEY_BYTES + dimensions * 4 + 4;
}

/** Where each kept vector is: read from the file when asked (its byte offset there), or held in memory. */
type Stored = Float32Array | number;

function parseRecords(file: Buffer, dimensions: number, into: Map<string, Stored>): number {
  const size = recordSize(dimensions);
  const bodyEnd = size - 4;
  let damaged = 0;
  let at = 0;
  while (at + size <= file.length) {
    const record = file.subarray(at, at + size);
    if (
      record.subarray(0, MAGIC.length).equals(MAGIC) &&
      crc32(record.subarray(MAGIC.length, bodyEnd)) === record.readUInt32LE(bodyEnd)
    ) {
      // Only where it is: 100,000 vectors would hold 200 MiB of a process that needs them once per reindex.
      into.set(record.toString('hex', MAGIC.length, MAGIC.length + KEY_BYTES), at + MAGIC.length + KEY_BYTES);
      at += size;
      continue;
    }
    damaged += 1;
    const next = file.indexOf(MAGIC, at + 1);
    if (next < 0) return damaged;
    at = next;
  }
  // A tail shorter than a record: the last write was cut short.
  return at < file.length ? damaged + 1 : damaged;
}

function encodeRecords(entries: readonly VectorCacheEntry[], dimensions: number): Buffer {
  const size = recordSize(dimensions);
  const out = Buffer.alloc(size * entries.length);
  entries.forEach(({ key, vector }, index) => {
    const at = index * size;
    MAGIC.copy(out, at);
    key.copy(out, at + MAGIC.length);
    Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(out, at + MAGIC.length + KEY_BYTES);
    out.writeUInt32LE(crc32(out.subarray(at + MAGIC.length, at + size - 4)), at + size - 4);
  });
  return out;
}

/**
 * Vectors by content hash, kept in memory (2 KiB per 512-dimension vector) or, with `dir`, in one append-only file
 * `vectors-<dimensions>.bin` there, of which memory holds only where each vector is (a vector is read back from the
 * file, a few microseconds from the page cache, when asked for). Records are only ever appended, each whole batch in one write, and each carries a
 * CRC: a crash mid-write can tear the last record, never an earlier one, and loading skips a torn record and
 * resynchronises on the next one. Several processes may append to the same file; each sees the others' vectors the
 * next time it opens it. Stale vectors (of texts since changed) stay in the file; delete it to start afresh.
 */
export async function openVectorCache(options: VectorCacheOptions): Promise<VectorCache> {
  const { dimensions } = options;
  if (endianness() !== 'LE') throw new Error('The vector cache file is little-endian; this machine is not');
  const vectors = new Map<string, Stored>();
  let handle: FileHandle | undefined;
  let path: string | undefined;
  let damagedOnLoad = 0;
  if (options.dir !== undefined) {
    await mkdir(options.dir, { recursive: true });
    path = join(options.dir, `vectors-${dimensions}.bin`);
    const existing = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (existing) damagedOnLoad = parseRecords(existing, dimensions, vectors);
    handle = await open(path, 'a+');
  }
  const vectorBytes = dimensions * 4;
  const read = (stored: Stored | undefined): Float32Array | undefined => {
    if (stored === undefined || typeof stored !== 'number') return stored;
    const vector = new Float32Array(dimensions);
    readSync(handle!.fd, new Uint8Array(vector.buffer), 0, vectorBytes, stored);
    return vector;
  };
  // One write at a time, so two batches never interleave their bytes.
  let writing: Promise<void> = Promise.resolve();

  return {
    get: (key) => read(vectors.get(key.toString('hex'))),
    get size() {
      return vectors.size;
    },
    path,
    damagedOnLoad,
    putMany(entries) {
      for (const { vector } of entries) {
        if (vector.length !== dimensions)
          throw new RangeError(`Expected ${dimensions} dimensions, got ${vector.length}`);
      }
      const fresh = entries.filter(({ key, vector }) => {
        const hex = key.toString('hex');
        if (vectors.has(hex)) return false;
        vectors.set(hex, vector);
        return true;
      });
      if (!handle || fresh.length === 0) return writing;
      const file = handle;
      const bytes = encodeRecords(fresh, dimensions);
      // A failed write (disk full) fails its own batch only: the vectors stay usable in memory.
      const write = writing
        .catch(() => undefined)
        .then(async () => {
          const before = (await file.stat()).size;
          let written = 0;
          while (written < bytes.length) written += (await file.write(bytes, written)).bytesWritten;
          // When no other process appended meanwhile, the records are where this write put them: memory keeps
          // only their offsets from now on.
          if ((await file.stat()).size !== before + bytes.length) return;
          const size = recordSize(dimensions);
          fresh.forEach(({ key }, index) => {
            vectors.set(key.toString('hex'), before + index * size + MAGIC.length + KEY_BYTES);
          });
        });
      writing = write;
      return write;
    },
    async close() {
      await writing.catch(() => undefined);
      await handle?.close();
      handle = undefined;
    },
  };
}
