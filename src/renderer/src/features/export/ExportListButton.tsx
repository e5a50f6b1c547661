/**
 * 导出 Excel on the 建议列表 page: choose the columns, and the suggestions the list currently shows (with its
 * filters described in the subtitle) are written to an .xlsx and handed to the host to save.
 *
 *   <ExportListButton filters={filters} rows={list.rows} />
 */
import { App, Button, Checkbox, Flex, Modal, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import type { SuggestionStage } from '@shared/domain/model'
import { getHost } from '../../host'
import { useHostError } from '../../app/useHostError'
import { getDb } from '../../store/db'
import type { SuggestionListEntry, SuggestionListFilters } from '../../store/listEntries'
import { exportMessages } from '../../workbook/export/exportText'
import type { SuggestionListColumnKey } from '../../workbook/export/suggestionList'
import { describeFilters } from './describeFilters'

export interface ExportListButtonProps {
  filters: SuggestionListFilters
  /** The matching rows in the list's order (what the list shows). */
  rows: readonly Pick<SuggestionListEntry, 'id'>[]
}

/** Columns offered, in file order; the first ones are ticked by default. */
export const EXPORT_LIST_COLUMNS: SuggestionListColumnKey[] = [
  'session',
  'number',
  'title',
  'leadDeputy',
  'coSigners',
  'delegation',
  'category',
  'receivedOn',
  'stage',
  'units',
  'replyDue',
  'key',
  'leadUnit',
  'assignedOn',
  'repliedOn',
  'resultClass',
  'tags',
]
const DEFAULT_COLUMNS: SuggestionListColumnKey[] = EXPORT_LIST_COLUMNS.slice(0, 11)

export function ExportListButton({ filters, rows }: ExportListButtonProps) {
  const { t, i18n } = useTranslation(['exportUi', 'workflow'])
  const { message } = App.useApp()
  const showHostError = useHostError()
  const db = getDb()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [columns, setColumns] = useState<SuggestionListColumnKey[]>(DEFAULT_COLUMNS)
  const reference = useLiveQuery(
    async () => ({ sessions: await db.sessions.toArray(), units: await db.units.toArray() }),
    [db],
  )
  const language: UiLanguage = i18n.language === 'en-US' ? 'en-US' : 'zh-CN'
  const messages = exportMessages(language)

  const run = async () => {
    setBusy(true)
    try {
      const stage = (s: SuggestionStage) => t(`workflow:stages.${s}`)
      // exceljs (≈ 0.9 MB) loads when a file is written, not with the list screen that shows this button.
      const [{ loadListRows }, { exportSuggestionList }] = await Promise.all([
        import('./listRows'),
        import('../../workbook/export/suggestionList'),
      ])
      const data = await loadListRows(
        db,
        rows.map((r) => r.id),
        { messages, stage },
      )
      const ordered = EXPORT_LIST_COLUMNS.filter((c) => columns.includes(c))
      const workbook = await exportSuggestionList(data, {
        columns: ordered,
        language,
        filtersDescription: describeFilters(filters, reference ?? { sessions: [], units: [] }, t),
      })
      const saved = await getHost().saveFile({
        title: t('list.saveTitle'),
        suggestedName: workbook.fileName,
        filters: [{ name: t('xlsxFilter'), extensions: ['xlsx'] }],
        bytes: workbook.bytes,
      })
      if (!saved.ok) return showHostError(saved.error)
      void message.success(t('list.saved', { count: data.length, path: saved.value.path }))
      setOpen(false)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="export-list-button">
        {t('list.button')}
      </Button>
      <Modal
        open={open}
        title={t('list.title')}
        onCancel={() => setOpen(false)}
        onOk={() => void run()}
        okText={t('list.ok', { count: rows.length })}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: columns.length === 0 || rows.length === 0, loading: busy }}
        width={560}
      >
        <Flex vertical gap="middle">
          <Typography.Text type="secondary">{t('list.intro', { count: rows.length })}</Typography.Text>
          <Checkbox.Group
            value={columns}
            onChange={(v) => setColumns(v as SuggestionListColumnKey[])}
            style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}
            options={EXPORT_LIST_COLUMNS.map((c) => ({ value: c, label: messages.columns[c] }))}
          />
          <Flex gap="small">
            <Button size="small" onClick={() => setColumns(EXPORT_LIST_COLUMNS)}>
              {t('list.all')}
            </Button>
            <Button size="small" onClick={() => setColumns(DEFAULT_COLUMNS)}>
              {t('list.defaults')}
            </Button>
          </Flex>
        </Flex>
      </Modal>
    </>
  )
}
