// Compiles the service (api/src/main.ts and the workspace packages it imports) into one ES module, so that
// `pnpm start` runs plain JavaScript: tsx's loader thread and its in-memory transforms cost the running service
// tens of MiB. See docs/decisions/0009-compiled-service.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The esbuild that tsx (a root devDependency) runs on: the same compiler as `node --import tsx`, installed once.
const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
const { build } = requireFromTsx('esbuild');

const API = fileURLToPath(new URL('../', import.meta.url));
const REPOSITORY = join(API, '..');
const OUTFILE = join(API, 'dist', 'main.mjs');

const workspacePackages = new Set(
  ['api', 'graph', 'runtime', 'search-indexer', 'seeds'].map(
    (dir) => JSON.parse(readFileSync(join(REPOSITORY, dir, 'package.json'), 'utf8')).name,
  ),
);
const isWorkspaceSpecifier = (specifier) =>
  [...workspacePackages].some((name) => specifier === name || specifier.startsWith(`${name}/`));

/**
 * Workspace sources find their data files (seeds, dictionaries, schemas, web/dist) and their dependencies relative
 * to themselves, so each keeps its own `import.meta.url` inside the bundle.
 */
const keepModuleLocation = {
  name: 'keep-module-location',
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        loader: 'ts',
        contents: source
          .replaceAll('import.meta.url', url)
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path)),
      };
    });
  },
};

/**
 * Everything outside the workspace (native addons, packages that read files beside themselves) is loaded as it is
 * from node_modules, resolved where the importing source sits, since api/ cannot see the other packages' dependencies.
 */
const dependenciesInPlace = {
  name: 'dependencies-in-place',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('node:') || isWorkspaceSpecifier(args.path)) {
        return undefined;
      }
      const resolved = await context.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.external ? args.path : pathToFileURL(resolved.path).href, external: true };
    });
  },
};

const result = await build({
  entryPoints: [join(API, 'src', 'main.ts')],
  outfile: OUTFILE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['node', 'import'],
  plugins: [keepModuleLocation, dependenciesInPlace],
  // For a debugger or `node --enable-source-maps` when a stack trace needs the TypeScript lines; the service does not
  // load it by default, since Node then keeps every module's map in memory.
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
});
// Each file is renamed into place whole: a service starting meanwhile (the bench builds beside running tests) never
// reads half of one.
await mkdir(dirname(OUTFILE), { recursive: true });
for (const file of result.outputFiles) {
  const partial = join(dirname(file.path), `.${basename(file.path)}.${process.pid}`);
  await writeFile(partial, file.contents);
  await rename(partial, file.path);
}
