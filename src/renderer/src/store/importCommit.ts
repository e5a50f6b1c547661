/**
 * The store's side of an Excel import: what already exists (for the preview's comparison), the domain's own
 * checks on every row the plan would write (for the preview, before anything is written), and the commit itself.
 *
 * The commit runs after an automatic 'before-bulk' backup and writes the whole plan in ONE read-write
 * transaction: new rows as the domain `register` command made them when the preview was checked
 * (`validateImportRows`; restamped with the commit's time and operator, or registered afresh when the check is
 * missing or no longer fits) — each with ONE `registered` event whose `data.imported` carries the source file,
 * sheet, row and the units as written — and changed rows through `edit` (an `edited` event). Suggestions and
 * events are written with one bulkAdd each, issued together. Any refusal or a number taken in the meantime
 * throws inside the transaction, so a failure leaves nothing behind. The list index sees the rows through its
 * table hooks once the transaction completes.
 */
import type { HostBridge } from '@shared/bridge/hostBridge'
import type {
  DomainError,
  Id,
  IsoDate,
  Result,
  Session,
  Suggestion,
  SuggestionEvent,
  WorkflowChange,
  WorkflowContext,
} from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { edit, register, type ImportOrigin, type SuggestionFields } from '@shared/domain/workflow/review'
import type {
  ComparableField,
  ExistingSuggestion,
  ImportField,
  NormalisedSuggestionRow,
  UnitRef,
} from '@shared/import/types'
import type { CommitPlan } from '@shared/import/commitPlan'
import { backupBeforeBulk } from './backup'
import { commandTables, loadSuggestionAggregate, writeChange } from './commandRunner'
import type { SuggestionDb } from './db'
import { existingSuggestionListIndex } from './listIndex'
import { suggestionSearchText } from './repositories/suggestions'

/** The stored fields an import column feeds (units are not stored on the suggestion and are never compared). */
const COMPARED_BY_FIELD: Partial<Record<ImportField, ComparableField[]>> = {
  title: ['title'],
  leadDeputy: ['leadDeputy', 'signerCount'],
  coSigners: ['coSigners'],
  delegation: ['delegation'],
  category: ['category'],
  content: ['content'],
  receivedOn: ['receivedOn'],
  public: ['public'],
  key: ['key'],
}

/** The fields compared when these import fields are mapped (only what the file actually carries). */
export function comparedFields(mapped: Iterable<ImportField>): ComparableField[] {
  const out = new Set<ComparableField>()
  for (const field of mapped) for (const c of COMPARED_BY_FIELD[field] ?? []) out.add(c)
  return [...out]
}

function storedValue(s: Suggestion, field: ComparableField): unknown {
  switch (field) {
    case 'public':
      return s.publicity.public
    default:
      return (s as unknown as Record<string, unknown>)[field]
  }
}

/**
 * Every stored suggestion as the pipeline's `existing` entry: session by name, normalised number, and the
 * `fields` to compare (default: every field an import can set).
 */
export async function existingForImport(
  db: SuggestionDb,
  fields: ComparableField[] = comparedFields(Object.keys(COMPARED_BY_FIELD) as ImportField[]),
): Promise<ExistingSuggestion[]> {
  const [sessions, suggestions] = await db.transaction('r', db.sessions, db.suggestions, () =>
    Promise.all([db.sessions.toArray(), db.suggestions.toArray()]),
  )
  const sessionName = new Map(sessions.map((s) => [s.id, s.name]))
  return suggestions.map((s) => ({
    id: s.id,
    session: sessionName.get(s.sessionId) ?? null,
    number: s.number,
    fields: Object.fromEntries(fields.map((f) => [f, storedValue(s, f)])),
  }))
}

/** What the operator fills in for rows the file leaves open. */
export interface ImportDefaults {
  /** Received date for rows without one. */
  receivedOn: IsoDate
  /** Stored as the publicity reason when the file marks a row not public (a reason is required). */
  notPublicReason: string
  /** The file's name, recorded on each `registered` event's `data.imported`. */
  fileName: string
  /** The sheet read (recorded likewise); null or absent for a CSV or when unknown. */
  sheet?: string | null
}

/** A row the domain refuses (unknown session or category…), found before anything is written. */
export interface RowRefusal {
  rowNumber: number
  error: DomainError
}

function sessionFor(record: NormalisedSuggestionRow, sessions: readonly Session[]): Session | null {
  if (!record.session) return null
  return sessions.find((s) => s.name === record.session) ?? null
}

function fieldsOf(record: NormalisedSuggestionRow, session: Session, defaults: ImportDefaults): SuggestionFields {
  const isPublic = record.public ?? true
  const base = {
    sessionId: session.id,
    numberText: record.numberText,
    number: record.number,
    numberSort: record.numberSort,
    title: record.title,
    content: record.content,
    leadDeputy: record.leadDeputy,
    coSigners: record.coSigners,
    signerCount: record.signerCount,
    delegation: record.delegation,
    category: record.category,
    receivedOn: record.receivedOn ?? defaults.receivedOn,
    publicity: { public: isPublic, reason: isPublic ? null : defaults.notPublicReason },
    tags: [],
  }
  return { ...base, searchText: suggestionSearchText(base) }
}

