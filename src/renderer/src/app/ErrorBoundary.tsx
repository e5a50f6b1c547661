/**
 * Catches render errors outside the router's own error handling (the providers, the router itself) so the user
 * never faces a blank window. Errors inside pages are handled by the route's `errorElement` (RouteErrorPage).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorScreen } from './ErrorScreen'

interface Props {
  children: ReactNode
  fullPage?: boolean
}

interface State {
  error: unknown
  failed: boolean
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('render error', error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.failed) return <ErrorScreen error={this.state.error} fullPage={this.props.fullPage} />
    return this.props.children
  }
}
