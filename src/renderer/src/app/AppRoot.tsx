/** The whole renderer: providers, a last-resort error boundary, and the router. */
import { RouterProvider } from 'react-router-dom'
import { AppProviders } from './AppProviders'
import { ErrorBoundary } from './ErrorBoundary'
import { router } from './router'
import { StartupRestoreOffer } from '../features/settings/StartupRestoreOffer'

export function AppRoot() {
  return (
    <AppProviders>
      <ErrorBoundary fullPage>
        <RouterProvider router={router} />
        {/* An empty database with backups on disk: offer the newest before anything else. */}
        <StartupRestoreOffer />
      </ErrorBoundary>
    </AppProviders>
  )
}
