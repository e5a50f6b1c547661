/**
 * The `app://bundle` scheme: serves the built renderer folder and nothing else, with the CSP as a header.
 *
 * Registered as standard + secure before `ready` — without that IndexedDB, which holds all the user's data,
 * is denied on the scheme. `supportFetchAPI` lets the renderer fetch its own assets (calendar data, fonts);
 * `corsEnabled` lets module scripts and workers that Vite emits with `crossorigin` load; `codeCache` speeds up
 * the second start. `bypassCSP` stays off.
 *
 * Print jobs are served from memory under `/print/<token>.html` for the lifetime of the job, so a letter can
 * use the bundled fonts by relative URL and still falls under the same CSP (see printing.ts).
 */
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { Privileges } from 'electron'
import { APP_HOST, APP_SCHEME } from './appIdentity'
import { CONTENT_SECURITY_POLICY } from './security'

export const APP_SCHEME_PRIVILEGES: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The file inside `root` that `requestUrl` names, or undefined when the request must be refused: another
 * scheme or host, `..` segments (plain or percent-encoded, forward or back slashes), NUL bytes, absolute or
 * drive-letter paths, or anything that would resolve outside `root`. `/` serves `index.html`.
 */
export function resolveBundlePath(root: string, requestUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined
  // URL parsing folds `..` and `%2e%2e` segments, which would hide an attempt; the bundle never needs dot
  // segments or encoded dots and slashes, so any of them in the raw request refuses it outright.
  const rawPath = requestUrl.slice(`${APP_SCHEME}://${APP_HOST}`.length).split(/[?#]/)[0] ?? ''
  if (/\.\.|%2e|%2f|%5c|%00/i.test(rawPath)) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.' || /^[A-Za-z]:/.test(s))) return undefined
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/')
  const absoluteRoot = resolve(root)
  const file = resolve(absoluteRoot, relativePath)
  const rel = relative(absoluteRoot, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined
  return file
}

/** In-memory documents served under `/print/…` while a print job runs. */
export type PrintDocumentLookup = (path: string) => string | undefined

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  }
}

/** The `protocol.handle` handler for `app://`. */
export function createAppProtocolHandler(root: string, printDocuments: PrintDocumentLookup) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
    const url = new URL(request.url)
    if (url.host === APP_HOST && url.pathname.startsWith('/print/')) {
      const html = printDocuments(url.pathname)
      if (html === undefined) return new Response(null, { status: 404 })
      return new Response(html, { status: 200, headers: securityHeaders('text/html; charset=utf-8') })
    }
    const file = resolveBundlePath(root, request.url)
    if (file === undefined) return new Response(null, { status: 403 })
    try {
      const body = await readFile(file)
      return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(contentTypeFor(file)) })
    } catch {
      return new Response(null, { status: 404 })
    }
  }
}
