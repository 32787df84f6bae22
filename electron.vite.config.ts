// Builds the Electron app: main (ESM), preload (one CommonJS file, as sandboxed preloads require) and the Svelte renderer.
// Building needs only electron/package.json, not the Electron runtime; `dev`/`preview` need the runtime.
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // "type": "module" would otherwise make this index.mjs, which a sandboxed renderer cannot load.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') },
      // pdf.js and the HTML parsers make the worker chunk large; expected for an offline app (as in vite.web.config.ts).
      chunkSizeWarningLimit: 4096,
    },
    // The plugin only looks for svelte.config.js in the renderer root otherwise.
    plugins: [svelte({ configFile: resolve('svelte.config.js') })],
    worker: { format: 'es' },
  },
});
