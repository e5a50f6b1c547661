/** The whole renderer: providers, a last-resort error boundary, and the router. */
import { RouterProvider } from 'react-router-dom'
import { AppProviders } from './AppProviders'
import { ErrorBoundary } from './ErrorBoundary'
import { router } from './router'

export function AppRoot() {
  return (
    <AppProviders>
      <ErrorBoundary fullPage>
        <RouterProvider router={router} />
      </ErrorBoundary>
    </AppProviders>
  )
}
