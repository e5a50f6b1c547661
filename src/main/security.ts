/**
 * The security policy of the window, as pure functions main wires into Electron's hooks. The app is offline
 * by design: it loads only its own bundle from `app://bundle`, never navigates elsewhere, opens no windows,
 * grants no permissions and makes no network request. In development the electron-vite dev server is the one
 * extra origin allowed (passed in explicitly; never in a packaged build).
 */
import { APP_ORIGIN } from './appIdentity'

/**
 * Served as a response header by the `app://` handler and repeated as a meta tag in src/renderer/index.html
 * (a test keeps the two identical). `'self'` only: no http:, https: or ws: source anywhere; inline styles are
 * needed by antd's CSS-in-JS; data:/blob: images and fonts for generated documents and bundled fonts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The origin of a URL, or undefined when it does not parse. `app://bundle/x` → `app://bundle`. */
export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url)
    // Custom standard schemes report origin "null" in Node's URL; rebuild it from the parts.
    return `${u.protocol}//${u.host}`
  } catch {
    return undefined
  }
}

/** True when `url` belongs to one of the trusted origins (the app origin, plus the dev server in development). */
export function isTrustedUrl(url: string, devOrigin?: string): boolean {
  const origin = originOf(url)
  if (origin === undefined) return false
  return origin === APP_ORIGIN || (devOrigin !== undefined && origin === devOrigin)
}

/** `will-navigate` / `will-redirect`: keep the window on the app; anything else is cancelled. */
export function shouldBlockNavigation(url: string, devOrigin?: string): boolean {
  return !isTrustedUrl(url, devOrigin)
}

/** `setWindowOpenHandler`: the app never opens windows (links to the outside world do not exist offline). */
export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' }
}

/** `setPermissionRequestHandler` / `setPermissionCheckHandler`: camera, notifications, geolocation… all denied. */
export function permissionDecision(): false {
  return false
}

/**
 * `session.webRequest.onBeforeRequest`: true when a request may proceed. Only the app's own scheme, the
 * DevTools front end, and (in development only) the dev server. Everything else — http(s), ws, file, ftp —
 * is cancelled: the app makes no network request, ever.
 */
export function isAllowedRequest(url: string, devOrigin?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN) return true
  if (url.startsWith('devtools://')) return true
  // data: and blob: never touch the network; the CSP decides where they may be used.
  if (url.startsWith('data:') || url.startsWith('blob:')) return true
  if (devOrigin !== undefined) {
    const origin = originOf(url)
    if (origin === devOrigin) return true
    // Vite's hot-reload socket on the same host and port.
    if (origin !== undefined && origin.replace(/^ws:/, 'http:') === devOrigin) return true
  }
  return false
}
