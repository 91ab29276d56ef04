import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactFetchError, fetchMavenArtifacts, type MavenArtifactSet } from './fetch-maven-artifacts.ts';

/** A pom declaring one small jar (Neo4j needs it too, so Maven usually has it already). */
function pomFor(artifact: string, version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.icg.test</groupId><artifactId>fetch-test</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.slf4j</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

describe('fetchMavenArtifacts (real Maven, Maven Central)', () => {
  let root: string;
  let set: MavenArtifactSet;
  const cacheDir = () => join(root, 'cache');
  const lines: string[] = [];
  const onProgress = (line: string) => lines.push(line);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'icg-fetch-'));
    await writeFile(join(root, 'pom.xml'), pomFor('slf4j-api', '2.0.9'));
    set = { id: 'slf4j-api-2.0.9', label: 'SLF4J API 2.0.9', pomDir: root };
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('copies the declared jar into its own folder, with the SHA-256 of each file in a manifest', async () => {
    const fetched = await fetchMavenArtifacts(set, { cacheDir: cacheDir(), onProgress });
    expect(fetched.fetched).toBe(true);
    expect(fetched.manifest.files.map((file) => file.name)).toEqual(['slf4j-api-2.0.9.jar']);
    const jar = await readFile(join(fetched.libDir, 'slf4j-api-2.0.9.jar'));
    expect(fetched.manifest.files[0]).toMatchObject({
      size: jar.length,
      sha256: createHash('sha256').update(jar).digest('hex'),
    });
    expect(lines.at(-1)).toMatch(/^Fetched SLF4J API 2\.0\.9: 1 files, [\d.]+ MB in /);
  }, 120_000);

  it('reuses the folder afterwards without running Maven', async () => {
    const startedAt = performance.now();
    const again = await fetchMavenArtifacts(set, { cacheDir: cacheDir() });
    expect(again.fetched).toBe(false);
    // Maven itself takes seconds to start; a reuse only reads the manifest and checks sizes.
    expect(performance.now() - startedAt).toBeLessThan(500);
  });

  it('fetches again when a file was cut short', async () => {
    const { libDir } = await fetchMavenArtifacts(set, { cacheDir: cacheDir() });
    await truncate(join(libDir, 'slf4j-api-2.0.9.jar'), 100);
    const repaired = await fetchMavenArtifacts(set, { cacheDir: cacheDir() });
    expect(repaired.fetched).toBe(true);
    expect(repaired.manifest.files[0]!.size).toBeGreaterThan(100);
  }, 120_000);

  it('refuses an artifact Maven Central does not have, naming it, and leaves nothing half-written', async () => {
    const missing = await mkdtemp(join(root, 'missing-'));
    await writeFile(join(missing, 'pom.xml'), pomFor('slf4j-api', '0.0.0-no-such-version'));
    const error = await fetchMavenArtifacts(
      { id: 'missing', label: 'a version that does not exist', pomDir: missing },
      { cacheDir: cacheDir() },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArtifactFetchError);
    expect((error as Error).message).toMatch(/^Maven could not fetch a version that does not exist \(exit code 1\)/);
    expect((error as Error).message).toContain('0.0.0-no-such-version');
    await expect(readFile(join(cacheDir(), 'missing', 'manifest.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  }, 120_000);
});
