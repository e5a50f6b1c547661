/**
 * 备份与恢复: where the data and the backups live, what the database holds now, "back up now", the list of
 * backups (automatic ones included) and restore — from a listed backup or from a chosen file — always through
 * the confirmation that shows what the file holds.
 */
import { useCallback, useEffect, useState } from 'react'
import { App, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd'
import { CloudUploadOutlined, FolderOpenOutlined, ReloadOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { AppInfo, BackupEntry } from '@shared/bridge/hostBridge'
import { getDb } from '../../store/db'
import { backupNow } from '../../store/backup'
import { getHost } from '../../host'
import { nowIso } from '../common/clock'
import { formatInstant } from '../common/formatDay'
import { currentCounts } from './settingsStore'
import { useErrorText } from './errorText'
import { RestoreConfirmModal } from './RestoreConfirmModal'

export const formatSize = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`

export function BackupTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation(['settings', 'store'])
  const db = getDb()
  const host = getHost()
  const { message } = App.useApp()
  const errorText = useErrorText()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [backups, setBackups] = useState<BackupEntry[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [restoring, setRestoring] = useState<{ source: string; bytes: Uint8Array } | null>(null)
  const counts = useLiveQuery(() => currentCounts(db), [db])

  const refresh = useCallback(async () => {
    const listed = await host.listBackups()
    if (listed.ok) setBackups(listed.value)
    else void message.error(errorText(listed.error))
  }, [host, message, errorText])

  useEffect(() => {
    void host.appInfo().then((r) => r.ok && setInfo(r.value))
    void refresh()
  }, [host, refresh])

  const backUp = async () => {
    setBusy(true)
    const result = await backupNow(db, host, 'manual', nowIso())
    setBusy(false)
    if (!result.ok) return void message.error(errorText(result.error))
    void message.success(t('backup.done', { name: result.value.name }))
    await refresh()
  }

  const restoreListed = async (entry: BackupEntry) => {
    const read = await host.readBackup({ name: entry.name })
    if (!read.ok) return void message.error(errorText(read.error))
    setRestoring({ source: entry.name, bytes: read.value })
  }

  const restoreFile = async () => {
    const file = await host.openFile({
      title: t('backup.chooseFile'),
      filters: [{ name: t('backup.fileFilter'), extensions: ['dbjson', 'json'] }],
    })
    if (!file.ok) return file.error.code === 'cancelled' ? undefined : void message.error(errorText(file.error))
    setRestoring({ source: file.value.name, bytes: file.value.bytes })
  }

  return (
    <Flex vertical gap="middle" data-testid="settings-backup">
      <Card size="small" title={t('backup.where')}>
        <Descriptions
          size="small"
          column={{ xs: 1, lg: 2 }}
          items={[
            {
              key: 'data',
              label: t('backup.dataPath'),
              children: <Typography.Text copyable>{info?.dataPath ?? '…'}</Typography.Text>,
            },
            {
              key: 'backups',
              label: t('backup.backupPath'),
              children: <Typography.Text copyable>{info?.backupPath ?? '…'}</Typography.Text>,
            },
            { key: 'version', label: t('backup.version'), children: info ? `${info.name} ${info.version}` : '…' },
            {
              key: 'now',
              label: t('backup.holdsNow'),
              children: counts ? <span data-testid="current-counts">{t('backup.countsNow', counts)}</span> : '…',
            },
          ]}
        />
      </Card>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text type="secondary">{t('backup.intro')}</Typography.Text>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={() => void refresh()}>
            {t('backup.refresh')}
          </Button>
          <Button icon={<FolderOpenOutlined />} disabled={readOnly} onClick={() => void restoreFile()}>
            {t('backup.restoreFromFile')}
          </Button>
          <Button type="primary" icon={<CloudUploadOutlined />} loading={busy} onClick={() => void backUp()}>
            {busy ? t('backup.running') : t('backup.now')}
          </Button>
        </Space>
      </Flex>
      <Table<BackupEntry>
        rowKey="name"
        size="middle"
        loading={backups === null}
        dataSource={backups ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('backup.none') }}
        data-testid="backup-list"
        columns={[
          {
            title: t('backup.columns.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (at: string) => formatInstant(at),
          },
          {
            title: t('backup.columns.reason'),
            dataIndex: 'reason',
            width: 150,
            render: (r: BackupEntry['reason']) => (
              <Tag color={r === 'manual' ? 'blue' : r === 'daily' ? 'green' : 'default'}>
                {t(`store:backup.reasons.${r}`)}
              </Tag>
            ),
          },
          { title: t('backup.columns.size'), dataIndex: 'size', width: 100, render: formatSize },
          {
            title: t('backup.columns.name'),
            dataIndex: 'name',
            render: (n: string) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {n}
              </Typography.Text>
            ),
          },
          {
            title: t('backup.columns.actions'),
            key: 'a',
            width: 100,
            render: (_, entry) => (
              <Button size="small" disabled={readOnly} onClick={() => void restoreListed(entry)}>
                {t('backup.restore')}
              </Button>
            ),
          },
        ]}
      />
      {restoring && (
        <RestoreConfirmModal
          source={restoring.source}
          bytes={restoring.bytes}
          onClose={(restored) => {
            setRestoring(null)
            if (restored) void refresh()
          }}
        />
      )}
    </Flex>
  )
}