const unitData = (u: UnitRef) => ({ text: u.text, unitId: u.unitId })

function importOrigin(record: NormalisedSuggestionRow, defaults: ImportDefaults): ImportOrigin {
  return {
    file: defaults.fileName,
    sheet: defaults.sheet ?? null,
    row: record.rowNumber,
    leadUnits: [record.leadUnit, ...record.otherLeadUnits].filter((u): u is UnitRef => u !== null).map(unitData),
    coUnits: record.coUnits.map(unitData),
    unitsAndOthers: record.unitsAndOthers,
  }
}

/** The domain `register` for one row: its change (one `registered` event carrying the import origin) or refusal. */
function registerRow(
  record: NormalisedSuggestionRow,
  sessions: readonly Session[],
  ctx: WorkflowContext,
  defaults: ImportDefaults,
): Result<WorkflowChange> {
  const session = sessionFor(record, sessions)
  if (!session) return err({ code: 'unknown-session', params: { session: record.session ?? '' } })
  return register(
    { ...fieldsOf(record, session, defaults), key: record.key, imported: importOrigin(record, defaults) },
    ctx,
  )
}

/**
 * The outcome of checking the rows a plan would create: the refusals for the preview, and the changes `register`
 * made for the accepted rows, which `commitImport` writes instead of registering every row again.
 */
export interface ValidatedImport {
  refusals: RowRefusal[]
  /** By the row's record object (the preview's, which the plan carries): the change `register` returned. */
  registered: Map<NormalisedSuggestionRow, WorkflowChange>
  /** What the check depended on besides the rows: a commit reuses the changes only when these still hold. */
  basis: { sessions: Map<string, Id>; categories: string; defaults: ImportDefaults }
}

function basisOf(sessions: readonly Session[], ctx: WorkflowContext, defaults: ImportDefaults) {
  return {
    sessions: new Map(sessions.map((s) => [s.name, s.id])),
    categories: JSON.stringify(ctx.settings.categories),
    defaults: { ...defaults, sheet: defaults.sheet ?? null },
  }
}

function sameBasis(a: ValidatedImport['basis'], b: ValidatedImport['basis']): boolean {
  if (a.categories !== b.categories || a.sessions.size !== b.sessions.size) return false
  for (const [name, id] of a.sessions) if (b.sessions.get(name) !== id) return false
  const [x, y] = [a.defaults, b.defaults]
  return (
    x.fileName === y.fileName &&
    x.receivedOn === y.receivedOn &&
    x.notPublicReason === y.notPublicReason &&
    x.sheet === y.sheet
  )
}

/**
 * The domain's refusals for the rows a plan would create, without writing, and `register`'s changes for the
 * rows it accepts (pass the whole result to `commitImport`). Refusal codes: `unknown-session` {session}, or the
 * `register` command's codes (`unknown-category` …).
 */
export function validateImportRows(
  rows: readonly NormalisedSuggestionRow[],
  sessions: readonly Session[],
  ctx: WorkflowContext,
  defaults: ImportDefaults,
): ValidatedImport {
  const refusals: RowRefusal[] = []
  const registered = new Map<NormalisedSuggestionRow, WorkflowChange>()
  for (const record of rows) {
    const result = registerRow(record, sessions, ctx, defaults)
    if (result.ok) registered.set(record, result.value)
    else refusals.push({ rowNumber: record.rowNumber, error: result.error })
  }
  return { refusals, registered, basis: basisOf(sessions, ctx, defaults) }
}

/** The refusals alone (see `validateImportRows`). */
export function checkImportRows(
  rows: readonly NormalisedSuggestionRow[],
  sessions: readonly Session[],
  ctx: WorkflowContext,
  defaults: ImportDefaults,
): RowRefusal[] {
  return validateImportRows(rows, sessions, ctx, defaults).refusals
}

/** A change made at preview time, as the commit writes it: stamped with the commit's time, day and operator. */
function restamp(c: WorkflowChange, ctx: WorkflowContext): { suggestion: Suggestion; events: SuggestionEvent[] } {
  return {
    suggestion: { ...c.suggestion!, createdAt: ctx.now, updatedAt: ctx.now },
    events: c.events.map((e) => ({ ...e, at: ctx.now, on: ctx.today, by: ctx.actor })),
  }
}

/** Changes already written by a successful commit: their ids are taken, so a second commit registers afresh. */
const committedChecks = new WeakSet<ValidatedImport>()

export interface ImportCommitReport {
  created: number
  updated: number
  createdIds: Id[]
  updatedIds: Id[]
  backupName: string
}

