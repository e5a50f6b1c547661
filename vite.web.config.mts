/**
 * Renderer-only dev server: the whole UI in a browser tab with hot reload, using the browser host bridge.
 * `npm run dev:web`, then open the printed localhost address.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { antdStylesheet } from './scripts/vite/antdStylesheet'

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
    },
  },
  plugins: [react(), antdStylesheet()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
})
