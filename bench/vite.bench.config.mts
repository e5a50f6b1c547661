/**
 * The bench bundle: the real app (src/renderer/index.html) and the bench page (bench/page/bench.html) built
 * together into out/bench, so that when served from one origin they share one IndexedDB — the bench page seeds
 * and measures the store, the app page shows what was seeded. Same aliases and plugins as the app's renderer
 * build (electron.vite.config.ts); never writes into out/renderer.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { antdStylesheet } from '../scripts/vite/antdStylesheet'
import { startupCodeSplitting, startupPreload } from '../scripts/vite/startupChunks'

const root = resolve(import.meta.dirname, '..')
/** BENCH_PAGE_ONLY=1: build only the bench page (the driver's fallback when the app itself does not build). */
const pageOnly = process.env.BENCH_PAGE_ONLY === '1'

export default defineConfig({
  root,
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(root, 'src/shared'),
      '@renderer': resolve(root, 'src/renderer/src'),
    },
  },
  plugins: [react(), antdStylesheet(), startupPreload()],
  worker: { format: 'es' },
  logLevel: 'warn',
  build: {
    // scripts/bench.mjs sets BENCH_OUT (default out/bench).
    outDir: process.env.BENCH_OUT ?? resolve(root, 'out/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    // As the app's renderer build (electron.vite.config.ts): minified, for Electron 45's Chromium, no polyfill.
    minify: true,
    target: 'chrome152',
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: { codeSplitting: startupCodeSplitting },
      input: {
        ...(pageOnly ? {} : { app: resolve(root, 'src/renderer/index.html') }),
        bench: resolve(root, 'bench/page/bench.html'),
      },
    },
  },
})
