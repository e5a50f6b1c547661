/**
 * Matching a returned reply workbook against the store, and the preview the office confirms before import.
 *
 * Pure: rows of plain text in (from `readReplyWorkbook`), the current records in, a preview out — one entry per
 * row: `blank` (nothing filled in), `unchanged`, `new` (no reply yet for that assignment and round), `changed`
 * (field-by-field diff) or `error` (coded, never translated). Rows match on the hidden ids when they are present
 * and known, else on session + suggestion number + unit, so a workbook edited or re-sorted by hand still works.
 *
 * A blank fill-in cell never erases a stored value: imports add and correct, they do not delete.
 */
import type {
  Assignment,
  AssignmentRole,
  DomainError,
  Id,
  IsoDate,
  Reply,
  ResultClassSetting,
  Session,
  Suggestion,
  Unit,
} from '../domain/model'
import { parseDayText, toHalfWidth } from './cellText'
import type { ReplyFillField, ReplyWorkbookRow } from './replyWorkbookLayout'
import { REPLY_FILL_FIELDS } from './replyWorkbookLayout'

/** The reply fields a workbook row can set, named as on `Reply` (`replyDate` becomes `sentOn`). */
export interface ReplyValues {
  sentOn: IsoDate | null
  resultClass: string | null
  documentNumber: string | null
  signer: string | null
  contactName: string | null
  contactPhone: string | null
  body: string | null
}
export type ReplyValueField = keyof ReplyValues

export const REPLY_FIELD_OF: Record<ReplyFillField, ReplyValueField> = {
  replyDate: 'sentOn',
  resultClass: 'resultClass',
  documentNumber: 'documentNumber',
  signer: 'signer',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  body: 'body',
}

export interface FieldChange {
  field: ReplyValueField
  before: string | null
  after: string
}

export interface ReplyTarget {
  suggestionId: Id
  assignmentId: Id
  unitId: Id
  role: AssignmentRole
  round: number
  numberText: string
  title: string
  /** The stored reply this row updates, or null for a new one. */
  replyId: Id | null
}

export type ReplyPreviewStatus = 'blank' | 'unchanged' | 'new' | 'changed' | 'error'

export interface ReplyPreviewRow {
  rowNumber: number
  status: ReplyPreviewStatus
  /** Null when the row could not be matched. */
  target: ReplyTarget | null
  /** For `new` and `changed`: the reply's values after import (stored values where the row left a cell blank). */
  values: ReplyValues | null
  /** For `changed`: what differs from the stored reply. */
  changes: FieldChange[]
  /** For `error`: every problem found in the row. */
  errors: DomainError[]
}

export interface ReplyPreview {
  rows: ReplyPreviewRow[]
  counts: Record<ReplyPreviewStatus, number>
}

export interface ReplyMatchContext {
  sessions: readonly Session[]
  suggestions: readonly Suggestion[]
  units: readonly Unit[]
  assignments: readonly Assignment[]
  replies: readonly Reply[]
  resultClasses: readonly ResultClassSetting[]
  /** The unit the workbook was made for (from its metadata); rows of another unit are refused. */
  unitId?: Id | null
  /** Fill-in fields a new reply must have. Default: reply date and result class. */
  requiredFields?: readonly ReplyFillField[]
  /** Suggestion-number normalisation; default `matchKeyOfNumber`. */
  normaliseNumber?: (text: string) => string
}

/** Every error code of the preview and of reading the workbook (messages: `export:replyImport.errors.<code>`). */
export const REPLY_IMPORT_ERROR_CODES = [
  'unknown-suggestion',
  'ambiguous-suggestion',
  'unknown-session',
  'unknown-unit',
  'unit-mismatch',
  'assignment-ended',
  'missing-field',
  'bad-date',
  'invalid-class',
  'duplicate-row',
  'not-a-workbook',
  'unknown-format',
  'no-reply-sheet',
] as const
export type ReplyImportErrorCode = (typeof REPLY_IMPORT_ERROR_CODES)[number]

export const DEFAULT_REQUIRED_FIELDS: readonly ReplyFillField[] = ['replyDate', 'resultClass']

