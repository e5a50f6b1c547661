/**
 * The offer shown when the app opens on an empty database while backups exist (the store's `startupCheck`):
 * restore the newest backup — through the same confirmation that shows what it holds — or start empty.
 * Mount once in the shell; it renders nothing in every other case. Needs no operator (the database is empty).
 */
import { useEffect, useState } from 'react'
import { Alert, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '@shared/bridge/hostBridge'
import { getDb, type SuggestionDb } from '../../store/db'
import { startupCheck } from '../../store/backup'
import { getHost } from '../../host'
import { formatInstant } from '../common/formatDay'
import { useErrorText } from './errorText'
import { RestoreConfirmModal } from './RestoreConfirmModal'
import { formatSize } from './BackupTab'

export function StartupRestoreOffer({ db = getDb() }: { db?: SuggestionDb }) {
  const { t } = useTranslation(['settings', 'store'])
  const errorText = useErrorText()
  const [newest, setNewest] = useState<BackupEntry | null>(null)
  const [bytes, setBytes] = useState<Uint8Array | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    let cancelled = false
    void startupCheck(db, getHost()).then((state) => {
      if (!cancelled && state.kind === 'offer-restore') setNewest(state.newest)
    })
    return () => {
      cancelled = true
    }
  }, [db])

  if (!newest) return null
  if (bytes) {
    return (
      <RestoreConfirmModal
        source={newest.name}
        bytes={bytes}
        onClose={(restored) => {
          setBytes(null)
          if (restored) setNewest(null)
        }}
      />
    )
  }

  const read = async () => {
    setLoading(true)
    const result = await getHost().readBackup({ name: newest.name })
    setLoading(false)
    if (result.ok) setBytes(result.value)
    else setError(errorText(result.error))
  }

  return (
    <Modal
      open
      title={t('startup.title')}
      okText={t('startup.review')}
      cancelText={t('startup.startEmpty')}
      confirmLoading={loading}
      onOk={() => void read()}
      onCancel={() => setNewest(null)}
      data-testid="startup-restore-offer"
    >
      <Typography.Paragraph>{t('startup.body')}</Typography.Paragraph>
      <Typography.Paragraph strong>
        {t('startup.newest', {
          date: formatInstant(newest.createdAt),
          reason: t(`store:backup.reasons.${newest.reason}`),
          size: formatSize(newest.size),
        })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  )
}

export default StartupRestoreOffer
