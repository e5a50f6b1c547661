/**
 * Runs a workflow command from a form: reads the context (settings, calendar, operator, clock) outside the
 * transaction, then hands the pure command to the store's `runCommand` (one transaction, revision-checked).
 * Returns the refusal (still coded) or null when recorded.
 */
import { useCallback } from 'react'
import type { DomainError, Id, Result, WorkflowChange, WorkflowContext } from '@shared/domain/model'
import { runCommand, type StoredAggregate } from '../../store/commandRunner'
import type { SuggestionDb } from '../../store/db'
import { loadWorkflowContext } from '../../store/workflowContext'
import { nowIso, todayIso } from '../common/clock'
import { useOperator } from '../operators'

export type Execute = (aggregate: StoredAggregate, ctx: WorkflowContext) => Result<WorkflowChange>

export interface WorkflowRunner {
  /** A context for previews and for a batch (one read for many commands). */
  context: () => Promise<WorkflowContext>
  run: (
    suggestionId: Id,
    execute: Execute,
    options?: { ctx?: WorkflowContext; expectedRevision?: number },
  ) => Promise<DomainError | null>
}

export function useWorkflowRunner(db: SuggestionDb): WorkflowRunner {
  const { actor } = useOperator()
  const context = useCallback(() => loadWorkflowContext(db, { actor, now: nowIso(), today: todayIso() }), [db, actor])
  const run = useCallback<WorkflowRunner['run']>(
    async (suggestionId, execute, options = {}) => {
      const ctx = options.ctx ?? (await context())
      try {
        const outcome = await runCommand(db, {
          suggestionId,
          ...(options.expectedRevision !== undefined ? { expectedRevision: options.expectedRevision } : {}),
          execute: (aggregate) => execute(aggregate, ctx),
        })
        return outcome.ok ? null : outcome.error
      } catch (e) {
        console.error(e)
        return { code: 'internal' }
      }
    },
    [db, context],
  )
  return { context, run }
}
