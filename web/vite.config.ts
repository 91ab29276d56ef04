import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the embeddable search widget into the app's outDir as one classic script, `widget.js`, after
 * the app itself: portals load it with a plain `<script>` tag, so it cannot be an ES module with
 * hashed chunks. Part of this config (not a second command) so every build of the app, the test
 * harness's included, ships the widget beside it.
 */
function icgSearchWidget(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'icg-search-widget',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        mode: 'production',
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          sourcemap: false,
          target: 'es2020',
          lib: {
            entry: resolve(root, 'src/widget/widget.ts'),
            name: 'IcgSearch',
            formats: ['iife'],
            fileName: () => 'widget.js',
          },
        },
      });
    },
  };
}

// The API serves dist/ in production; in development Vite proxies GraphQL to it.
export default defineConfig({
  plugins: [react(), icgSearchWidget()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
