/**
 * The import wizard (导入建议): file → sheet, header row and session → column mapping → preview → commit →
 * report. Holds the wizard's state; each step is its own component. Every read of the file runs in the worker
 * (`useImportJob`) with a progress bar and Cancel; only the commit writes, in one transaction after a backup.
 */
import { Alert, App, Button, Card, Flex, Steps, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IsoDate } from '@shared/domain/model'
import { planImportCommit, type CommitDecisions } from '@shared/import/commitPlan'
import type { ColumnMapping, ImportField, ImportOptions, ImportPreview, UnitDirectoryEntry } from '@shared/import/types'
import { getHost } from '../../host'
import { useHostError } from '../../app/useHostError'
import { getDb } from '../../store/db'
import {
  commitImport,
  comparedFields,
  existingForImport,
  validateImportRows,
  type ImportCommitReport,
  type ValidatedImport,
} from '../../store/importCommit'
import { listSessions } from '../../store/repositories/sessions'
import { listUnits } from '../../store/repositories/units'
import { loadWorkflowContext } from '../../store/workflowContext'
import type { ReadError } from '../../workbook/read/readErrors'
import { todayIso } from '../common/clock'
import { useOperator } from '../operators'
import { JobProgress } from './JobProgress'
import { MappingStep } from './MappingStep'
import { PreviewStep } from './PreviewStep'
import { withRefusals } from './previewRefusals'
import { ReportStep } from './ReportStep'
import { SheetStep } from './SheetStep'
import { useImportJob } from './useImportJob'

/** What a preview depends on; the sheet and header row as the run resolved them when it chose them itself. */
function previewKey(options: ImportOptions, made?: ImportPreview): string {
  return JSON.stringify([
    options.sheet ?? (made?.sheet || null),
    options.headerRow ?? made?.headerRows[made.headerRows.length - 1] ?? null,
    options.session ?? null,
    options.sessionYear ?? null,
    options.mapping ?? null,
    options.existing ?? null,
    options.directory ?? null,
  ])
}

type Phase = 'file' | 'sheet' | 'mapping' | 'preview' | 'committing' | 'report'
const PHASES: Phase[] = ['file', 'sheet', 'mapping', 'preview', 'committing', 'report']

export interface WizardFile {
  name: string
  bytes: Uint8Array
}

export interface SheetChoice {
  sheet: string | undefined
  headerRow: number | undefined
  sessionId: string | undefined
  defaultReceivedOn: IsoDate
}

