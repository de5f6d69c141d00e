// Builds the note-taker's capture page (capture.html, src/capture-main.ts) on its own, into
// dist-capture/, so that the device hub embeds and serves only that page's files: index.html at
// `/` and its scripts, styles and fonts under `/assets/`. The hub serves them under a strict
// content security policy (no inline script or style, no data: fonts), which shapes the options
// below; `npm run build` checks the result (scripts/check-capture-build.mjs).
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const outDir = 'dist-capture';

/** The page is capture.html in the source (beside the app's index.html) and index.html served. */
function servedAsIndex(): Plugin {
  return {
    name: 'capture-page-as-index',
    apply: 'build',
    async closeBundle() {
      await rename(join(outDir, 'capture.html'), join(outDir, 'index.html'));
    },
  };
}

export default defineConfig({
  plugins: [svelte(), servedAsIndex()],
  clearScreen: false,
  base: '/',
  build: {
    outDir,
    emptyOutDir: true,
    // Phones: whatever browser the note-taker carries, a few years old at most.
    target: ['es2020', 'chrome87', 'safari14', 'firefox78', 'edge88'],
    // Fonts and images as files: the policy allows no data: fonts.
    assetsInlineLimit: 0,
    // No polyfill script for module preloading: nothing but the page's own files.
    modulePreload: { polyfill: false },
    rollupOptions: { input: 'capture.html' },
  },
});
