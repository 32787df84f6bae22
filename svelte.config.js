// Shared by electron-vite (renderer) and vite.web.config.ts; both pass it via `configFile`
// because the plugin only looks for it in the renderer root otherwise.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
  },
};
