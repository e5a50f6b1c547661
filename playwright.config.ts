/**
 * Two projects:
 * - `browser`: the built renderer (out/renderer) served on 127.0.0.1 and driven in Debian's Chromium (or
 *   Playwright's own browser where one is installed), with the browser host bridge. Runs everywhere, CI included.
 * - `electron`: the real desktop app via Playwright's Electron launcher; where the Electron binary is missing
 *   (this build machine, CI) each test prints "skipped: no Electron binary" and is skipped.
 */
import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const port = Number(process.env.E2E_PORT ?? 4399)

export default defineConfig({
  testDir: './test',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // test-all.mjs reads the JSON report for its closing `tests: N passed, N failed` line.
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // As on a workstation with animations turned off: the app then opens dialogs and menus without their zoom
    // and slide, so a click never lands on a button that is still moving into place.
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'browser',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
  webServer: {
    command: `node scripts/serve-renderer.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
