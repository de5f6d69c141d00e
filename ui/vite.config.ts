import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK on Linux and WKWebView on macOS are Safari-class engines.
    target: 'safari15',
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
