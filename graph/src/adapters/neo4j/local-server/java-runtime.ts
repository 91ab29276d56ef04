import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GraphStoreError } from '../../../graph-store-error.ts';

const execFileAsync = promisify(execFile);

/** Java releases Neo4j 5 supports; the Temurin 25 also found on some machines is not one of them. */
const SUPPORTED_JAVA_MAJORS = [17, 21];

export interface JavaRuntime {
  /** Path of `java`. */
  java: string;
  /** Path of `javac` beside it. */
  javac: string;
  major: number;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function majorVersion(java: string): Promise<number | undefined> {
  try {
    // `java -version` writes to stderr: openjdk version "17.0.15" 2025-04-15
    const { stderr } = await execFileAsync(java, ['-version'], { timeout: 15_000 });
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr);
    if (!match) return undefined;
    // Java 8 and older said "1.8.0".
    return match[1] === '1' ? Number(match[2]) : Number(match[1]);
  } catch {
    return undefined;
  }
}

/** JAVA_HOME first, then the JDKs Debian installs under /usr/lib/jvm, then `java` on the PATH. */
async function candidateHomes(env: NodeJS.ProcessEnv): Promise<string[]> {
  const homes: string[] = [];
  if (env['JAVA_HOME']) homes.push(env['JAVA_HOME']);
  try {
    const installed = (await readdir('/usr/lib/jvm')).sort();
    for (const major of SUPPORTED_JAVA_MAJORS) {
      homes.push(
        ...installed.filter((name) => new RegExp(`(^|-)${major}(-|$)`).test(name)).map((n) => `/usr/lib/jvm/${n}`),
      );
    }
  } catch {
    // No /usr/lib/jvm: only JAVA_HOME and the PATH are left.
  }
  return homes;
}

/**
 * A Java 17 or 21 with its compiler, to run Neo4j 5. Fails with GRAPH_UNAVAILABLE naming what was found and
 * what to install, so the service says at start why it cannot run its own Neo4j.
 */
export async function findJavaRuntime(env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const tried: string[] = [];
  const candidates = [
    ...(await candidateHomes(env)).map((home) => ({
      java: join(home, 'bin', 'java'),
      javac: join(home, 'bin', 'javac'),
    })),
    { java: 'java', javac: 'javac' },
  ];
  for (const { java, javac } of candidates) {
    if (java.includes('/') && !(await exists(java))) continue;
    const major = await majorVersion(java);
    tried.push(`${java} (${major === undefined ? 'does not run' : `Java ${major}`})`);
    if (major === undefined || !SUPPORTED_JAVA_MAJORS.includes(major)) continue;
    if (javac.includes('/') && !(await exists(javac))) {
      tried[tried.length - 1] += ', no javac beside it';
      continue;
    }
    return { java, javac, major };
  }
  throw new GraphStoreError(
    'GRAPH_UNAVAILABLE',
    `The local Neo4j needs a JDK 17 or 21 (java and javac); found ${tried.length > 0 ? tried.join(', ') : 'no java'}. ` +
      'Install one (Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME, or point NEO4J_URI at a running Neo4j.',
  );
}

/**
 * Compiles the launcher into `<cacheDir>/launcher-<hash of its source>/`, once per source text: a changed
 * launcher is compiled again, an unchanged one costs nothing at start.
 */
export async function compileLauncher(
  runtime: JavaRuntime,
  source: string,
  classpath: string,
  cacheDir: string,
): Promise<string> {
  const hash = createHash('sha256')
    .update(await readFile(source))
    .digest('hex')
    .slice(0, 16);
  const classesDir = join(cacheDir, `launcher-${hash}`);
  if (await exists(join(classesDir, 'Neo4jLauncher.class'))) return classesDir;
  const partial = `${classesDir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    await execFileAsync(runtime.javac, ['-nowarn', '-cp', classpath, '-d', partial, source], { timeout: 120_000 });
  } catch (cause) {
    await rm(partial, { recursive: true, force: true });
    const stderr = (cause as { stderr?: string }).stderr ?? '';
    throw new GraphStoreError('GRAPH_UNAVAILABLE', `Could not compile the Neo4j launcher: ${stderr.trim()}`, { cause });
  }
  await rm(classesDir, { recursive: true, force: true });
  await rename(partial, classesDir).catch(async (error: unknown) => {
    // Compiled by another process meanwhile.
    await rm(partial, { recursive: true, force: true });
    if (!(await exists(join(classesDir, 'Neo4jLauncher.class')))) throw error;
  });
  return classesDir;
}
