/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where the Värna API runs; the dev server and `vite preview` proxy /api and /q to it.
const apiUrl = process.env.VARNA_API_URL ?? 'http://127.0.0.1:8080';

const proxy = {
  '/api': { target: apiUrl, changeOrigin: true },
  '/q': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { proxy },
  // The manifest tells scripts/check-bundle-size.mjs which chunks a first visit loads.
  build: { chunkSizeWarningLimit: 600, manifest: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    css: false,
    // Whole-app tests render lazy pages with charts: on two busy cores the slowest take about
    // 5 s, vitest's default limit, so the limit is a margin above that rather than the norm.
    testTimeout: 20_000,
  },
});
