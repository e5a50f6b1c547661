/** The worker's progress bar with a Cancel button, shown while a file is read and checked. */
import { Button, Card, Flex, Progress, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportProgress } from '@shared/import/types'

export function JobProgress({ progress, onCancel }: { progress: ImportProgress | null; onCancel: () => void }) {
  const { t } = useTranslation('importWizard')
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0
  return (
    <Card data-testid="import-progress">
      <Flex vertical gap="small">
        <Typography.Text>
          {progress?.phase === 'normalising'
            ? t('progress.normalising', { done: progress.done, total: progress.total })
            : t('progress.reading')}
        </Typography.Text>
        <Progress percent={percent} status="active" />
        <Flex justify="end">
          <Button onClick={onCancel}>{t('progress.cancel')}</Button>
        </Flex>
      </Flex>
    </Card>
  )
}
