/**
 * The store's side of importing a returned reply workbook (导入答复工作簿): the match context for the pure
 * preview (`previewReplyWorkbook`), a dry run of what each new or changed row would do, and the commit.
 *
 * Each row runs the domain's own reply commands on the suggestion's aggregate, so an import obeys exactly the
 * rules of the detail page: a complete row (reply date, result class, signer) is drafted, signed off and sent
 * on its reply date (`draftReply` → `signOffReply` → `sendReply`); a row without a signer is only drafted
 * (待审核签发). A part still waiting to be signed for is first signed for by the contact the row names (a unit
 * that answers has taken the suggestion on). A sent reply is never rewritten (`reply-already-sent`): a
 * correction after sending is a matter for the office, not an import.
 *
 * The commit takes a 'before-bulk' backup, then writes every row in ONE read-write transaction through
 * `writeChange`; any refusal throws inside it, so a failure leaves nothing behind. Rows whose stored reply
 * already says what the row says are left alone, so importing the same workbook twice changes nothing.
 */
import type { HostBridge } from '@shared/bridge/hostBridge'
import type { DomainError, Id, Reply, Result, WorkflowChange, WorkflowContext } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { applyChange, replyOf, type SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import { signFor } from '@shared/domain/workflow/assign'
import { draftReply, sendReply, signOffReply } from '@shared/domain/workflow/reply'
import type { ReplyMatchContext, ReplyPreviewRow, ReplyValues } from '@shared/exchange/replyWorkbook'
import { backupBeforeBulk } from './backup'
import { commandTables, loadSuggestionAggregate, writeChange } from './commandRunner'
import type { SuggestionDb } from './db'
import { loadSettings } from './repositories/settings'

/** What a row does: sent (draft, sign-off and send), drafted only, nothing (already so), or refused. */
export type ReplyRowOutcome = 'sent' | 'drafted' | 'unchanged' | 'refused'

export interface ReplyRowResult {
  rowNumber: number
  suggestionId: Id
  numberText: string
  title: string
  outcome: ReplyRowOutcome
  /** For `refused`: the domain's code (translated by the UI with `workflow:errors.<code>`). */
  error: DomainError | null
}

export interface ReplyImportReport {
  rows: ReplyRowResult[]
  sent: number
  drafted: number
  unchanged: number
  backupName: string
}

/** The records the pure preview matches rows against, read in one transaction. */
export async function loadReplyMatchContext(db: SuggestionDb, unitId: Id | null): Promise<ReplyMatchContext> {
  const [sessions, suggestions, units, assignments, replies] = await db.transaction(
    'r',
    [db.sessions, db.suggestions, db.units, db.assignments, db.replies],
    () =>
      Promise.all([
        db.sessions.toArray(),
        db.suggestions.toArray(),
        db.units.toArray(),
        db.assignments.toArray(),
        db.replies.toArray(),
      ]),
  )
  const settings = await loadSettings(db)
  return { sessions, suggestions, units, assignments, replies, resultClasses: settings.resultClasses, unitId }
}

/** Rows that would write something: matched, and new or changed in the preview. */
export function rowsToWrite(rows: readonly ReplyPreviewRow[]): ReplyPreviewRow[] {
  return rows.filter((r) => (r.status === 'new' || r.status === 'changed') && r.target !== null && r.values !== null)
}

const sameText = (a: string | null, b: string | null) => (a ?? '').trim() === (b ?? '').trim()

/** True when the stored draft already carries the row's letter (class, body, number, contact). */
function draftMatches(reply: Reply, v: ReplyValues): boolean {
  return (
    reply.resultClass === v.resultClass &&
    sameText(reply.body, v.body) &&
    sameText(reply.documentNumber, v.documentNumber) &&
    sameText(reply.contactName, v.contactName) &&
    sameText(reply.contactPhone, v.contactPhone)
  )
}

/**
 * The domain commands of one row on one aggregate, in order. Pure: returns the changes to write (possibly none)
 * and what the row amounts to, or the first refusal.
 */
export function replyRowChanges(
  aggregate: SuggestionAggregate,
  row: ReplyPreviewRow,
  ctx: WorkflowContext,
): Result<{ changes: WorkflowChange[]; outcome: Exclude<ReplyRowOutcome, 'refused'>; state: SuggestionAggregate }> {
  const target = row.target!
  const v = row.values!
  let state = aggregate
  const changes: WorkflowChange[] = []
  const run = (result: Result<WorkflowChange>): DomainError | null => {
    if (!result.ok) return result.error
    changes.push(result.value)
    state = applyChange(state, result.value)
    return null
  }
  const assignmentOf = () => state.assignments.find((a) => a.id === target.assignmentId)
  const assignment = assignmentOf()
  if (!assignment) return err({ code: 'assignment-not-found', params: { assignmentId: target.assignmentId } })
  const existing = replyOf(state, assignment)
  if (existing?.state === 'sent') return err({ code: 'reply-already-sent' })
  const on = v.sentOn ?? ctx.today
  const complete = v.sentOn !== null && v.signer !== null

  if (assignment.state === 'assigned') {
    const people = { leader: null, department: null, handler: v.contactName, phone: v.contactPhone }
    const refused = run(signFor(state, { on, assignmentId: assignment.id, people }, ctx))
    if (refused) return err(refused)
  }
  if (!existing || !draftMatches(existing, v)) {
    const refused = run(
      draftReply(
        state,
        {
          on,
          assignmentId: assignment.id,
          resultClass: v.resultClass ?? '',
          body: v.body ?? '',
          documentNumber: v.documentNumber,
          contactName: v.contactName,
          contactPhone: v.contactPhone,
        },
        ctx,
      ),
    )
    if (refused) return err(refused)
  }
  if (!complete) return ok({ changes, outcome: changes.length ? 'drafted' : 'unchanged', state })

  const current = replyOf(state, assignmentOf()!)!
  if (current.state !== 'signed-off' || current.signer !== v.signer) {
    const refused = run(signOffReply(state, { on, assignmentId: assignment.id, signer: v.signer! }, ctx))
    if (refused) return err(refused)
  }
  const refused = run(sendReply(state, { on, assignmentId: assignment.id, documentNumber: v.documentNumber }, ctx))
  if (refused) return err(refused)
  return ok({ changes, outcome: 'sent', state })
}

function resultOf(row: ReplyPreviewRow, outcome: ReplyRowOutcome, error: DomainError | null = null): ReplyRowResult {
  return {
    rowNumber: row.rowNumber,
    suggestionId: row.target!.suggestionId,
    numberText: row.target!.numberText,
    title: row.target!.title,
    outcome,
    error,
  }
}

/**
 * Runs every row against the aggregates as they would stand after the rows before it (rows of one suggestion
 * build on each other). `write` is called with each accepted row's changes; a refused row is reported, or
 * aborts everything when `stopAtRefusal` is set.
 */
async function runRows(
  db: SuggestionDb,
  rows: readonly ReplyPreviewRow[],
  ctx: WorkflowContext,
  options: { write: ((c: WorkflowChange) => Promise<void>) | null; stopAtRefusal: boolean },
): Promise<ReplyRowResult[]> {
  const states = new Map<Id, SuggestionAggregate | null>()
  const results: ReplyRowResult[] = []
  for (const row of rowsToWrite(rows)) {
    const id = row.target!.suggestionId
    if (!states.has(id)) states.set(id, await loadSuggestionAggregate(db, id))
    const aggregate = states.get(id)
    const planned = aggregate
      ? replyRowChanges(aggregate, row, ctx)
      : err<DomainError>({ code: 'suggestion-not-found', params: { id } })
    if (!planned.ok) {
      if (options.stopAtRefusal) throw new RowRefused(row.rowNumber, planned.error)
      results.push(resultOf(row, 'refused', planned.error))
      continue
    }
    states.set(id, planned.value.state)
    if (options.write) for (const c of planned.value.changes) await options.write(c)
    results.push(resultOf(row, planned.value.outcome))
  }
  return results
}

class RowRefused extends Error {
  constructor(
    readonly rowNumber: number,
    readonly error: DomainError,
  ) {
    super(error.code)
  }
}

/** The dry run shown before committing: what each new or changed row would do, and each refusal. Writes nothing. */
export async function checkReplyImport(
  db: SuggestionDb,
  rows: readonly ReplyPreviewRow[],
  ctx: WorkflowContext,
): Promise<ReplyRowResult[]> {
  return db.transaction('r', commandTables(db), () => runRows(db, rows, ctx, { write: null, stopAtRefusal: false }))
}

/**
 * Backs up, then writes the given rows (new or changed; the caller leaves out rows the check refused) in one
 * transaction. Error codes: `nothing-to-change`, `backup-failed` {detail}, `row-refused` {row, code, …the domain
 * error's params}, `commit-failed` {detail}. On any error nothing was written.
 */
export async function commitReplyImport(
  db: SuggestionDb,
  host: Pick<HostBridge, 'writeBackup' | 'appInfo'>,
  rows: readonly ReplyPreviewRow[],
  ctx: WorkflowContext,
): Promise<Result<ReplyImportReport>> {
  const planned = await checkReplyImport(db, rows, ctx)
  if (!planned.some((r) => r.outcome === 'sent' || r.outcome === 'drafted' || r.outcome === 'refused')) {
    return err({ code: 'nothing-to-change' })
  }
  const backup = await backupBeforeBulk(db, host, ctx.now)
  if (!backup.ok) return err({ code: 'backup-failed', params: { detail: backup.error.code } })
  try {
    const results = await db.transaction('rw', commandTables(db), () =>
      runRows(db, rows, ctx, { write: (c) => writeChange(db, c), stopAtRefusal: true }),
    )
    const count = (o: ReplyRowOutcome) => results.filter((r) => r.outcome === o).length
    return ok({
      rows: results,
      sent: count('sent'),
      drafted: count('drafted'),
      unchanged: count('unchanged'),
      backupName: backup.value.name,
    })
  } catch (e) {
    if (e instanceof RowRefused) {
      return err({ code: 'row-refused', params: { ...(e.error.params ?? {}), row: e.rowNumber, code: e.error.code } })
    }
    return err({ code: 'commit-failed', params: { detail: e instanceof Error ? e.message : String(e) } })
  }
}
