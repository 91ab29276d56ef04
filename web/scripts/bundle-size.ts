import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialRouteSize {
  /** The entry script and every module it preloads: what the browser fetches before the first view renders. */
  scripts: AssetSize[];
  styles: AssetSize[];
  scriptGzipBytes: number;
  styleGzipBytes: number;
}

/** The budget for the first view's JavaScript, gzipped. */
export const INITIAL_ROUTE_BUDGET_BYTES = 350 * 1024;

async function sizeOf(dist: string, file: string): Promise<AssetSize> {
  const content = await readFile(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/**
 * Reads the built index.html: the scripts and styles it loads (entry, modulepreload links,
 * stylesheets) make up the initial route; views loaded on navigation are not counted.
 */
export async function initialRouteSize(dist: string): Promise<InitialRouteSize> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const src = attribute(tag, 'src');
    const linkHref = attribute(tag, 'href');
    const rel = attribute(tag, 'rel');
    if (tag.startsWith('<script') && src) scripts.add(src);
    else if (rel === 'modulepreload' && linkHref) scripts.add(linkHref);
    else if (rel === 'stylesheet' && linkHref) styles.add(linkHref);
  }
  const local = (path: string) => path.replace(/^\//, '');
  const scriptSizes = await Promise.all([...scripts].map((file) => sizeOf(dist, local(file))));
  const styleSizes = await Promise.all([...styles].map((file) => sizeOf(dist, local(file))));
  const total = (sizes: AssetSize[]) => sizes.reduce((sum, size) => sum + size.gzipBytes, 0);
  return {
    scripts: scriptSizes,
    styles: styleSizes,
    scriptGzipBytes: total(scriptSizes),
    styleGzipBytes: total(styleSizes),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const size = await initialRouteSize(dist);
  for (const asset of [...size.scripts, ...size.styles])
    console.log(`${asset.file.padEnd(40)} ${kb(asset.bytes).padStart(10)} ${kb(asset.gzipBytes).padStart(10)} gzip`);
  console.log(
    `initial route JavaScript: ${kb(size.scriptGzipBytes)} gzip (budget ${kb(INITIAL_ROUTE_BUDGET_BYTES)}); ` +
      `CSS: ${kb(size.styleGzipBytes)} gzip`,
  );
  if (size.scriptGzipBytes > INITIAL_ROUTE_BUDGET_BYTES) process.exitCode = 1;
}
