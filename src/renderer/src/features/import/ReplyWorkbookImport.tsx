/**
 * 导入答复工作簿: a reply workbook a unit filled in offline comes back; it is read (`readReplyWorkbook`) and
 * matched on session + number + unit (`previewReplyWorkbook`) against the store, and the preview shows what
 * would change, row by row, with a field-by-field diff. Reading only: nothing is written here.
 */
import { Alert, Button, Card, Flex, Statistic, Table, Tag, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { previewReplyWorkbook, type ReplyPreview, type ReplyPreviewRow } from '@shared/exchange/replyWorkbook'
import { getHost } from '../../host'
import { useHostError } from '../../app/useHostError'
import { getDb } from '../../store/db'
import { loadSettings } from '../../store/repositories/settings'
import { readReplyWorkbook } from '../../workbook/export/readReplyWorkbook'

const COLOR: Record<ReplyPreviewRow['status'], string> = {
  blank: 'default',
  unchanged: 'default',
  new: 'green',
  changed: 'orange',
  error: 'red',
}

export function ReplyWorkbookImport() {
  const { t } = useTranslation(['importWizard', 'export'])
  const showHostError = useHostError()
  const [fileName, setFileName] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<ReplyPreview | null>(null)
  const [busy, setBusy] = useState(false)

  const errorText = (code: string, params: Record<string, string | number> = {}) =>
    t(`export:replyImport.errors.${code}` as 'export:replyImport.errors.not-a-workbook', params)

  const pick = async () => {
    const opened = await getHost().openFile({
      title: t('replies.dialogTitle'),
      filters: [{ name: t('file.xlsxFilter'), extensions: ['xlsx'] }],
    })
    if (!opened.ok) return showHostError(opened.error)
    setBusy(true)
    setError(null)
    setPreview(null)
    setFileName(opened.value.name)
    try {
      const read = await readReplyWorkbook(opened.value.bytes)
      if (!read.ok) {
        setError(errorText(read.error.code, read.error.params))
        return
      }
      const db = getDb()
      const [sessions, suggestions, units, assignments, replies, settings] = await Promise.all([
        db.sessions.toArray(),
        db.suggestions.toArray(),
        db.units.toArray(),
        db.assignments.toArray(),
        db.replies.toArray(),
        loadSettings(db),
      ])
      setPreview(
        previewReplyWorkbook(read.value.rows, {
          sessions,
          suggestions,
          units,
          assignments,
          replies,
          resultClasses: settings.resultClasses,
          unitId: read.value.meta?.unitId ?? null,
        }),
      )
    } finally {
      setBusy(false)
    }
  }

  const show = (v: string | null) => (v === null || v === '' ? '—' : v)
  return (
    <Card data-testid="reply-workbook-import">
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('replies.intro')}</Typography.Paragraph>
        <Flex gap="middle" align="center">
          <Button icon={<FileExcelOutlined />} type="primary" onClick={() => void pick()} loading={busy}>
            {t('replies.choose')}
          </Button>
          {fileName && <Typography.Text type="secondary">{t('file.current', { name: fileName })}</Typography.Text>}
        </Flex>
        {error && <Alert type="error" showIcon title={error} />}
        {preview && (
          <>
            <Flex gap="large" wrap>
              {(['new', 'changed', 'unchanged', 'blank', 'error'] as const).map((status) => (
                <Statistic
                  key={status}
                  title={t(`export:replyImport.status.${status}`)}
                  value={preview.counts[status]}
                />
              ))}
            </Flex>
            <Table<ReplyPreviewRow>
              size="small"
              rowKey="rowNumber"
              dataSource={preview.rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('preview.row'), dataIndex: 'rowNumber', width: 70 },
                {
                  title: t('preview.status'),
                  dataIndex: 'status',
                  width: 110,
                  render: (s: ReplyPreviewRow['status']) => (
                    <Tag color={COLOR[s]}>{t(`export:replyImport.status.${s}`)}</Tag>
                  ),
                },
                { title: t('export:columns.number'), width: 90, render: (_, r) => r.target?.numberText ?? '' },
                { title: t('export:columns.title'), width: 260, render: (_, r) => r.target?.title ?? '' },
                {
                  title: t('replies.changes'),
                  render: (_, r) => (
                    <Flex vertical gap={2}>
                      {r.errors.map((e, i) => (
                        <Typography.Text key={i} type="danger">
                          {errorText(e.code, e.params)}
                        </Typography.Text>
                      ))}
                      {r.changes.map((c) => (
                        <Typography.Text key={c.field}>
                          {t(`replies.fields.${c.field}`)}：{show(c.before)} →{' '}
                          <Typography.Text mark>{show(c.after)}</Typography.Text>
                        </Typography.Text>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
            <Alert type="info" showIcon title={t('replies.readOnly')} />
          </>
        )}
      </Flex>
    </Card>
  )
}
