/**
 * Loads the real main entry (src/main/index.ts) against a recording stand-in for Electron and checks the
 * wiring: privileges before ready, the profile folder, the single-instance lock, the session lock-down, one
 * IPC handler per channel, and the secure window loading app://bundle.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

const calls = vi.hoisted(() => ({ order: [] as string[] }))
const appData = vi.hoisted(() => ({ dir: '' }))

const electron = vi.hoisted(() => {
  const log = (name: string) => calls.order.push(name)
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const windows: { options: unknown; url?: string; contentsHandlers: Map<string, (...a: unknown[]) => void> }[] = []
  class BrowserWindow {
    state: (typeof windows)[number]
    webContents: unknown
    constructor(options: unknown) {
      log('new BrowserWindow')
      this.state = { options, contentsHandlers: new Map() }
      windows.push(this.state)
      this.webContents = { mainFrame: { url: 'app://bundle/index.html', processId: 1, routingId: 1 } }
    }
    once() {}
    on() {}
    maximize() {}
    async loadURL(url: string) {
      this.state.url = url
    }
  }
  const session = {
    permissionRequest: undefined as undefined | ((...a: unknown[]) => void),
    permissionCheck: undefined as undefined | (() => boolean),
    beforeRequest: undefined as undefined | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  }
  return {
    windows,
    listeners,
    sessionState: session,
    app: {
      isPackaged: true,
      setName: (name: string) => log(`setName ${name}`),
      getPath: (name: string) => (name === 'appData' ? appData.dir : join(appData.dir, 'daibiao-jianyi')),
      setPath: (name: string, path: string) => log(`setPath ${name} ${path}`),
      requestSingleInstanceLock: () => (log('requestSingleInstanceLock'), true),
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      whenReady: async () => log('ready'),
      quit: () => log('quit'),
      exit: () => log('exit'),
      getVersion: () => '0.1.0',
      getLocale: () => 'zh-CN',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string) => log(`protocol.handle ${scheme}`),
    },
    ipcMain: { handle: (channel: string) => log(`ipc ${channel}`) },
    Menu: {
      buildFromTemplate: (t: { label: string }[]) => t.map((i) => i.label),
      setApplicationMenu: (labels: string[]) => log(`menu ${labels.join(' ')}`),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    dialog: {},
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: (...a: unknown[]) => void) => (session.permissionRequest = h),
        setPermissionCheckHandler: (h: () => boolean) => (session.permissionCheck = h),
        webRequest: {
          onBeforeRequest: (h: typeof session.beforeRequest) => (session.beforeRequest = h),
        },
      },
    },
    BrowserWindowClass: BrowserWindow,
  }
})

vi.mock('electron', () => ({ ...electron, BrowserWindow: electron.BrowserWindowClass }))

describe('main entry wiring', async () => {
  appData.dir = mkdtempSync(join(tmpdir(), 'main-wiring-'))
  await import('../../src/main/index')
  await vi.waitFor(() => expect(electron.windows[0]?.url).toBe('app://bundle/index.html'))

  it('registers app:// as privileged and pins the profile folder before the app is ready', () => {
    const ready = calls.order.indexOf('ready')
    expect(calls.order.slice(0, ready)).toEqual([
      'registerSchemesAsPrivileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"corsEnabled":true,"codeCache":true}}]',
      'setName 代表建议办理系统',
      `setPath userData ${join(appData.dir, 'daibiao-jianyi')}`,
      'requestSingleInstanceLock',
    ])
  })

  it('serves app://, registers one handler per channel and a Chinese menu', () => {
    expect(calls.order).toContain('protocol.handle app')
    expect(calls.order.filter((c) => c.startsWith('ipc ')).length).toBe(9)
    expect(calls.order).toContain('menu 文件 编辑 视图 窗口 帮助')
  })

  it('opens one sandboxed, isolated window with the preload', () => {
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0]?.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    })
  })

  it('denies permissions and cancels network requests in the session', () => {
    const granted: boolean[] = []
    electron.sessionState.permissionRequest?.({}, 'media', (g: boolean) => granted.push(g))
    expect(granted).toEqual([false])
    expect(electron.sessionState.permissionCheck?.()).toBe(false)
    const decisions: boolean[] = []
    electron.sessionState.beforeRequest?.({ url: 'https://example.com/' }, (r) => decisions.push(r.cancel))
    electron.sessionState.beforeRequest?.({ url: 'app://bundle/index.html' }, (r) => decisions.push(r.cancel))
    expect(decisions).toEqual([true, false])
  })

  it('keeps every web contents on the app: foreign navigation and redirects cancelled, window.open denied', () => {
    const handlers = new Map<string, (event: { url: string; preventDefault: () => void }) => void>()
    let openHandler: (() => unknown) | undefined
    const contents = {
      on: (name: string, h: (event: { url: string; preventDefault: () => void }) => void) => handlers.set(name, h),
      setWindowOpenHandler: (h: () => unknown) => (openHandler = h),
    }
    electron.listeners.get('web-contents-created')?.({}, contents)
    const prevented = (name: string, url: string) => {
      const preventDefault = vi.fn()
      handlers.get(name)?.({ url, preventDefault })
      return preventDefault.mock.calls.length === 1
    }
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true)
    expect(prevented('will-redirect', 'http://127.0.0.1/')).toBe(true)
    expect(prevented('will-navigate', 'app://bundle/index.html')).toBe(false)
    expect(prevented('will-attach-webview', 'app://bundle/index.html')).toBe(true)
    expect(openHandler?.()).toEqual({ action: 'deny' })
  })

  it('focuses the first instance when a second one starts', () => {
    expect([...electron.listeners.keys()]).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created']))
  })
})
