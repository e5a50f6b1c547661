/**
 * Step 6: what the import did, and the report workbook with the rows that were not imported and their reasons
 * (to fix and import again). When the new rows named their units, the batch can be accepted and assigned as the
 * file says, after review (`AssignFromFileReview`).
 */
import { Button, Card, Descriptions, Flex, Result } from 'antd'
import { DownloadOutlined, SendOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportPreview } from '@shared/import/types'
import { getHost } from '../../host'
import { useHostError } from '../../app/useHostError'
import type { ImportCommitReport } from '../../store/importCommit'
import { todayIso } from '../common/clock'
import { AssignFromFileReview } from './AssignFromFileReview'
import type { WizardFile } from './ImportWizard'
import { useIssueText } from './issueText'
import { buildRejectedReport } from './rejectedReport'

export interface ReportStepProps {
  preview: ImportPreview
  report: ImportCommitReport
  file: WizardFile
  onRestart: () => void
}

export function ReportStep({ preview, report, file, onRestart }: ReportStepProps) {
  const { t } = useTranslation('importWizard')
  const issueText = useIssueText()
  const showHostError = useHostError()
  const [busy, setBusy] = useState(false)
  const [reviewing, setReviewing] = useState(false)
  const [assigned, setAssigned] = useState(false)
  const s = preview.summary
  // New rows that named at least one unit: the batch the file says how to assign.
  const withUnits = preview.rows.filter(
    (r) => r.status === 'new' && r.record && (r.record.leadUnit !== null || r.record.coUnits.length > 0),
  ).length
  const notImported = s.rejected + s.duplicate
  const summary: [string, string | number][] = [
    [t('report.file'), file.name],
    [t('report.sheet'), preview.sheet],
    [t('report.created'), report.created],
    [t('report.updated'), report.updated],
    [t('report.unchanged'), s.unchanged],
    [t('report.notImported'), notImported],
    [t('report.skippedRows'), preview.skipped.length],
    [t('report.backup'), report.backupName],
  ]

  const download = async () => {
    setBusy(true)
    try {
      const reasons = new Map<number, string[]>()
      for (const row of preview.rows) {
        const texts = [
          ...row.errors.map((e) => issueText(e, 'error')),
          ...(row.status === 'duplicate' && row.errors.length === 0
            ? [t('preview.duplicateOf', { row: row.duplicateOf })]
            : []),
          ...row.warnings.map((w) => issueText(w, 'warning')),
        ]
        if (texts.length) reasons.set(row.rowNumber, texts)
      }
      const bytes = await buildRejectedReport(file.bytes, preview, {
        rejectedSheet: t('report.rejectedSheet'),
        summarySheet: t('report.summarySheet'),
        rowNumber: t('report.rowNumber'),
        reason: t('report.reason'),
        summary,
        reasons,
      })
      const base = file.name.replace(/\.[^.]+$/, '')
      const saved = await getHost().saveFile({
        title: t('report.download'),
        suggestedName: t('report.fileName', { name: base, date: todayIso() }),
        filters: [{ name: t('file.xlsxFilter'), extensions: ['xlsx'] }],
        bytes,
      })
      if (!saved.ok) showHostError(saved.error)
    } finally {
      setBusy(false)
    }
  }

  if (reviewing) {
    const close = (done: boolean) => {
      setReviewing(false)
      if (done) setAssigned(true)
    }
    return <AssignFromFileReview suggestionIds={report.createdIds} onClose={close} />
  }

  return (
    <Card data-testid="import-step-report">
      <Result
        status={notImported > 0 ? 'warning' : 'success'}
        title={t('report.title', { created: report.created, updated: report.updated })}
        subTitle={notImported > 0 ? t('report.someNotImported', { count: notImported }) : t('report.allImported')}
        extra={
          <Flex gap="small" justify="center" wrap>
            <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={busy}>
              {t('report.download')}
            </Button>
            {withUnits > 0 && !assigned && (
              <Button icon={<SendOutlined />} data-testid="assign-from-file-open" onClick={() => setReviewing(true)}>
                {t('assignFromFile.open', { count: withUnits })}
              </Button>
            )}
            <Button href="#/suggestions">{t('report.toList')}</Button>
            <Button type="primary" onClick={onRestart}>
              {t('report.again')}
            </Button>
          </Flex>
        }
      />
      <Descriptions
        bordered
        size="small"
        column={2}
        items={summary.map(([label, value]) => ({ label, children: value }))}
      />
    </Card>
  )
}
