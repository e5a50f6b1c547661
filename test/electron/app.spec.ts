/**
 * The real desktop app through Playwright's Electron launcher: built main (out/main/index.js), its own
 * throw-away profile folder, the renderer on app://bundle. Where the Electron binary is missing (offline build
 * machines, CI) `require('electron')` throws and each test is skipped with a printed reason.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'

const SKIP_REASON = 'skipped: no Electron binary'

/** The Electron executable, or undefined when the npm package has no binary (it throws on require). */
function electronExecutable(): string | undefined {
  try {
    const path: unknown = createRequire(resolve('package.json'))('electron')
    return typeof path === 'string' ? path : undefined
  } catch {
    return undefined
  }
}

const executablePath = electronExecutable()

async function launch(userData: string): Promise<ElectronApplication> {
  const env = { ...process.env, DAIBIAO_USER_DATA_DIR: userData } as Record<string, string>
  delete env.ELECTRON_RENDERER_URL
  return electron.launch({ executablePath: executablePath as string, args: [resolve('out/main/index.js')], env })
}

test.describe('desktop app', () => {
  let userData = ''

  test.beforeEach(() => {
    if (!executablePath) {
      console.log(SKIP_REASON)
      test.skip(true, SKIP_REASON)
    }
    userData = mkdtempSync(join(tmpdir(), 'daibiao-electron-'))
  })

  test.afterEach(() => {
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  test('opens one window titled 代表建议办理系统 on app://bundle', async () => {
    const app = await launch(userData)
    try {
      const page = await app.firstWindow()
      await expect(page).toHaveTitle('代表建议办理系统')
      expect(page.url()).toBe('app://bundle/index.html')
      expect(app.windows()).toHaveLength(1)
      const info = await page.evaluate(() => window.host?.appInfo())
      expect(info).toMatchObject({
        ok: true,
        value: { host: 'electron', name: '代表建议办理系统', dataPath: userData },
      })
    } finally {
      await app.close()
    }
  })

  test('IndexedDB works on app://bundle and survives a restart', async () => {
    const first = await launch(userData)
    const stored = await (
      await first.firstWindow()
    ).evaluate(
      () =>
        new Promise<string>((done, fail) => {
          const open = indexedDB.open('electron-probe', 1)
          open.onupgradeneeded = () => open.result.createObjectStore('kv')
          open.onerror = () => fail(open.error)
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite')
            tx.objectStore('kv').put('代表建议', 'k')
            tx.oncomplete = () => {
              open.result.close()
              done('written')
            }
          }
        }),
    )
    expect(stored).toBe('written')
    await first.close()

    const second = await launch(userData)
    try {
      const value = await (
        await second.firstWindow()
      ).evaluate(
        () =>
          new Promise<unknown>((done, fail) => {
            const open = indexedDB.open('electron-probe', 1)
            open.onerror = () => fail(open.error)
            open.onsuccess = () => {
              const get = open.result.transaction('kv').objectStore('kv').get('k')
              get.onsuccess = () => done(get.result)
            }
          }),
      )
      expect(value).toBe('代表建议')
    } finally {
      await second.close()
    }
  })

  test('makes no network request and opens no other window', async () => {
    const app = await launch(userData)
    try {
      const page = await app.firstWindow()
      const outcome = await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'reached',
          () => 'blocked',
        ),
      )
      expect(outcome).toBe('blocked')
      await page.evaluate(() => window.open('https://example.com/'))
      expect(app.windows()).toHaveLength(1)
    } finally {
      await app.close()
    }
  })
})
