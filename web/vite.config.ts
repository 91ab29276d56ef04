import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves dist/ in production; in development Vite proxies GraphQL to it.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
