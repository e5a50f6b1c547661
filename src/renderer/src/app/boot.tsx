/**
 * The app's start, loaded by `main.tsx`: i18n (synchronous, bundled resources), then React. The open-time
 * tasks (persistent storage, the daily backup) wait until the first page has been painted.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from '../i18n'
import { AppRoot } from './AppRoot'
import { runStartupTasks } from './startupTasks'

export function boot(): void {
  initI18n()
  const container = document.getElementById('root')
  if (!container) throw new Error('#root element missing from index.html')
  createRoot(container).render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  )
  // After the first paint: the list and board must not wait for the backup.
  window.setTimeout(() => void runStartupTasks(), 1500)
}
