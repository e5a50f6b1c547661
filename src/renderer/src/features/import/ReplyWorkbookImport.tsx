/**
 * 导入答复工作簿: a reply workbook a unit filled in offline comes back; it is read (`readReplyWorkbook`) and
 * matched on session + number + unit (`previewReplyWorkbook`) against the store, and the preview shows what
 * would change, row by row, with a field-by-field diff and what writing each row would do (a dry run of the
 * domain's reply commands, `checkReplyImport`). Confirming writes the rows that can be written, after a backup,
 * in one transaction (`commitReplyImport`), and a summary replaces the preview.
 */
import { Alert, Button, Card, Flex, Result, Statistic, Table, Tag, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/domain/model'
import { previewReplyWorkbook, type ReplyPreview, type ReplyPreviewRow } from '@shared/exchange/replyWorkbook'
import { getHost } from '../../host'
import { useHostError } from '../../app/useHostError'
import { getDb } from '../../store/db'
import {
  checkReplyImport,
  commitReplyImport,
  loadReplyMatchContext,
  type ReplyImportReport,
  type ReplyRowOutcome,
  type ReplyRowResult,
} from '../../store/replyImportCommit'
import { loadWorkflowContext } from '../../store/workflowContext'
import { readReplyWorkbook } from '../../workbook/export/readReplyWorkbook'
import { nowIso, todayIso } from '../common/clock'
import { useOperator } from '../operators'

const OUTCOME_COLOR: Record<ReplyRowOutcome, string> = {
  sent: 'green',
  drafted: 'blue',
  unchanged: 'default',
  refused: 'red',
}

const COLOR: Record<ReplyPreviewRow['status'], string> = {
  blank: 'default',
  unchanged: 'default',
  new: 'green',
  changed: 'orange',
  error: 'red',
}

export function ReplyWorkbookImport() {
  const { t } = useTranslation(['importWizard', 'export', 'workflow'])
  const showHostError = useHostError()
  const { actor } = useOperator()
  const [fileName, setFileName] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<ReplyPreview | null>(null)
  const [checked, setChecked] = useState<ReplyRowResult[]>([])
  const [report, setReport] = useState<ReplyImportReport | null>(null)
  const [leftOut, setLeftOut] = useState(0)
  const [busy, setBusy] = useState(false)
  const [writing, setWriting] = useState(false)

  const errorText = (code: string, params: Record<string, string | number> = {}) =>
    t(`export:replyImport.errors.${code}` as 'export:replyImport.errors.not-a-workbook', params)
  const refusalText = (e: DomainError) =>
    t(`workflow:errors.${e.code}` as 'workflow:errors.unknown', { code: e.code, ...(e.params ?? {}) })
  const workflowContext = () => loadWorkflowContext(getDb(), { actor, now: nowIso(), today: todayIso() })
  const outcomeOf = (row: ReplyPreviewRow) => checked.find((c) => c.rowNumber === row.rowNumber) ?? null
  const writable = checked.filter((c) => c.outcome === 'sent' || c.outcome === 'drafted')
  const refused = checked.filter((c) => c.outcome === 'refused')

  const pick = async () => {
    const opened = await getHost().openFile({
      title: t('replies.dialogTitle'),
      filters: [{ name: t('file.xlsxFilter'), extensions: ['xlsx'] }],
    })
    if (!opened.ok) return showHostError(opened.error)
    setBusy(true)
    setError(null)
    setPreview(null)
    setChecked([])
    setReport(null)
    setFileName(opened.value.name)
    try {
      const read = await readReplyWorkbook(opened.value.bytes)
      if (!read.ok) {
        setError(errorText(read.error.code, read.error.params))
        return
      }
      const db = getDb()
      const built = previewReplyWorkbook(
        read.value.rows,
        await loadReplyMatchContext(db, read.value.meta?.unitId ?? null),
      )
      setChecked(await checkReplyImport(db, built.rows, await workflowContext()))
      setPreview(built)
    } finally {
      setBusy(false)
    }
  }

  const commit = async () => {
    if (!preview) return
    setWriting(true)
    try {
      const db = getDb()
      const ok = new Set(writable.map((c) => c.rowNumber))
      const result = await commitReplyImport(
        db,
        getHost(),
        preview.rows.filter((r) => ok.has(r.rowNumber)),
        await workflowContext(),
      )
      if (!result.ok) {
        const params = { ...(result.error.params ?? {}) }
        const reason = typeof params.code === 'string' ? refusalText({ code: params.code, params }) : ''
        setError(
          t(`replies.commitErrors.${result.error.code}` as 'replies.commitErrors.commit-failed', {
            ...params,
            reason,
          }),
        )
        return
      }
      setReport(result.value)
      setLeftOut(refused.length)
      setPreview(null)
      setChecked([])
    } finally {
      setWriting(false)
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
        {error && <Alert type="error" showIcon title={error} data-testid="reply-import-error" />}
        {report && (
          <Result
            status="success"
            data-testid="reply-import-result"
            title={t('replies.result.title', { sent: report.sent, drafted: report.drafted })}
            subTitle={
              <Flex vertical gap={2}>
                <span>{t('replies.result.unchanged', { count: report.unchanged })}</span>
                {leftOut > 0 && <span>{t('replies.result.leftOut', { count: leftOut })}</span>}
                <span>{t('replies.result.backup', { name: report.backupName })}</span>
              </Flex>
            }
            extra={
              <Button onClick={() => void pick()} icon={<FileExcelOutlined />}>
                {t('replies.result.again')}
              </Button>
            }
          />
        )}
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
                {
                  title: t('replies.outcome'),
                  width: 130,
                  render: (_, r) => {
                    const o = outcomeOf(r)
                    return o ? (
                      <Tag color={OUTCOME_COLOR[o.outcome]} data-testid="reply-row-outcome">
                        {t(`replies.outcomes.${o.outcome}`)}
                      </Tag>
                    ) : null
                  },
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
                      {outcomeOf(r)?.error && (
                        <Typography.Text type="danger">{refusalText(outcomeOf(r)!.error!)}</Typography.Text>
                      )}
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
            {refused.length > 0 && (
              <Alert type="warning" showIcon title={t('replies.refusedLeftOut', { count: refused.length })} />
            )}
            <Flex gap="middle" align="center">
              <Button
                type="primary"
                data-testid="reply-import-commit"
                disabled={writable.length === 0}
                loading={writing}
                onClick={() => void commit()}
              >
                {t('replies.commit', { count: writable.length })}
              </Button>
              <Typography.Text type="secondary">
                {writable.length === 0 ? t('replies.nothingToWrite') : t('replies.backupNote')}
              </Typography.Text>
            </Flex>
          </>
        )}
      </Flex>
    </Card>
  )
}
