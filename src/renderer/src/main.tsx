/** Renderer entry: i18n first (synchronous, bundled resources), then the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from './i18n'
import { AppRoot } from './app/AppRoot'
import { runStartupTasks } from './app/startupTasks'

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