/** Ended assignments never take a reply. */
const ENDED_STATES = new Set<Assignment['state']>(['returned', 'transferred'])

/**
 * The match key of a suggestion number: `第0123号`, `0123`, `１２３` and `123` all give `123`. Year prefixes are
 * not guessed here; pass the domain's normaliser in the context for that.
 */
export function matchKeyOfNumber(text: string): string {
  const t = toHalfWidth(text).replace(/\s+/g, '').replace(/^第/, '').replace(/号$/, '')
  if (/^\d+$/.test(t)) return t.replace(/^0+(?=\d)/, '')
  return t.toUpperCase()
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null
  const t = value.trim()
  return t === '' ? null : t
}

function sameText(a: string | null, b: string | null): boolean {
  const norm = (s: string | null): string => (s ?? '').replace(/\r\n?/g, '\n').trim()
  return norm(a) === norm(b)
}

/** Resolves a typed result class (`a`, `Ａ`, `A类`, or a label such as `甲`) to its code. */
export function resolveResultClass(text: string, classes: readonly ResultClassSetting[]): string | null {
  const t = toHalfWidth(text).trim().replace(/类$/, '').trim()
  const upper = t.toUpperCase()
  const byCode = classes.find((c) => c.code.toUpperCase() === upper)
  if (byCode) return byCode.code
  const byLabel = classes.find((c) => c.label.trim() === t || c.label.trim() === text.trim())
  return byLabel ? byLabel.code : null
}