export function ImportWizard() {
  const { t } = useTranslation(['importWizard', 'import'])
  const { message } = App.useApp()
  const showHostError = useHostError()
  const { actor } = useOperator()
  const db = getDb()
  const sessions = useLiveQuery(() => listSessions(db), [db])
  const job = useImportJob()
  const [phase, setPhase] = useState<Phase>('file')
  const [file, setFile] = useState<WizardFile | null>(null)
  const [readError, setReadError] = useState<ReadError | null>(null)
  const [commitError, setCommitError] = useState<string | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [choice, setChoice] = useState<SheetChoice>({
    sheet: undefined,
    headerRow: undefined,
    sessionId: undefined,
    defaultReceivedOn: todayIso(),
  })
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined)
  const [decisions, setDecisions] = useState<CommitDecisions>({ existing: 'skip', perRow: {} })
  const [report, setReport] = useState<ImportCommitReport | null>(null)
  /** The domain's check of the preview's new rows: the commit writes these changes instead of registering again. */
  const validated = useRef<ValidatedImport | null>(null)

  const session = sessions?.find((s) => s.id === choice.sessionId) ?? null

  /** The last preview the worker made and what it was made from: the same inputs again reuse it. */
  const lastRun = useRef<{ bytes: Uint8Array; key: string; result: ImportPreview } | null>(null)

  /**
   * Runs the pipeline in the worker; null when it failed or was cancelled (the error is shown). A request with
   * the same file and inputs as the last run (its sheet and header row as that run found them) gets that run's
   * preview back without reading the file again, e.g. going on from the sheet step to the mapping unchanged.
   */
  const runPreview = async (bytes: Uint8Array, options: ImportOptions): Promise<ImportPreview | null> => {
    setReadError(null)
    const cached = lastRun.current
    if (cached && cached.bytes === bytes && cached.key === previewKey(options)) return cached.result
    const result = await job.run(bytes, options)
    if (!result.ok) {
      setReadError(result.error)
      return null
    }
    lastRun.current = { bytes, key: previewKey(options, result.value), result: result.value }
    return result.value
  }

  const baseOptions = (next: SheetChoice = choice): ImportOptions => {
    const chosen = sessions?.find((s) => s.id === next.sessionId)
    return {
      sheet: next.sheet,
      headerRow: next.headerRow,
      session: chosen?.name,
      sessionYear: chosen?.year,
    }
  }

  const pickFile = async () => {
    const opened = await getHost().openFile({
      title: t('file.dialogTitle'),
      filters: [{ name: t('file.filterName'), extensions: ['xlsx', 'csv'] }],
    })
    if (!opened.ok) {
      if (opened.error.code === 'too-large') setReadError({ code: 'too-large', params: { bytes: 0, max: 0 } })
      else showHostError(opened.error)
      return
    }
    const picked = { name: opened.value.name, bytes: opened.value.bytes }
    setFile(picked)
    setMapping(undefined)
    setDecisions({ existing: 'skip', perRow: {} })
    // With the session already chosen, so that going on to the mapping unchanged can reuse this preview.
    const first = await runPreview(
      picked.bytes,
      baseOptions({
        ...choice,
        sheet: undefined,
        headerRow: undefined,
        sessionId: choice.sessionId ?? sessions?.[0]?.id,
      }),
    )
    if (!first) return
    const next: SheetChoice = {
      ...choice,
      sheet: first.sheet || undefined,
      headerRow: first.headerRows[first.headerRows.length - 1],
      sessionId: choice.sessionId ?? sessions?.[0]?.id,
    }
    setChoice(next)
    setPreview(first)
    setPhase('sheet')
  }

  const changeSheet = async (next: SheetChoice) => {
    if (!file) return
    const sheetChanged = next.sheet !== choice.sheet
    const effective = sheetChanged ? { ...next, headerRow: undefined } : next
    const result = await runPreview(file.bytes, baseOptions(effective))
    if (!result) return
    setChoice({ ...effective, headerRow: result.headerRows[result.headerRows.length - 1] ?? effective.headerRow })
    setPreview(result)
  }

  const toMapping = async () => {
    if (!file) return
    const result = await runPreview(file.bytes, { ...baseOptions(), mapping })
    if (!result) return
    setPreview(result)
    setPhase('mapping')
  }

  const changeMapping = async (next: ColumnMapping) => {
    if (!file) return
    setMapping(next)
    const result = await runPreview(file.bytes, { ...baseOptions(), mapping: next })
    if (result) setPreview(result)
  }

  const toPreview = async () => {
    if (!file || !preview) return
    const mapped = Object.keys(preview.mapping) as ImportField[]
    const [existing, units] = await Promise.all([existingForImport(db, comparedFields(mapped)), listUnits(db)])
    const directory: UnitDirectoryEntry[] = units.map((u) => ({
      id: u.id,
      name: u.name,
      shortNames: u.shortNames,
      aliases: u.aliases,
    }))
    const result = await runPreview(file.bytes, { ...baseOptions(), mapping, existing, directory })
    if (!result) return
    const ctx = await workflowContext()
    const writable = result.rows.filter((r) => r.status === 'new' && r.record).map((r) => r.record!)
    const checked = validateImportRows(writable, await db.sessions.toArray(), ctx, commitDefaults(result))
    validated.current = checked
    setPreview(withRefusals(result, checked.refusals))
    setPhase('preview')
  }

  const workflowContext = () => {
    const now = new Date().toISOString()
    return loadWorkflowContext(db, { actor, now, today: todayIso() })
  }

  const commitDefaults = (read: ImportPreview) => ({
    receivedOn: choice.defaultReceivedOn,
    notPublicReason: t('commit.notPublicReason'),
    fileName: file?.name ?? '',
    sheet: read.sheet || null,
  })

  const commit = async () => {
    if (!preview) return
    const plan = planImportCommit(preview, decisions)
    setPhase('committing')
    setCommitError(null)
    const ctx = await workflowContext()
    const outcome = await commitImport(
      db,
      getHost(),
      plan,
      ctx,
      commitDefaults(preview),
      validated.current ?? undefined,
    )
    if (!outcome.ok) {
      const params = outcome.error.params ?? {}
      setCommitError(t(`commit.errors.${outcome.error.code}` as 'commit.errors.commit-failed', params))
      setPhase('preview')
      return
    }
    setReport(outcome.value)
    void message.success(t('commit.done', { created: outcome.value.created, updated: outcome.value.updated }))
    setPhase('report')
  }

  const restart = () => {
    validated.current = null
    lastRun.current = null
    setPhase('file')
    setFile(null)
    setPreview(null)
    setReport(null)
    setReadError(null)
    setCommitError(null)
  }

  const current = PHASES.indexOf(phase)
  return (
    <Flex vertical gap="middle" data-testid="import-wizard">
      <Steps
        size="small"
        current={current}
        items={PHASES.map((p) => ({ title: t(`steps.${p}`) }))}
        data-testid="import-steps"
      />
      {file && phase !== 'file' && (
        <Typography.Text type="secondary" data-testid="import-file-name">
          <FileExcelOutlined /> {t('file.current', { name: file.name })}
        </Typography.Text>
      )}
      {readError && (
        <Alert
          type={readError.code === 'cancelled' ? 'info' : 'error'}
          showIcon
          data-testid="import-read-error"
          title={t(`import:errors.${readError.code}` as 'import:errors.damaged', readError.params ?? {})}
        />
      )}
      {job.running && <JobProgress progress={job.progress} onCancel={job.cancel} />}
      {phase === 'file' && (
        <Card>
          <Flex vertical gap="middle" align="flex-start">
            <Typography.Paragraph style={{ marginBottom: 0 }}>{t('file.intro')}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('file.formats')}
            </Typography.Paragraph>
            <Button type="primary" icon={<FileExcelOutlined />} onClick={pickFile} loading={job.running}>
              {t('file.choose')}
            </Button>
          </Flex>
        </Card>
      )}
      {phase === 'sheet' && preview && (
        <SheetStep
          preview={preview}
          choice={choice}
          sessions={sessions ?? []}
          busy={job.running}
          onChange={(next) =>
            next.sheet !== choice.sheet || next.headerRow !== choice.headerRow
              ? void changeSheet(next)
              : setChoice(next)
          }
          onBack={restart}
          onNext={() => void toMapping()}
        />
      )}
      {phase === 'mapping' && preview && (
        <MappingStep
          preview={preview}
          manual={mapping}
          busy={job.running}
          onChange={(next) => void changeMapping(next)}
          onBack={() => setPhase('sheet')}
          onNext={() => void toPreview()}
        />
      )}
      {(phase === 'preview' || phase === 'committing') && preview && (
        <PreviewStep
          preview={preview}
          decisions={decisions}
          onDecisions={setDecisions}
          committing={phase === 'committing'}
          commitError={commitError}
          sessionName={session?.name ?? null}
          onBack={() => setPhase('mapping')}
          onCommit={() => void commit()}
        />
      )}
      {phase === 'report' && preview && report && file && (
        <ReportStep preview={preview} report={report} file={file} onRestart={restart} />
      )}
    </Flex>
  )
}
