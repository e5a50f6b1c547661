/**
 * Build configuration for the three Electron programs. The renderer is also the program that the browser
 * test rig serves: the same bundle runs under Electron (host bridge from the preload) and in a plain
 * Chromium tab (browser host bridge), chosen at run time.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { antdStylesheet } from './scripts/vite/antdStylesheet'
import { startupCodeSplitting, startupPreload } from './scripts/vite/startupChunks'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } } },
  },
  preload: {
    resolve: { alias },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    resolve: { alias },
    plugins: [react(), antdStylesheet(), startupPreload()],
    worker: { format: 'es' },
    build: {
      // electron-vite leaves the renderer unminified; minified code parses and compiles faster at every start
      // (the list's first render counts it). Target: the Chromium of Electron 45 (at least 152, electron-vite's
      // own choice); the bench build (bench/vite.bench.config.mts) uses the same options.
      minify: true,
      target: 'chrome152',
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        // The code the app opens with in two files (scripts/vite/startupChunks.ts).
        output: { codeSplitting: startupCodeSplitting },
      },
    },
  },
})
