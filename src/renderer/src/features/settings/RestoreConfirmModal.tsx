/**
 * Restore, step two: what the chosen backup holds (export time, program version, rows per table), then — only on
 * confirmation — the all-or-nothing restore. The store backs up the current data first ('before-restore').
 */
import { useMemo, useState } from 'react'
import { Alert, App, Descriptions, Flex, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { getDb } from '../../store/db'
import { inspectBackup, restoreBackup, type BackupSummary } from '../../store/backup'
import { getHost } from '../../host'
import { nowIso } from '../common/clock'
import { formatInstant } from '../common/formatDay'
import { useErrorText } from './errorText'

export const SUMMARY_TABLES = [
  'suggestions',
  'units',
  'sessions',
  'deputies',
  'assignments',
  'replies',
  'ratings',
  'contacts',
  'events',
  'operators',
  'holidayYears',
] as const satisfies readonly (keyof BackupSummary['counts'])[]

export interface RestoreConfirmModalProps {
  /** Where the bytes came from (a backup's name or a chosen file's name). */
  source: string
  bytes: Uint8Array
  onClose: (restored: BackupSummary | null) => void
}

export function RestoreConfirmModal({ source, bytes, onClose }: RestoreConfirmModalProps) {
  const { t } = useTranslation('settings')
  const { message } = App.useApp()
  const errorText = useErrorText()
  const inspected = useMemo(() => inspectBackup(bytes), [bytes])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const restore = async () => {
    setBusy(true)
    setError(null)
    const result = await restoreBackup(getDb(), bytes, getHost(), nowIso())
    setBusy(false)
    if (!result.ok) return setError(errorText(result.error))
    void message.success(t('backup.restored', { date: formatInstant(result.value.exportedAt) }))
    onClose(result.value)
  }

  return (
    <Modal
      open
      title={t('backup.confirm.title')}
      okText={t('backup.confirm.ok')}
      okButtonProps={{ danger: true, disabled: !inspected.ok }}
      cancelText={t('actions.cancel')}
      confirmLoading={busy}
      onOk={() => void restore()}
      onCancel={() => onClose(null)}
      width={640}
      destroyOnHidden
    >
      <Flex vertical gap="middle" data-testid="restore-confirm">
        <Typography.Text type="secondary">{t('backup.confirm.source', { source })}</Typography.Text>
        {inspected.ok ? (
          <>
            <Descriptions
              size="small"
              bordered
              column={2}
              items={[
                {
                  key: 'at',
                  label: t('backup.confirm.exportedAt'),
                  children: formatInstant(inspected.value.exportedAt),
                  span: 2,
                },
                { key: 'v', label: t('backup.confirm.appVersion'), children: inspected.value.appVersion || '—' },
                { key: 's', label: t('backup.confirm.schemaVersion'), children: inspected.value.schemaVersion },
                ...SUMMARY_TABLES.map((table) => ({
                  key: table,
                  label: t(`backup.tables.${table}`),
                  children: <span data-testid={`restore-count-${table}`}>{inspected.value.counts[table]}</span>,
                })),
              ]}
            />
            <Alert
              type="warning"
              showIcon
              title={t('backup.confirm.replaces')}
              description={t('backup.confirm.safety')}
            />
          </>
        ) : (
          <Alert type="error" showIcon title={errorText(inspected.error)} />
        )}
        {error && <Alert type="error" showIcon title={error} />}
      </Flex>
    </Modal>
  )
}
