// Web build of the renderer: same Svelte app as Electron, with the browser bridge instead of the preload.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  // Relative asset URLs so dist-web works from any path (and under Electron's file:// if ever reused).
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    target: 'es2022',
    // pdf.js and the HTML parsers make the worker chunk large; that's expected for an offline app.
    chunkSizeWarningLimit: 4096,
  },
  plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') })],
  worker: { format: 'es' },
});
