/**
 * What committing a preview would write: new records to create, existing ones to update (only where the operator
 * chose update, per batch or per row) and rows left alone. Pure: the store executes the plan in one transaction.
 */
import type { FieldChange, ImportPreview, NormalisedSuggestionRow } from './types'

export type ExistingDecision = 'skip' | 'update'

export interface CommitDecisions {
  /** For rows that already exist and differ: the batch choice. */
  existing: ExistingDecision
  /** Per-row overrides by 1-based row number. */
  perRow?: Record<number, ExistingDecision>
}

export interface CommitPlan {
  create: NormalisedSuggestionRow[]
  update: { existingId: string; record: NormalisedSuggestionRow; changes: FieldChange[] }[]
  /** Row numbers not written: rejected, duplicate, unchanged, or existing and skipped. */
  skip: number[]
  nothingToChange: boolean
}

export function planImportCommit(preview: ImportPreview, decisions: CommitDecisions): CommitPlan {
  const plan: CommitPlan = { create: [], update: [], skip: [], nothingToChange: true }
  for (const row of preview.rows) {
    if (row.status === 'new' && row.record) plan.create.push(row.record)
    else if (row.status === 'exists-changed' && row.record && row.existingId) {
      const decision = decisions.perRow?.[row.rowNumber] ?? decisions.existing
      if (decision === 'update')
        plan.update.push({ existingId: row.existingId, record: row.record, changes: row.changes })
      else plan.skip.push(row.rowNumber)
    } else plan.skip.push(row.rowNumber)
  }
  plan.nothingToChange = plan.create.length === 0 && plan.update.length === 0
  return plan
}