class CommitRefused extends Error {
  constructor(readonly error: DomainError) {
    super(error.code)
  }
}

/**
 * Backs up, then writes the plan in one transaction. Pass `validated` (from `validateImportRows` over the same
 * preview) to write the changes it holds rather than registering every row again; it is used only while its
 * sessions, categories and defaults still hold, and rows it lacks are registered here. Error codes:
 * `nothing-to-change`, `backup-failed` {detail}, `row-refused` {row, code} (with the domain error's params),
 * `number-taken` {row, number}, `commit-failed` {detail}. On any error nothing was written.
 */
export async function commitImport(
  db: SuggestionDb,
  host: Pick<HostBridge, 'writeBackup' | 'appInfo'>,
  plan: CommitPlan,
  ctx: WorkflowContext,
  defaults: ImportDefaults,
  validated?: ValidatedImport,
): Promise<Result<ImportCommitReport>> {
  if (plan.nothingToChange) return err({ code: 'nothing-to-change' })
  const backup = await backupBeforeBulk(db, host, ctx.now)
  if (!backup.ok) return err({ code: 'backup-failed', params: { detail: backup.error.code } })
  const sessions = await db.sessions.toArray()
  const reusable =
    validated && !committedChecks.has(validated) && sameBasis(validated.basis, basisOf(sessions, ctx, defaults))
      ? validated.registered
      : null
  const refuse = (rowNumber: number, error: DomainError): never => {
    throw new CommitRefused({
      code: 'row-refused',
      params: { ...(error.params ?? {}), row: rowNumber, code: error.code },
    })
  }
  try {
    const report = await db.transaction('rw', commandTables(db), async () => {
      const created: Suggestion[] = []
      const events: SuggestionEvent[] = []
      for (const record of plan.create) {
        const checked = reusable?.get(record)
        if (checked) {
          const written = restamp(checked, ctx)
          created.push(written.suggestion)
          events.push(...written.events)
          continue
        }
        const result = registerRow(record, sessions, ctx, defaults)
        if (!result.ok) return refuse(record.rowNumber, result.error)
        created.push(result.value.suggestion!)
        events.push(...result.value.events)
      }
      // The unique [sessionId+number] index refuses a number taken since the preview; name the row first.
      const taken = await db.suggestions
        .where('[sessionId+number]')
        .anyOf(created.map((s) => [s.sessionId, s.number]))
        .toArray()
      if (taken.length > 0) {
        const clash = created.find((s) => taken.some((t) => t.sessionId === s.sessionId && t.number === s.number))!
        const row = plan.create.find((r) => r.number === clash.number)?.rowNumber ?? 0
        throw new CommitRefused({ code: 'number-taken', params: { row, number: clash.numberText } })
      }
      // Both bulkAdds are issued at once: the events are cloned and sent while the database still writes the
      // suggestions (same transaction, so either both land or neither does).
      await Promise.all([
        created.length ? db.suggestions.bulkAdd(created) : null,
        events.length ? db.events.bulkAdd(events) : null,
      ])

      const updatedIds: Id[] = []
      for (const item of plan.update) {
        const aggregate = await loadSuggestionAggregate(db, item.existingId)
        if (!aggregate) return refuse(item.record.rowNumber, { code: 'suggestion-not-found' })
        const session = sessions.find((s) => s.id === aggregate.suggestion.sessionId)!
        const all = fieldsOf(item.record, session, defaults)
        const fields: Partial<SuggestionFields> & { key?: boolean } = {}
        for (const change of item.changes) {
          if (change.field === 'public') fields.publicity = all.publicity
          else if (change.field === 'key') fields.key = item.record.key
          else if (change.field in all)
            Object.assign(fields, { [change.field]: all[change.field as keyof SuggestionFields] })
        }
        const merged = { ...aggregate.suggestion, ...fields }
        fields.searchText = suggestionSearchText(merged)
        const result = edit(aggregate, { fields, reason: `${defaults.fileName} #${item.record.rowNumber}` }, ctx)
        if (!result.ok) {
          if (result.error.code === 'nothing-changed') continue
          return refuse(item.record.rowNumber, result.error)
        }
        // `edit` bumps the revision by one, as the command runner guarantees for every committed change.
        await writeChange(db, result.value)
        updatedIds.push(item.existingId)
      }
      return { created: created.length, updated: updatedIds.length, createdIds: created.map((s) => s.id), updatedIds }
    })
    if (validated) committedChecks.add(validated)
    const index = existingSuggestionListIndex(db)
    if (index && index.status === 'ready') await index.refresh([...report.createdIds, ...report.updatedIds])
    return ok({ ...report, backupName: backup.value.name })
  } catch (e) {
    if (e instanceof CommitRefused) return err(e.error)
    return err({ code: 'commit-failed', params: { detail: e instanceof Error ? e.message : String(e) } })
  }
}
