import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The production build goes straight into the Maven module's classes so that the
// frontend jar carries it under /public, where the backend serves it from the classpath.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // Designsystemet's React package does not declare itself free of side effects, so without
      // this every component ends up in the first page's bundle. Its web-component package does
      // have side effects (it registers elements and polyfills) and is left alone.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/node_modules\/@digdir\/designsystemet-react\/.*\.js$/.test(id),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/health': 'http://localhost:8080' },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Typing with user-event in jsdom takes seconds on a busy two-core machine; 5 s timed out there.
    testTimeout: 20_000,
  },
});
