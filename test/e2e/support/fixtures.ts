/**
 * The base fixture for every browser end-to-end test. Import `test` and `expect` from here, not from
 * '@playwright/test'.
 *
 * Automatic guards (no opt-in needed):
 * - offline: every request that would leave 127.0.0.1 / localhost is aborted and recorded, and the test fails
 *   after its body if there was any. The app is an offline desktop app: no fonts, scripts or telemetry from the
 *   network, ever.
 * - page errors: an uncaught exception in the page fails the test.
 *
 * Extend with `test.extend<...>()` in your own spec or in another support file that re-exports it.
 */
import { test as base, expect, type BrowserContext, type Request } from '@playwright/test'

export { expect }

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** True for URLs the app may load: the local test server and in-page schemes (data:, blob:, about:). */
export function isLocalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return false
  }
  return LOCAL_HOSTS.has(url.hostname)
}

export interface OfflineGuard {
  /** URLs that tried to leave the machine during this test (aborted). */
  readonly blocked: readonly string[]
  /** Returns the blocked URLs and forgets them: for a test that provokes an outside request on purpose. */
  takeBlocked(): string[]
}

interface GuardFixtures {
  offlineGuard: OfflineGuard
  pageErrors: Error[]
}

async function guardContext(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (isLocalUrl(url)) return route.continue()
    if (!blocked.includes(url)) blocked.push(url)
    return route.abort('blockedbyclient')
  })
  // Requests that routing does not see (e.g. service workers) are still recorded; each URL once.
  context.on('request', (request: Request) => {
    const url = request.url()
    if (!isLocalUrl(url) && !blocked.includes(url)) blocked.push(url)
  })
}

export const test = base.extend<GuardFixtures>({
  offlineGuard: [
    async ({ context }, use) => {
      const blocked: string[] = []
      await guardContext(context, blocked)
      await use({ blocked, takeBlocked: () => blocked.splice(0, blocked.length) })
      expect(blocked, 'requests that left 127.0.0.1/localhost').toEqual([])
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = []
      page.on('pageerror', (error) => errors.push(error))
      await use(errors)
      expect(
        errors.map((e) => e.message),
        'uncaught errors in the page',
      ).toEqual([])
    },
    { auto: true },
  ],
})
