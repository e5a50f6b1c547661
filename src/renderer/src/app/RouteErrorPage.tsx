/** The router's error element: a 404 for unknown routes, otherwise the translated error fallback. */
import { lazy, Suspense } from 'react'
import { isRouteErrorResponse, useRouteError } from 'react-router-dom'
import { ErrorScreen } from './ErrorScreen'

const NotFoundPage = lazy(() => import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })))

export function RouteErrorPage({ fullPage = false }: { fullPage?: boolean }) {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Suspense fallback={null}>
        <NotFoundPage />
      </Suspense>
    )
  }
  return <ErrorScreen error={error} fullPage={fullPage} />
}
