/** Shown for a route no section owns. Uses a plain link so it works inside and outside the router. */
import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'

export function NotFoundPage() {
  const { t } = useTranslation('common')
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.description')}
      extra={
        <Button type="primary" href="#/">
          {t('actions.backHome')}
        </Button>
      }
    />
  )
}
