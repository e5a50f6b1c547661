import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveBundlePath } from '../../src/main/appProtocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'

const root = '/opt/app/out/renderer'

describe('resolveBundlePath', () => {
  it('maps app://bundle paths to files inside the renderer folder', () => {
    expect(resolveBundlePath(root, 'app://bundle/index.html')).toBe('/opt/app/out/renderer/index.html')
    expect(resolveBundlePath(root, 'app://bundle/assets/index-abc.js?v=1#x')).toBe(
      '/opt/app/out/renderer/assets/index-abc.js',
    )
    expect(resolveBundlePath(root, 'app://bundle/')).toBe('/opt/app/out/renderer/index.html')
    expect(resolveBundlePath(root, 'app://bundle/fonts/%E4%BB%BF%E5%AE%8B.woff2')).toBe(
      '/opt/app/out/renderer/fonts/仿宋.woff2',
    )
  })

  it.each([
    'app://bundle/%2e%2e/main/index.js',
    'app://bundle/assets/%2E%2E/%2E%2E/package.json',
    'app://bundle/..%2f..%2fetc/passwd',
    'app://bundle/..%5c..%5cwindows%5cwin.ini',
    'app://bundle/assets%5c..%5c..%5csecret',
    'app://bundle/%00index.html',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'file:///opt/app/out/renderer/index.html',
    'https://bundle/index.html',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveBundlePath(root, url)).toBeUndefined()
  })

  it('refuses plain ../ even though URL parsing would fold it inside the folder', () => {
    expect(resolveBundlePath(root, 'app://bundle/../../etc/passwd')).toBeUndefined()
    expect(resolveBundlePath(root, 'app://bundle/assets/../index.html')).toBeUndefined()
  })

  it('keeps dots inside file names', () => {
    expect(resolveBundlePath(root, 'app://bundle/assets/index.abc.min.js')).toBe(
      '/opt/app/out/renderer/assets/index.abc.min.js',
    )
  })

  it('registers the scheme as standard and secure (IndexedDB needs both) without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true })
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBeUndefined()
  })
})

describe('app:// protocol handler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'app-protocol-'))
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>代表建议办理系统</title>')
  writeFileSync(join(dir, 'renderer', 'assets', 'a.js'), 'export const a = 1')
  writeFileSync(join(dir, 'secret.txt'), 'secret')
  const handler = createAppProtocolHandler(join(dir, 'renderer'), (path) =>
    path === '/print/job-1.html' ? '<p>公函</p>' : undefined,
  )

  it('serves index.html with the CSP header and the right type', async () => {
    const response = await handler(new Request('app://bundle/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toBe('<!doctype html><title>代表建议办理系统</title>')
  })

  it('serves scripts as JavaScript', async () => {
    const response = await handler(new Request('app://bundle/assets/a.js'))
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 403 to an encoded traversal and 404 to a missing file', async () => {
    expect((await handler(new Request('app://bundle/..%2fsecret.txt'))).status).toBe(403)
    // The request URL arrives already normalised: `%2e%2e/` is folded away and the file is looked up inside.
    expect((await handler(new Request('app://bundle/%2e%2e/secret.txt'))).status).toBe(404)
    expect((await handler(new Request('app://bundle/missing.js'))).status).toBe(404)
  })

  it('serves a print job from memory, and only while it exists', async () => {
    const job = await handler(new Request('app://bundle/print/job-1.html'))
    expect(await job.text()).toBe('<p>公函</p>')
    expect(job.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect((await handler(new Request('app://bundle/print/job-2.html'))).status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
  })
})
