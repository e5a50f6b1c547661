/** The router's error element: a 404 for unknown routes, otherwise the translated error fallback. */
import { isRouteErrorResponse, useRouteError } from 'react-router-dom'
import { ErrorFallback } from './ErrorFallback'
import { NotFoundPage } from './NotFoundPage'

export function RouteErrorPage({ fullPage = false }: { fullPage?: boolean }) {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return <ErrorFallback error={error} fullPage={fullPage} />
}
