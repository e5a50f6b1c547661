/**
 * What the user sees when a page throws: a translated message, "reload" and "back to home", and the technical
 * detail folded away for whoever supports the office.
 */
import { Button, Collapse, Result, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

export interface ErrorFallbackProps {
  error: unknown
  /** True when the whole shell is gone (the error happened outside a page). */
  fullPage?: boolean
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? `\n\n${error.stack}` : ''}`
  try {
    return typeof error === 'string' ? error : JSON.stringify(error, null, 2)
  } catch {
    return String(error)
  }
}

export function ErrorFallback({ error, fullPage = false }: ErrorFallbackProps) {
  const { t } = useTranslation('common')
  const reload = () => window.location.reload()
  const backHome = () => {
    window.location.hash = '#/'
    if (fullPage) window.location.reload()
  }
  return (
    <div role="alert" data-testid="error-fallback" style={fullPage ? { padding: '10vh 24px' } : undefined}>
      <Result
        status="error"
        title={t('errorBoundary.title')}
        subTitle={t('errorBoundary.description')}
        extra={[
          <Button key="reload" type="primary" onClick={reload}>
            {t('actions.reload')}
          </Button>,
          <Button key="home" onClick={backHome}>
            {t('actions.backHome')}
          </Button>,
        ]}
      >
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'details',
              label: t('errorBoundary.details'),
              children: (
                <Typography.Paragraph>
                  <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12, maxHeight: 240, overflow: 'auto', margin: 0 }}>
                    {describe(error)}
                  </pre>
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      </Result>
    </div>
  )
}
