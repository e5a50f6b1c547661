import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequest,
  isTrustedUrl,
  originOf,
  permissionDecision,
  shouldBlockNavigation,
  windowOpenHandler,
} from '../../src/main/security'

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  )
}

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY)

  it('allows scripts from the app itself only', () => {
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
  })

  it('names no network scheme and no wildcard anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/)
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'")
  })

  it('is the same policy as the meta tag in src/renderer/index.html', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('navigation and windows', () => {
  it('lets the window move within app://bundle', () => {
    expect(shouldBlockNavigation('app://bundle/index.html#/suggestions')).toBe(false)
  })

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://bundle.evil.com/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('blocks navigation to %s', (url) => {
    expect(shouldBlockNavigation(url)).toBe(true)
  })

  it('allows the dev server only when it is passed in as the dev origin', () => {
    expect(shouldBlockNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(false)
    expect(shouldBlockNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(true)
  })

  it('denies every window.open', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' })
  })

  it('denies every permission', () => {
    expect(permissionDecision()).toBe(false)
  })

  it('reads the origin of a custom standard scheme', () => {
    expect(originOf('app://bundle/assets/x.js')).toBe('app://bundle')
    expect(isTrustedUrl('app://bundle/')).toBe(true)
  })
})

describe('web requests', () => {
  it.each(['app://bundle/index.html', 'app://bundle/assets/index.js', 'devtools://devtools/bundled/x.html', 'data:,x'])(
    'lets %s through',
    (url) => expect(isAllowedRequest(url)).toBe(true),
  )

  it.each([
    'https://cdn.example.com/font.woff2',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'ftp://example.com/',
    'file:///C:/Windows/win.ini',
    'app://bundlex/index.html',
  ])('cancels %s', (url) => expect(isAllowedRequest(url)).toBe(false))

  it('lets the dev server and its hot-reload socket through in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAllowedRequest('https://example.com/', 'http://localhost:5173')).toBe(false)
  })
})
