/** The whole renderer: providers, a last-resort error boundary, and the router. */
import { lazy, Suspense, useEffect, useState } from 'react'
import { RouterProvider } from 'react-router-dom'
import { AppProviders } from './AppProviders'
import { ErrorBoundary } from './ErrorBoundary'
import { router } from './router'

const StartupRestoreOffer = lazy(() => import('../features/settings/StartupRestoreOffer'))

/**
 * How long after the first render the restore offer's check starts. The check counts the suggestions (slow on a
 * large database) and needs the settings screen's code: neither may hold up the first page. On an empty
 * database (the only case that shows the offer) nothing else is on screen yet, so the short wait goes unseen.
 */
const RESTORE_CHECK_DELAY_MS = 600

/** Mounts the restore offer once the first page has had time to paint. */
function DeferredRestoreOffer() {
  const [due, setDue] = useState(false)
  useEffect(() => {
    const timer = window.setTimeout(() => setDue(true), RESTORE_CHECK_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [])
  if (!due) return null
  return (
    <Suspense fallback={null}>
      <StartupRestoreOffer />
    </Suspense>
  )
}

export function AppRoot() {
  return (
    <AppProviders>
      <ErrorBoundary fullPage>
        <RouterProvider router={router} />
        {/* An empty database with backups on disk: offer the newest before anything else. */}
        <DeferredRestoreOffer />
      </ErrorBoundary>
    </AppProviders>
  )
}
