/**
 * How the renderer's code is cut into files: the code the app runs when it opens goes into three files instead
 * of dozens. By default the bundler makes one chunk per set of importers, which at start-up meant ~40 small and
 * large files; fetching them is a queue (a browser opens 6 connections per host to the test server, and each
 * file is one more request to the app:// handler in Electron), and the IndexedDB reads that the app starts first
 * waited for their code to arrive behind the rest.
 *
 * - `start-runtime`: the lazy-chunk loader and the bundler's runtime, which the entry itself needs.
 * - `start-store`: store/readAhead.ts and everything it imports (the database, the store's reads, the domain
 *   they use; no React): fetched and run first, so the first screen's reads start at once.
 * - `start-shell`: app/boot.tsx and everything it imports (React, the router, i18n, antd for the shell).
 *
 * Pages, forms, exceljs and the import worker stay in their own chunks, loaded when first used.
 */
import { posix } from 'node:path'
import type { CodeSplittingOptions } from 'rolldown'
import type { HtmlTagDescriptor, Plugin } from 'vite'

export const startupCodeSplitting: CodeSplittingOptions = {
  groups: [
    // Vite's loader for lazy chunks and the bundler's runtime: tiny, and the entry needs them before anything.
    { name: 'start-runtime', test: /vite[\\/]preload-helper|rolldown[\\/]runtime/, priority: 30 },
    { name: 'start-store', test: /[\\/]src[\\/]renderer[\\/]src[\\/]store[\\/]readAhead\.ts$/, priority: 20 },
    { name: 'start-shell', test: /[\\/]src[\\/]renderer[\\/]src[\\/]app[\\/]boot\.tsx$/, priority: 10 },
  ],
}

/**
 * Tells the browser about the start-up chunks in index.html itself (`<link rel="modulepreload">`, and the shell's
 * stylesheet), so they are fetched while the entry script is still arriving. The entry imports them dynamically
 * (so the read-ahead runs as soon as its own chunk is in, without waiting for React); without these links their
 * fetch would start only once the entry had run.
 */
export function startupPreload(): Plugin {
  return {
    name: 'daibiao:startup-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return []
        const from = posix.dirname(ctx.path)
        const href = (fileName: string) => {
          const rel = posix.relative(from, `/${fileName}`)
          return rel.startsWith('.') ? rel : `./${rel}`
        }
        const tags: HtmlTagDescriptor[] = []
        // The read-ahead's chunk first: its reads should start before React's code has even arrived.
        const chunks = Object.values(ctx.bundle).sort(
          (a, b) => Number(b.name === 'start-store') - Number(a.name === 'start-store'),
        )
        for (const item of chunks) {
          if (!/^start-(store|shell)$/.test(item.name ?? '')) continue
          if (item.type === 'chunk') {
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: href(item.fileName) },
              injectTo: 'head',
            })
          }
        }
        for (const item of Object.values(ctx.bundle)) {
          if (item.type === 'asset' && /^start-shell.*\.css$/.test(posix.basename(item.fileName))) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: true, href: href(item.fileName) },
              injectTo: 'head',
            })
          }
        }
        return tags
      },
    },
  }
}
