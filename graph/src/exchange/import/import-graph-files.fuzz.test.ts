import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '../../testing/index.ts';
import { createEmbeddedGraphStore } from '../../adapters/embedded/create-embedded-graph-store.ts';
import type { GraphStore } from '../../graph-store.ts';
import { readGraphSnapshot } from '../graph-snapshot.ts';
import { importGraphFiles, type ImportInput, type ImportReport } from './import-graph-files.ts';

/**
 * Fuzzing the importer: the example survey's files, damaged in seeded random ways, must only ever
 * come back as well-formed problem reports (file, row, field, reason), never as a thrown error,
 * and a refused import must leave the store's counts and dataset version exactly as they were.
 * FUZZ_CASES raises the number of cases for a longer run; the seed makes every run the same.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

const examplesDir = fileURLToPath(new URL('../../../../docs/templates/examples/', import.meta.url));

const encode = (text: string) => new TextEncoder().encode(text);
const decodeLoose = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

const HOSTILE_TEXT = [
  '"',
  '""',
  '"unclosed',
  '\uFEFF',
  '\u0000',
  '\u001b[31m',
  '\r',
  '\r\n',
  '\n',
  ',',
  ';;',
  '|',
  '\\',
  '{',
  '}',
  '[',
  ']',
  '\uD800',
  '\uDFFF',
  "'}) DETACH DELETE n //",
  '` MATCH (n) DETACH DELETE n //',
  '${jndi:ldap://x}',
  '=cmd|/C calc',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '0x1F',
  '\u202e',
  '工业遗产',
];
const INVALID_UTF8 = [[0xff], [0xc3], [0xe5, 0xb7], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]];

/** One damage applied to a file's bytes; several may be stacked on the same file. */
const BYTE_MUTATIONS: ((bytes: Uint8Array, random: SeededRandom) => Uint8Array)[] = [
  // truncated: a dangling end in the middle of a quote, a row or a JSON value
  (bytes, random) => bytes.subarray(0, random.int(bytes.length)),
  // hostile text inserted anywhere
  (bytes, random) => splice(bytes, random.int(bytes.length + 1), 0, encode(random.pick(HOSTILE_TEXT))),
  // invalid UTF-8
  (bytes, random) => splice(bytes, random.int(bytes.length + 1), 0, Uint8Array.from(random.pick(INVALID_UTF8))),
  // a range deleted
  (bytes, random) => {
    const at = random.int(bytes.length);
    return splice(bytes, at, random.int(Math.min(200, bytes.length - at) + 1), new Uint8Array());
  },
  // a huge cell or string, over the 64 KiB field limit
  (bytes, random) => splice(bytes, random.int(bytes.length + 1), 0, encode('长'.repeat(30_000 + random.int(5_000)))),
  // a line duplicated (duplicate ids)
  (bytes, random) => {
    const text = decodeLoose(bytes);
    const lines = text.split('\n');
    const line = random.int(lines.length);
    lines.splice(line, 0, lines[line]!);
    return encode(lines.join('\n'));
  },
  // a random byte flipped
  (bytes, random) => {
    if (bytes.length === 0) return bytes;
    const out = Uint8Array.from(bytes);
    out[random.int(out.length)] = random.int(256);
    return out;
  },
  // BOMs doubled
  (bytes) => splice(bytes, 0, 0, Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])),
];

