/**
 * 机构改革: moves every open part held by a unit to its successor in one step. One `transferToSuccessor` per
 * suggestion through the store's `runCommand` (each its own transaction and its own 'transferred' event), with
 * progress while it runs and a summary of what moved and what was refused (in words, per suggestion).
 *
 * Mount it anywhere: `<TransferOpenAssignmentsDialog unitId={u.id} successorId={u.successorId} onClose={…} />`.
 */
import { useMemo, useState } from 'react'
import { Alert, Button, Flex, Input, Modal, Progress, Select, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { DomainError, Id } from '@shared/domain/model'
import { transferToSuccessor } from '@shared/domain/workflow'
import { runCommand } from '../../store/commandRunner'
import { getDb, type SuggestionDb } from '../../store/db'
import { loadWorkflowContext } from '../../store/workflowContext'
import { nowIso, todayIso } from '../common/clock'
import { useDomainErrorText } from '../common/domainErrorText'
import { canEdit, useOperator } from '../operators'
import { readUnitDirectory } from '../workflowForms'

/** States in which a part still moves with its unit (as `transferToSuccessor` decides). */
export const TRANSFERABLE_STATES = [
  'assigned',
  'signed',
  'return-requested',
  'review',
  'replied',
  'rehandling',
] as const
const MOVING = TRANSFERABLE_STATES

export interface TransferSummary {
  moved: number
  failed: Array<{ suggestionId: Id; number: string; error: DomainError }>
}

export interface TransferOpenAssignmentsDialogProps {
  unitId: Id
  /** Pre-selected successor (e.g. `unit.successorId` after a merge). */
  successorId?: Id | null
  /** `summary` is set when a transfer ran. */
  onClose: (summary: TransferSummary | null) => void
  db?: SuggestionDb
}

async function readOpenWork(db: SuggestionDb, unitId: Id) {
  const parts = (await db.assignments.where('unitId').equals(unitId).toArray()).filter((a) =>
    (MOVING as readonly string[]).includes(a.state),
  )
  const suggestionIds = [...new Set(parts.map((a) => a.suggestionId))]
  const all = await db.assignments.where('suggestionId').anyOf(suggestionIds).toArray()
  const superseded = new Set(all.map((a) => a.previousId))
  const open = parts.filter((a) => !superseded.has(a.id))
  const ids = [...new Set(open.map((a) => a.suggestionId))]
  const suggestions = (await db.suggestions.bulkGet(ids)).flatMap((s) => (s ? [s] : []))
  suggestions.sort((a, b) => a.numberSort - b.numberSort)
  return { parts: open.length, suggestions }
}

export function TransferOpenAssignmentsDialog({
  unitId,
  successorId = null,
  onClose,
  db = getDb(),
}: TransferOpenAssignmentsDialogProps) {
  const { t } = useTranslation('handling')
  const errorText = useDomainErrorText()
  const { actor, operator } = useOperator()
  const units = useLiveQuery(() => readUnitDirectory(db), [db])
  const work = useLiveQuery(() => readOpenWork(db, unitId), [db, unitId])
  const [successor, setSuccessor] = useState<Id | undefined>(successorId ?? undefined)
  const [reason, setReason] = useState(t('transfer.defaultReason'))
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [summary, setSummary] = useState<TransferSummary | null>(null)
  const [snapshot, setSnapshot] = useState({ suggestions: 0, parts: 0 })
  const running = progress !== null && summary === null
  const unitName = units?.name(unitId) ?? ''
  const options = useMemo(
    () => (units?.active ?? []).filter((u) => u.id !== unitId).map((u) => ({ value: u.id, label: u.name })),
    [units, unitId],
  )

  const start = async () => {
    if (!successor || !work) return
    const targets = work.suggestions
    setSnapshot({ suggestions: targets.length, parts: work.parts })
    setProgress({ done: 0, total: targets.length })
    const ctx = await loadWorkflowContext(db, { actor, now: nowIso(), today: todayIso() })
    const result: TransferSummary = { moved: 0, failed: [] }
    for (const [i, s] of targets.entries()) {
      try {
        const outcome = await runCommand(db, {
          suggestionId: s.id,
          execute: (agg) =>
            transferToSuccessor(agg, { unitId, successorId: successor, reason: reason.trim() || null }, ctx),
        })
        if (outcome.ok) result.moved++
        else result.failed.push({ suggestionId: s.id, number: s.number, error: outcome.error })
      } catch (e) {
        console.error(e)
        result.failed.push({ suggestionId: s.id, number: s.number, error: { code: 'internal' } })
      }
      setProgress({ done: i + 1, total: targets.length })
    }
    setSummary(result)
  }

  const footer = summary ? (
    <Button type="primary" onClick={() => onClose(summary)} data-testid="transfer-close">
      {t('transfer.close')}
    </Button>
  ) : (
    <Flex gap={8} justify="end">
      <Button onClick={() => onClose(null)} disabled={running}>
        {t('transfer.cancel')}
      </Button>
      <Button
        type="primary"
        danger
        loading={running}
        disabled={!successor || !work || work.suggestions.length === 0 || !canEdit(operator)}
        onClick={() => void start()}
        data-testid="transfer-start"
      >
        {t('transfer.start')}
      </Button>
    </Flex>
  )

  return (
    <Modal
      open
      title={t('transfer.title', { unit: unitName })}
      footer={footer}
      closable={!running}
      maskClosable={false}
      onCancel={() => !running && onClose(summary)}
      width={600}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="transfer-dialog">
        <Typography.Text type="secondary">{t('transfer.intro')}</Typography.Text>
        <Typography.Text strong data-testid="transfer-count">
          {work === undefined
            ? '…'
            : summary
              ? t('transfer.openCount', snapshot)
              : work.suggestions.length === 0
                ? t('transfer.none')
                : t('transfer.openCount', { suggestions: work.suggestions.length, parts: work.parts })}
        </Typography.Text>
        <Flex vertical gap={4}>
          <Typography.Text>{t('transfer.successor')}</Typography.Text>
          <Select
            data-testid="transfer-successor"
            aria-label={t('transfer.successor')}
            value={successor}
            onChange={setSuccessor}
            disabled={running || summary !== null}
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
          />
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text>{t('transfer.reason')}</Typography.Text>
          <Input value={reason} onChange={(e) => setReason(e.target.value)} disabled={running || summary !== null} />
        </Flex>
        {progress && (
          <Flex vertical gap={2} data-testid="transfer-progress">
            <Progress percent={progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100)} />
            <Typography.Text type="secondary">{t('transfer.progress', progress)}</Typography.Text>
          </Flex>
        )}
        {summary && (
          <Alert
            type={summary.failed.length === 0 ? 'success' : 'warning'}
            showIcon
            data-testid="transfer-summary"
            title={t('transfer.summary', { moved: summary.moved, failed: summary.failed.length })}
            description={
              summary.failed.length > 0 && (
                <Flex vertical>
                  {summary.failed.map((f) => (
                    <Typography.Text key={f.suggestionId}>
                      {t('transfer.failedItem', { number: f.number, reason: errorText(f.error) })}
                    </Typography.Text>
                  ))}
                </Flex>
              )
            }
          />
        )}
      </Flex>
    </Modal>
  )
}
