/**
 * The workflow commands available now for a suggestion, as buttons: 立案, 不予立案 (with reason, optionally
 * 转来信处理), 撤回 (with reason; a joint suggestion needs all signers' agreement), 重点督办 on/off. Each runs
 * the pure domain command through the store's `runCommand` (one transaction, revision-checked); a refusal is
 * shown translated from its code. Other screens add their own commands (assign, reply, rate …).
 */
import { useState } from 'react'
import { App, Button, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DomainError, Result, Suggestion, WorkflowChange, WorkflowContext } from '@shared/domain/model'
import { workflowCommands } from '@shared/domain/workflow'
import type { StoredAggregate } from '../../../store/commandRunner'
import { runCommand } from '../../../store/commandRunner'
import { getDb } from '../../../store/db'
import { loadWorkflowContext } from '../../../store/workflowContext'
import { canEdit, useOperator } from '../../operators'
import { nowIso, todayIso } from '../../common/clock'
import { useDomainErrorText } from '../../common/domainErrorText'
import { ReasonDialog } from './ReasonDialog'

type Execute = (aggregate: StoredAggregate, ctx: WorkflowContext) => Result<WorkflowChange>
type Dialog = 'notAccept' | 'withdraw' | null

export function CommandButtons({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('suggestions')
  const errorText = useDomainErrorText()
  const { message, modal } = App.useApp()
  const { actor, operator } = useOperator()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [busy, setBusy] = useState(false)

  if (!canEdit(operator)) return <Typography.Text type="secondary">{t('commands.readOnly')}</Typography.Text>

  /** Runs a command; returns the refusal, or null when it was recorded. */
  const run = async (label: string, execute: Execute): Promise<DomainError | null> => {
    const db = getDb()
    setBusy(true)
    try {
      const ctx = await loadWorkflowContext(db, { actor, now: nowIso(), today: todayIso() })
      const outcome = await runCommand(db, {
        suggestionId: suggestion.id,
        expectedRevision: suggestion.revision,
        execute: (aggregate) => execute(aggregate, ctx),
      })
      if (!outcome.ok) return outcome.error
      message.success(t('commands.done', { action: label }))
      return null
    } finally {
      setBusy(false)
    }
  }
  const runAndReport = async (label: string, execute: Execute) => {
    const refusal = await run(label, execute)
    if (refusal) message.error(errorText(refusal))
  }

  const stage = suggestion.stage
  const joint = suggestion.coSigners.length > 0 || (suggestion.signerCount ?? 1) > 1
  const buttons: React.ReactNode[] = []
  if (stage === 'registered') {
    buttons.push(
      <Button
        key="accept"
        type="primary"
        loading={busy}
        data-testid="command-accept"
        onClick={() =>
          modal.confirm({
            title: t('commands.confirmAccept', { number: suggestion.number }),
            okText: t('commands.accept'),
            onOk: () => runAndReport(t('commands.accept'), (a, ctx) => workflowCommands.accept(a, {}, ctx)),
          })
        }
      >
        {t('commands.accept')}
      </Button>,
    )
  }
  if (stage === 'registered' || stage === 'accepted') {
    buttons.push(
      <Button key="notAccept" danger data-testid="command-not-accept" onClick={() => setDialog('notAccept')}>
        {t('commands.notAccept')}
      </Button>,
    )
  }
  if (stage === 'registered' || stage === 'accepted' || stage === 'assigned') {
    buttons.push(
      <Button key="withdraw" data-testid="command-withdraw" onClick={() => setDialog('withdraw')}>
        {t('commands.withdraw')}
      </Button>,
    )
  }
  if (stage !== 'withdrawn' && stage !== 'not-accepted' && stage !== 'merged') {
    const label = suggestion.key ? t('commands.unmarkKey') : t('commands.markKey')
    buttons.push(
      <Button
        key="key"
        loading={busy}
        data-testid="command-key"
        onClick={() => void runAndReport(label, (a, ctx) => workflowCommands.markKey(a, { key: !suggestion.key }, ctx))}
      >
        {label}
      </Button>,
    )
  }

  return (
    <>
      {buttons.length === 0 ? (
        <Typography.Text type="secondary">{t('commands.none')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap data-testid="command-buttons">
          {buttons}
        </Flex>
      )}
      <ReasonDialog
        open={dialog === 'notAccept'}
        title={t('commands.notAcceptTitle')}
        okText={t('commands.notAccept')}
        checkboxLabel={t('commands.handledAsLetter')}
        onCancel={() => setDialog(null)}
        testId="dialog-not-accept"
        onSubmit={async (reason, handledAsLetter) => {
          const refusal = await run(t('commands.notAccept'), (a, ctx) =>
            workflowCommands.notAccept(a, { reason, handledAsLetter }, ctx),
          )
          if (!refusal) setDialog(null)
          return refusal
        }}
      />
      <ReasonDialog
        open={dialog === 'withdraw'}
        title={t('commands.withdrawTitle')}
        okText={t('commands.withdraw')}
        checkboxLabel={joint ? t('commands.allSignersAgreed') : undefined}
        onCancel={() => setDialog(null)}
        testId="dialog-withdraw"
        onSubmit={async (reason, allSignersAgreed) => {
          const refusal = await run(t('commands.withdraw'), (a, ctx) =>
            workflowCommands.withdraw(a, { reason, allSignersAgreed }, ctx),
          )
          if (!refusal) setDialog(null)
          return refusal
        }}
      />
    </>
  )
}
