/**
 * Tells the host (Electron menus and dialogs) which UI language is in use. The host module is looked up with a
 * glob so the shell builds and runs before (or without) `src/renderer/src/host`; the call never blocks the UI
 * and a failure only means the native menus keep their language.
 */
import type { HostResult, UiLanguage } from '@shared/bridge/hostBridge'

interface HostModule {
  getHost?: () =>
    | { setLanguage(req: { language: UiLanguage }): Promise<HostResult<void>> }
    | Promise<{ setLanguage(req: { language: UiLanguage }): Promise<HostResult<void>> }>
}

const hostModules = import.meta.glob<HostModule>('../host/index.{ts,tsx}')

export function tellHostLanguage(language: UiLanguage): void {
  const load = Object.values(hostModules)[0]
  if (!load) return
  void (async () => {
    try {
      const module = await load()
      if (typeof module.getHost !== 'function') return
      const host = await module.getHost()
      const result = await host.setLanguage({ language })
      if (!result.ok && result.error.code !== 'cancelled') console.warn('host.setLanguage failed', result.error)
    } catch (error) {
      console.warn('host.setLanguage unavailable', error)
    }
  })()
}
