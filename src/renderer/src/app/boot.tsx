/**
 * The app's start, loaded by `main.tsx`: i18n (synchronous, bundled resources), then React once the router
 * has the first page's code. The open-time tasks (persistent storage, the daily backup) wait until the first
 * page has been painted.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from '../i18n'
import { AppRoot } from './AppRoot'
import { router } from './router'
import { runStartupTasks } from './startupTasks'

export function boot(): void {
  initI18n()
  const container = document.getElementById('root')
  if (!container) throw new Error('#root element missing from index.html')
  // Rendering before the router has loaded the first page's code (its lazy route) would paint a loading screen
  // and then the page: two renders where one will do. Meanwhile index.html shows the shell's outline.
  void routerReady().then(() =>
    createRoot(container).render(
      <StrictMode>
        <AppRoot />
      </StrictMode>,
    ),
  )
  // After the first paint: the list and board must not wait for the backup.
  window.setTimeout(() => void runStartupTasks(), 1500)
}

/** Resolves once the router has matched the first location and loaded its routes (whether or not they failed). */
function routerReady(): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}