interface Indexes {
  sessionsById: Map<Id, Session>
  sessionsByName: Map<string, Session>
  suggestionsById: Map<Id, Suggestion>
  suggestionsByKey: Map<string, Suggestion[]>
  unitsById: Map<Id, Unit>
  unitsByName: Map<string, Unit>
  assignmentsById: Map<Id, Assignment>
  assignmentsBySuggestion: Map<Id, Assignment[]>
  repliesByAssignment: Map<Id, Reply[]>
  normalise: (text: string) => string
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function buildIndexes(ctx: ReplyMatchContext): Indexes {
  const normalise = ctx.normaliseNumber ?? matchKeyOfNumber
  const idx: Indexes = {
    sessionsById: new Map(ctx.sessions.map((s) => [s.id, s])),
    sessionsByName: new Map(ctx.sessions.map((s) => [s.name.trim(), s])),
    suggestionsById: new Map(ctx.suggestions.map((s) => [s.id, s])),
    suggestionsByKey: new Map(),
    unitsById: new Map(ctx.units.map((u) => [u.id, u])),
    unitsByName: new Map(),
    assignmentsById: new Map(ctx.assignments.map((a) => [a.id, a])),
    assignmentsBySuggestion: new Map(),
    repliesByAssignment: new Map(),
    normalise,
  }
  for (const s of ctx.suggestions) pushTo(idx.suggestionsByKey, `${s.sessionId}\u0000${normalise(s.numberText)}`, s)
  for (const u of ctx.units) {
    for (const name of [...u.aliases, ...u.shortNames, u.name]) idx.unitsByName.set(name.trim(), u)
  }
  for (const a of ctx.assignments) pushTo(idx.assignmentsBySuggestion, a.suggestionId, a)
  for (const r of ctx.replies) pushTo(idx.repliesByAssignment, r.assignmentId, r)
  return idx
}

type Located = { ok: true; suggestion: Suggestion; assignment: Assignment } | { ok: false; errors: DomainError[] }

function locate(row: ReplyWorkbookRow, idx: Indexes, ctx: ReplyMatchContext): Located {
  const cell = (f: keyof ReplyWorkbookRow['cells']): string | null => blankToNull(row.cells[f])
  const unitText = cell('unit')
  const rowUnit = unitText === null ? null : (idx.unitsByName.get(unitText) ?? null)

  // 1. The hidden ids, when they name records this store knows.
  const byId = cell('assignmentId')
  const assignmentById = byId === null ? undefined : idx.assignmentsById.get(byId)
  const suggestionIdText = cell('suggestionId')
  if (assignmentById && (suggestionIdText === null || suggestionIdText === assignmentById.suggestionId)) {
    const suggestion = idx.suggestionsById.get(assignmentById.suggestionId)
    if (suggestion) {
      const errors: DomainError[] = []
      if (rowUnit && rowUnit.id !== assignmentById.unitId) {
        errors.push({ code: 'unit-mismatch', params: { unit: unitText ?? '' } })
      }
      if (ctx.unitId && assignmentById.unitId !== ctx.unitId) {
        errors.push({ code: 'unit-mismatch', params: { unit: idx.unitsById.get(assignmentById.unitId)?.name ?? '' } })
      }
      if (ENDED_STATES.has(assignmentById.state)) {
        errors.push({ code: 'assignment-ended', params: { number: suggestion.numberText } })
      }
      return errors.length ? { ok: false, errors } : { ok: true, suggestion, assignment: assignmentById }
    }
  }

  // 2. Session + number + unit, as a person would read the row.
  const errors: DomainError[] = []
  const sessionIdText = cell('sessionId')
  const sessionText = cell('session')
  const session =
    (sessionIdText === null ? undefined : idx.sessionsById.get(sessionIdText)) ??
    (sessionText === null ? undefined : idx.sessionsByName.get(sessionText))
  if (!session) errors.push({ code: 'unknown-session', params: { session: sessionText ?? '' } })
  const numberText = cell('number')
  if (numberText === null) errors.push({ code: 'missing-field', params: { field: 'number' } })
  let unit: Unit | null = rowUnit
  if (unitText === null) unit = ctx.unitId ? (idx.unitsById.get(ctx.unitId) ?? null) : null
  if (!unit)
    errors.push({
      code: unitText === null ? 'missing-field' : 'unknown-unit',
      params: unitText === null ? { field: 'unit' } : { unit: unitText },
    })
  else if (ctx.unitId && unit.id !== ctx.unitId) errors.push({ code: 'unit-mismatch', params: { unit: unit.name } })
  if (!session || numberText === null) return { ok: false, errors }

  const candidates = idx.suggestionsByKey.get(`${session.id}\u0000${idx.normalise(numberText)}`) ?? []
  const suggestion = candidates[0]
  if (!suggestion)
    return { ok: false, errors: [...errors, { code: 'unknown-suggestion', params: { number: numberText } }] }
  if (candidates.length > 1)
    return { ok: false, errors: [...errors, { code: 'ambiguous-suggestion', params: { number: numberText } }] }
  if (!unit || errors.length) return { ok: false, errors }

  const live = (idx.assignmentsBySuggestion.get(suggestion.id) ?? [])
    .filter((a) => a.unitId === unit.id && !ENDED_STATES.has(a.state))
    .sort((a, b) => b.round - a.round)
  const assignment = live[0]
  if (!assignment) {
    return {
      ok: false,
      errors: [{ code: 'unit-mismatch', params: { unit: unit.name, number: suggestion.numberText } }],
    }
  }
  return { ok: true, suggestion, assignment }
}

/** The stored reply of an assignment's current round (the latest one if several). */
function currentReply(assignment: Assignment, idx: Indexes): Reply | null {
  const replies = (idx.repliesByAssignment.get(assignment.id) ?? []).filter((r) => r.round === assignment.round)
  replies.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  return replies[0] ?? null
}

/** Reads and checks the fill-in cells; values are null where the cell is blank. */
function readFillCells(row: ReplyWorkbookRow, ctx: ReplyMatchContext): { values: ReplyValues; errors: DomainError[] } {
  const errors: DomainError[] = []
  const text = (f: ReplyFillField): string | null => blankToNull(row.cells[f])
  let sentOn: IsoDate | null = null
  const dateText = text('replyDate')
  if (dateText !== null) {
    sentOn = parseDayText(dateText)
    if (sentOn === null) errors.push({ code: 'bad-date', params: { field: 'replyDate', value: dateText } })
  }
  let resultClass: string | null = null
  const classText = text('resultClass')
  if (classText !== null) {
    resultClass = resolveResultClass(classText, ctx.resultClasses)
    if (resultClass === null) {
      errors.push({
        code: 'invalid-class',
        params: { value: classText, allowed: ctx.resultClasses.map((c) => c.code).join('/') },
      })
    }
  }
  const values: ReplyValues = {
    sentOn,
    resultClass,
    documentNumber: text('documentNumber'),
    signer: text('signer'),
    contactName: text('contactName'),
    contactPhone: text('contactPhone'),
    body: blankToNull(
      row.cells.body === undefined || row.cells.body === null ? null : row.cells.body.replace(/\r\n?/g, '\n'),
    ),
  }
  return { values, errors }
}

function storedValues(reply: Reply | null): ReplyValues {
  return {
    sentOn: reply?.sentOn ?? null,
    resultClass: reply?.resultClass ?? null,
    documentNumber: reply?.documentNumber ?? null,
    signer: reply?.signer ?? null,
    contactName: reply?.contactName ?? null,
    contactPhone: reply?.contactPhone ?? null,
    body: reply && reply.body !== '' ? reply.body : null,
  }
}

function isBlankRow(row: ReplyWorkbookRow): boolean {
  return REPLY_FILL_FIELDS.every((f) => blankToNull(row.cells[f]) === null)
}

function emptyCounts(): Record<ReplyPreviewStatus, number> {
  return { blank: 0, unchanged: 0, new: 0, changed: 0, error: 0 }
}

/** Builds the import preview of a returned reply workbook. */
export function previewReplyWorkbook(rows: readonly ReplyWorkbookRow[], ctx: ReplyMatchContext): ReplyPreview {
  const idx = buildIndexes(ctx)
  const required = ctx.requiredFields ?? DEFAULT_REQUIRED_FIELDS
  const seen = new Map<Id, number>()
  const out: ReplyPreviewRow[] = []

  for (const row of rows) {
    const base = { rowNumber: row.rowNumber, target: null, values: null, changes: [], errors: [] }
    const located = locate(row, idx, ctx)
    if (isBlankRow(row)) {
      out.push({ ...base, status: 'blank', target: located.ok ? targetOf(located, null) : null })
      continue
    }
    if (!located.ok) {
      out.push({ ...base, status: 'error', errors: located.errors })
      continue
    }
    const reply = currentReply(located.assignment, idx)
    const target = targetOf(located, reply)
    const { values: given, errors } = readFillCells(row, ctx)
    const firstRow = seen.get(located.assignment.id)
    if (firstRow !== undefined) errors.push({ code: 'duplicate-row', params: { row: firstRow } })
    else seen.set(located.assignment.id, row.rowNumber)

    const stored = storedValues(reply)
    const merged: ReplyValues = { ...stored }
    const changes: FieldChange[] = []
    for (const f of REPLY_FILL_FIELDS) {
      const field = REPLY_FIELD_OF[f]
      const after = given[field]
      if (after === null) {
        const invalid = errors.some((e) => e.params?.field === f || (f === 'resultClass' && e.code === 'invalid-class'))
        if (!invalid && required.includes(f) && stored[field] === null) {
          errors.push({ code: 'missing-field', params: { field: f } })
        }
        continue
      }
      merged[field] = after
      if (!sameText(stored[field], after)) changes.push({ field, before: stored[field], after })
    }

    if (errors.length) out.push({ ...base, status: 'error', target, errors })
    else if (reply === null) out.push({ ...base, status: 'new', target, values: merged })
    else if (changes.length === 0) out.push({ ...base, status: 'unchanged', target })
    else out.push({ ...base, status: 'changed', target, values: merged, changes })
  }

  const counts = emptyCounts()
  for (const r of out) counts[r.status] += 1
  return { rows: out, counts }
}

function targetOf(located: { suggestion: Suggestion; assignment: Assignment }, reply: Reply | null): ReplyTarget {
  const { suggestion, assignment } = located
  return {
    suggestionId: suggestion.id,
    assignmentId: assignment.id,
    unitId: assignment.unitId,
    role: assignment.role,
    round: assignment.round,
    numberText: suggestion.numberText,
    title: suggestion.title,
    replyId: reply?.id ?? null,
  }
}
