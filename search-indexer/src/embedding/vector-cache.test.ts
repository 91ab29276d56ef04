import { appendFile, mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openVectorCache, vectorCacheKey, type VectorCacheEntry } from './vector-cache.ts';

const DIMENSIONS = 8;
const RECORD_BYTES = 4 + 32 + DIMENSIONS * 4 + 4;

function entry(text: string, seed: number): VectorCacheEntry {
  const vector = Float32Array.from({ length: DIMENSIONS }, (_, index) => Math.sin(seed + index));
  return { key: vectorCacheKey('model-a', 'document', text), vector };
}

describe('vectorCacheKey', () => {
  it('differs by model, kind and text, and only by them', () => {
    const key = vectorCacheKey('model-a', 'document', '大生纱厂');
    expect(key).toHaveLength(32);
    expect(vectorCacheKey('model-a', 'document', '大生纱厂')).toEqual(key);
    expect(vectorCacheKey('model-b', 'document', '大生纱厂')).not.toEqual(key);
    expect(vectorCacheKey('model-a', 'query', '大生纱厂')).not.toEqual(key);
    expect(vectorCacheKey('model-a', 'document', '大生纱厂 ')).not.toEqual(key);
    // The separator keeps the parts apart: ("ab", "c") is not ("a", "bc").
    expect(vectorCacheKey('model-a', 'document', 'x')).not.toEqual(
      vectorCacheKey('model-a\0document', 'document', 'x'),
    );
  });
});

describe('openVectorCache', () => {
  let dir: string;
  const fileOf = () => join(dir, `vectors-${DIMENSIONS}.bin`);
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-vector-cache-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps vectors across a reopen, exactly', async () => {
    const entries = [entry('张謇', 1), entry('大生纱厂', 2), entry('芜湖铁画', 3)];
    const cache = await openVectorCache({ dir, dimensions: DIMENSIONS });
    await cache.putMany(entries);
    await cache.close();

    const reopened = await openVectorCache({ dir, dimensions: DIMENSIONS });
    expect(reopened.size).toBe(3);
    expect(reopened.damagedOnLoad).toBe(0);
    for (const { key, vector } of entries) expect(reopened.get(key)).toEqual(vector);
    expect(reopened.get(entry('没有', 4).key)).toBeUndefined();
    await reopened.close();
  });

  it('appends only vectors it does not hold yet', async () => {
    const cache = await openVectorCache({ dir, dimensions: DIMENSIONS });
    await cache.putMany([entry('张謇', 1), entry('张謇', 1)]);
    await cache.putMany([entry('张謇', 1), entry('大生纱厂', 2)]);
    await cache.close();
    expect((await stat(fileOf())).size).toBe(2 * RECORD_BYTES);
  });

  it('loses nothing written before a crash that tore the last record, and appends after it', async () => {
    const cache = await openVectorCache({ dir, dimensions: DIMENSIONS });
    await cache.putMany([entry('张謇', 1), entry('大生纱厂', 2)]);
    await cache.close();
    // What a crash halfway through the next write leaves: the start of a record.
    const torn = await openVectorCache({ dir: join(dir, 'scratch'), dimensions: DIMENSIONS });
    await torn.putMany([entry('芜湖铁画', 3)]);
    await torn.close();
    const whole = await open(join(dir, 'scratch', `vectors-${DIMENSIONS}.bin`));
    const { buffer } = await whole.read(Buffer.alloc(RECORD_BYTES / 2), 0, RECORD_BYTES / 2, 0);
    await whole.close();
    await appendFile(fileOf(), buffer);

    const afterCrash = await openVectorCache({ dir, dimensions: DIMENSIONS });
    expect(afterCrash.size).toBe(2);
    expect(afterCrash.damagedOnLoad).toBe(1);
    await afterCrash.putMany([entry('景德镇', 5)]);
    await afterCrash.close();

    const later = await openVectorCache({ dir, dimensions: DIMENSIONS });
    expect(later.size).toBe(3);
    expect(later.get(entry('景德镇', 5).key)).toEqual(entry('景德镇', 5).vector);
    expect(later.get(entry('芜湖铁画', 3).key)).toBeUndefined();
    await later.close();
  });

  it('skips a damaged record in the middle and keeps the ones around it', async () => {
    const cache = await openVectorCache({ dir, dimensions: DIMENSIONS });
    await cache.putMany([entry('一', 1), entry('二', 2), entry('三', 3)]);
    await cache.close();
    const file = await open(fileOf(), 'r+');
    await file.write(Buffer.from([0xff, 0xff, 0xff]), 0, 3, RECORD_BYTES + 50);
    await file.close();

    const reopened = await openVectorCache({ dir, dimensions: DIMENSIONS });
    expect(reopened.damagedOnLoad).toBe(1);
    expect(reopened.get(entry('一', 1).key)).toEqual(entry('一', 1).vector);
    expect(reopened.get(entry('二', 2).key)).toBeUndefined();
    expect(reopened.get(entry('三', 3).key)).toEqual(entry('三', 3).vector);
    await reopened.close();
  });

  it('lets two caches append to one file at once without mixing their records', async () => {
    const first = await openVectorCache({ dir, dimensions: DIMENSIONS });
    const second = await openVectorCache({ dir, dimensions: DIMENSIONS });
    const texts = Array.from({ length: 200 }, (_, index) => `文本${index}`);
    await Promise.all(texts.map((text, index) => (index % 2 === 0 ? first : second).putMany([entry(text, index)])));
    await Promise.all([first.close(), second.close()]);
    const reopened = await openVectorCache({ dir, dimensions: DIMENSIONS });
    expect(reopened.size).toBe(200);
    expect(reopened.damagedOnLoad).toBe(0);
    await reopened.close();
  });

  it('keeps vectors in memory only when given no folder', async () => {
    const cache = await openVectorCache({ dimensions: DIMENSIONS });
    await cache.putMany([entry('张謇', 1)]);
    expect(cache.path).toBeUndefined();
    expect(cache.get(entry('张謇', 1).key)).toEqual(entry('张謇', 1).vector);
    await cache.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a vector of another length', async () => {
    const cache = await openVectorCache({ dimensions: DIMENSIONS });
    expect(() => cache.putMany([{ key: entry('x', 1).key, vector: new Float32Array(3) }])).toThrow(
      'Expected 8 dimensions, got 3',
    );
    await cache.close();
  });
});
