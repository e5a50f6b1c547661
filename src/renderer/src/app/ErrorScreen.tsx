/**
 * The error screen as the error boundaries show it: ErrorFallback (antd Result, the folded technical detail) is
 * loaded when an error happens, so it is not part of the code every start evaluates. Until it has loaded — or
 * if it cannot load, say because the error is the app's own files failing — a plain message with the same
 * words and a reload button stands in.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ErrorFallbackProps } from './ErrorFallback'

const ErrorFallback = lazy(() => import('./ErrorFallback').then((m) => ({ default: m.ErrorFallback })))

export function ErrorScreen(props: ErrorFallbackProps) {
  const plain = <PlainError fullPage={props.fullPage} />
  return (
    <LoadGuard fallback={plain}>
      <Suspense fallback={plain}>
        <ErrorFallback {...props} />
      </Suspense>
    </LoadGuard>
  )
}

function PlainError({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation('common')
  return (
    <div
      role="alert"
      data-testid="error-fallback"
      className="plain-error"
      style={fullPage ? { padding: '10vh 24px' } : undefined}
    >
      <h2>{t('errorBoundary.title')}</h2>
      <p>{t('errorBoundary.description')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('actions.reload')}
      </button>
    </div>
  )
}

/** Shows `fallback` when loading the full error screen itself fails. */
class LoadGuard extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