/** Damage that keeps JSON parseable, so the record rules behind the parser are reached too. */
function mutateJsonValue(value: unknown, random: SeededRandom, depth = 0): unknown {
  const replacements: unknown[] = [
    null,
    42,
    -1.5,
    true,
    [],
    {},
    '',
    ' ',
    random.pick(HOSTILE_TEXT),
    'x'.repeat(70_000),
    [random.pick(HOSTILE_TEXT)],
    { __proto__: 'polluted', constructor: { prototype: 1 } },
    'NotAKind',
    'no-such-node',
  ];
  if (depth > 6 || value === null || typeof value !== 'object' || random.next() < 0.15) {
    return random.pick(replacements);
  }
  if (Array.isArray(value)) {
    const copy = [...value];
    const action = random.int(4);
    if (action === 0 && copy.length > 0) copy.push(copy[random.int(copy.length)]);
    else if (action === 1 && copy.length > 0) copy.splice(random.int(copy.length), 1);
    else if (copy.length > 0) {
      const index = random.int(copy.length);
      copy[index] = mutateJsonValue(copy[index], random, depth + 1);
    } else copy.push(random.pick(replacements));
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const action = random.int(4);
  if (action === 0)
    copy[random.pick(['extra', '', '\u0000', 'kind', 'id', 'from', 'to', 'type'])] = random.pick(replacements);
  else if (action === 1 && keys.length > 0) delete copy[random.pick(keys)];
  else if (keys.length > 0) {
    const key = random.pick(keys);
    copy[key] = mutateJsonValue(copy[key], random, depth + 1);
  }
  return copy;
}

function isWellFormedReport(report: ImportReport, names: readonly string[]): void {
  for (const issue of report.issues) {
    expect(names).toContain(issue.file);
    expect(Number.isInteger(issue.row) && issue.row >= 0).toBe(true);
    expect(typeof issue.field === 'string' && issue.field.length > 0, JSON.stringify(issue)).toBe(true);
    expect(typeof issue.reason === 'string' && issue.reason.length > 0).toBe(true);
  }
  expect(report.written).toBe(report.issues.length === 0);
}

describe('importGraphFiles under fuzzed input', () => {
  let dataDir: string;
  let store: GraphStore;
  let originals: ImportInput[];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-import-fuzz-'));
    store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
    const names = (await readdir(examplesDir)).filter((name) => /\.(csv|json)$/.test(name)).sort();
    originals = await Promise.all(
      names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(examplesDir, name))) })),
    );
    // The store starts with the survey, so refused imports have records they could wrongly overwrite.
    const seeded = await importGraphFiles(
      store,
      originals.filter((file) => file.name.endsWith('.csv')),
    );
    expect(seeded.written).toBe(true);
  });

  afterAll(async () => {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('names an empty top-level JSON member as "" rather than leaving the field blank (found by fuzzing)', async () => {
    const before = await readGraphSnapshot(store);
    const report = await importGraphFiles(store, [{ name: 'survey.json', bytes: encode('{"":1,"nodes":[]}') }]);
    expect(report.issues).toEqual([
      {
        file: 'survey.json',
        row: 0,
        field: '""',
        reason: 'unknown member; the file holds "nodes" and "relationships"',
      },
    ]);
    expect((await readGraphSnapshot(store)).datasetVersion).toBe(before.datasetVersion);
  });

  it(`answers ${CASES} damaged files with well-formed problem reports and leaves the store unchanged`, async () => {
    const random = createSeededRandom(SEED);
    let before = await readGraphSnapshot(store);
    let beforeCounts = await store.counts();
    const figures = { cases: 0, refused: 0, written: 0, issues: 0, crashes: [] as string[] };

    for (let index = 0; index < CASES; index += 1) {
      const original = random.pick(originals);
      let bytes: Uint8Array;
      if (original.name.endsWith('.json') && random.next() < 0.5) {
        const document = JSON.parse(decodeLoose(original.bytes)) as unknown;
        bytes = encode(JSON.stringify(mutateJsonValue(document, random)));
      } else {
        bytes = original.bytes;
        for (let stack = 1 + random.int(3); stack > 0; stack -= 1) bytes = random.pick(BYTE_MUTATIONS)(bytes, random);
      }
      const name = random.next() < 0.05 ? original.name.replace(/\.(csv|json)$/, '.txt') : original.name;
      const inputs: ImportInput[] = [{ name, bytes }];
      // Sometimes with a clean companion file, whose records must not be written either.
      if (random.next() < 0.3) inputs.push(random.pick(originals.filter((file) => file.name !== original.name)));

      figures.cases += 1;
      let report: ImportReport;
      try {
        report = await importGraphFiles(store, inputs);
      } catch (error) {
        figures.crashes.push(`case ${index} (${name}): ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      isWellFormedReport(
        report,
        inputs.map((input) => input.name),
      );
      figures.issues += report.issues.length;
      if (report.written) {
        // A damage that left a valid file (a deleted optional cell) may be written: it becomes the new baseline.
        figures.written += 1;
        before = await readGraphSnapshot(store);
        beforeCounts = await store.counts();
      } else {
        figures.refused += 1;
        expect(await store.counts()).toEqual(beforeCounts);
        expect((await readGraphSnapshot(store)).datasetVersion).toBe(before.datasetVersion);
      }
    }

    console.log(
      `importer fuzz: ${figures.cases} cases (seed ${SEED}), ${figures.refused} refused with ` +
        `${figures.issues} problem reports, ${figures.written} written as valid, ${figures.crashes.length} crashes`,
    );
    expect(figures.crashes).toEqual([]);
    expect(figures.refused).toBeGreaterThan(CASES / 2);
  }, 600_000);
});
