#!/usr/bin/env node
/**
 * Serves the built renderer (out/renderer) on 127.0.0.1 only, for the browser test rig and benchmarks.
 * Static files, no directory listing, no path outside the folder.
 *
 * Caching as a production server would: the bundler's hashed files under assets/ never change (a new build
 * gives new names), so they are cacheable for good, which also lets Chromium keep their compiled code between
 * loads — as Electron does for the app:// scheme (`codeCache` in src/main/appProtocol.ts). Everything else
 * (index.html, the bench page) is fetched fresh every time.
 */
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const args = process.argv.slice(2)
const port = Number(args[args.indexOf('--port') + 1] || 4399)
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : 'out/renderer')
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let rel = decodeURIComponent(url.pathname)
    if (rel === '/' || rel === '') rel = '/index.html'
    const file = normalize(join(root, rel))
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    const info = await stat(file)
    if (!info.isFile()) throw new Error('not a file')
    const hashed = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.(js|css|mjs|wasm|woff2?)$/.test(file)
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-store',
    })
    res.end(await readFile(file))
  } catch {
    res.writeHead(404).end('not found')
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`))
