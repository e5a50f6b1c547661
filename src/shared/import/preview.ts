/**
 * The preview: every row as it will be stored, rejected rows with coded reasons, warnings, duplicates inside the
 * file and rows whose session+number already exist (with a field-by-field diff), before anything is written.
 *
 * Stages: choose the sheet → find the header → map columns → normalise each row → compare with what exists.
 * `previewImportSteps` is a generator yielding progress every few hundred rows so a worker can report progress
 * and honour a cancel between steps; `previewImport` runs it to the end.
 */
import { countDataRows, detectHeader, fillMergesDown, type HeaderGuess } from './header'
import { mapColumns } from './mapping'
import { normaliseRow } from './rows'
import type {
  ComparableField,
  ExistingSuggestion,
  FieldChange,
  ImportIssue,
  ImportOptions,
  ImportPreview,
  ImportProgress,
  NormalisedSuggestionRow,
  OversizeCell,
  PreviewRow,
  SheetGrid,
  UnitRef,
  WorkbookGrid,
} from './types'
import { createUnitResolver } from './units'

/** Excel's own cell length limit; the reader cuts longer cells to it and reports them. */
export const CELL_LENGTH_LIMIT = 32_767
const PROGRESS_EVERY = 500

export function suggestionKey(session: string | null, number: string): string {
  return `${session ?? ''}#${number}`
}

interface SheetChoice {
  sheet: SheetGrid
  header: HeaderGuess | null
}

/** The named sheet, or the one whose header names most fields (then: most rows). */
export function chooseSheet(workbook: WorkbookGrid, options: ImportOptions): SheetChoice | ImportIssue {
  const lastHeaderRow = options.headerRow === undefined ? undefined : options.headerRow - 1
  if (options.sheet !== undefined) {
    const sheet = workbook.sheets.find((s) => s.name === options.sheet)
    if (!sheet) return { code: 'sheet-not-found', params: { sheet: options.sheet } }
    return { sheet, header: detectHeader(sheet, lastHeaderRow) }
  }
  let best: (SheetChoice & { rows: number; score: number }) | null = null
  for (const sheet of workbook.sheets) {
    const header = detectHeader(sheet, lastHeaderRow)
    const score = header?.score ?? 0
    const rows = countDataRows(sheet.cells, header ? (header.rows[header.rows.length - 1] ?? 0) + 1 : 0)
    if (!best || score > best.score || (score === best.score && rows > best.rows)) best = { sheet, header, rows, score }
  }
  if (!best) return { code: 'no-sheets' }
  return { sheet: best.sheet, header: best.header }
}

export function* previewImportSteps(
  workbook: WorkbookGrid,
  options: ImportOptions = {},
): Generator<ImportProgress, ImportPreview, void> {
  const sheetNames = workbook.sheets.map((s) => s.name)
  const empty = (sheet: string, fileErrors: ImportIssue[]): ImportPreview => ({
    sheet,
    sheetNames,
    headerRows: [],
    columns: [],
    mapping: {},
    fileErrors,
    fileWarnings: [],
    rows: [],
    duplicates: [],
    skipped: [],
    summary: summarise([], true),
  })
  const choice = chooseSheet(workbook, options)
  if ('code' in choice) return empty('', [choice])
  const { sheet, header } = choice
  if (!header) return empty(sheet.name, [{ code: 'no-header-row' }])

  const mapped = mapColumns(header.labels, header.matches, options.mapping)
  const base = {
    sheet: sheet.name,
    sheetNames,
    headerRows: header.rows.map((r) => r + 1),
    columns: mapped.columns,
    mapping: mapped.mapping,
  }
  if (mapped.errors.length > 0) return { ...empty(sheet.name, mapped.errors), ...base }

  const cells = fillMergesDown(sheet)
  const oversizeByRow = new Map<number, OversizeCell[]>()
  for (const big of sheet.oversizeCells) oversizeByRow.set(big.row, [...(oversizeByRow.get(big.row) ?? []), big])
  const existing = new Map<string, ExistingSuggestion>()
  for (const item of options.existing ?? []) existing.set(suggestionKey(item.session, item.number), item)

  const ctx = {
    mapping: mapped.mapping,
    labels: header.labels,
    session: options.session ?? null,
    units: options.directory ? createUnitResolver(options.directory) : null,
    sessionYear: options.sessionYear ?? null,
    cellLimit: CELL_LENGTH_LIMIT,
  }
  const rows: PreviewRow[] = []
  const skipped: ImportPreview['skipped'] = []
  const firstRowOf = new Map<string, number>()
  const duplicateRows = new Map<string, number[]>()
  const start = (header.rows[header.rows.length - 1] ?? 0) + 1
  const total = Math.max(0, cells.length - start)

  for (let r = start; r < cells.length; r++) {
    if ((r - start) % PROGRESS_EVERY === 0) yield { phase: 'normalising', done: r - start, total }
    const outcome = normaliseRow(cells[r] ?? [], r + 1, { ...ctx, oversize: oversizeByRow.get(r) ?? [] })
    if (outcome.kind === 'skip') {
      skipped.push({ rowNumber: r + 1, reason: outcome.reason })
      continue
    }
    const row: PreviewRow = {
      rowNumber: r + 1,
      status: 'rejected',
      record: outcome.record,
      errors: outcome.errors,
      warnings: outcome.warnings,
      existingId: null,
      changes: [],
      duplicateOf: null,
    }
    const record = outcome.record
    if (record) {
      const key = suggestionKey(record.session, record.number)
      const first = firstRowOf.get(key)
      const known = existing.get(key)
      if (first !== undefined) {
        row.status = 'duplicate'
        row.duplicateOf = first
        duplicateRows.set(key, [...(duplicateRows.get(key) ?? [first]), r + 1])
      } else if (known) {
        firstRowOf.set(key, r + 1)
        row.existingId = known.id
        row.changes = diffRecord(known, record)
        row.status = row.changes.length === 0 ? 'exists-unchanged' : 'exists-changed'
      } else {
        firstRowOf.set(key, r + 1)
        row.status = 'new'
      }
    }
    rows.push(row)
  }
  yield { phase: 'normalising', done: total, total }
  const duplicates = [...duplicateRows.entries()].map(([key, list]) => ({ key, rows: list }))
  const fileWarnings = mapped.mapping.receivedOn === undefined ? [{ code: 'no-date-column' }] : []
  return { ...base, fileErrors: [], fileWarnings, rows, duplicates, skipped, summary: summarise(rows, false) }
}

export function previewImport(workbook: WorkbookGrid, options: ImportOptions = {}): ImportPreview {
  const steps = previewImportSteps(workbook, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

function summarise(rows: PreviewRow[], failed: boolean): ImportPreview['summary'] {
  const count = (status: PreviewRow['status']) => rows.filter((r) => r.status === status).length
  const summary = {
    total: rows.length,
    accepted: rows.filter((r) => r.status !== 'rejected').length,
    rejected: count('rejected'),
    new: count('new'),
    changed: count('exists-changed'),
    unchanged: count('exists-unchanged'),
    duplicate: count('duplicate'),
    warnings: rows.reduce((n, r) => n + r.warnings.length, 0),
    nothingToChange: false,
  }
  summary.nothingToChange = !failed && summary.new === 0 && summary.changed === 0
  return summary
}

/** What a comparison sees of a field: units by directory id (or text when unresolved). */
function comparable(field: ComparableField, value: unknown): unknown {
  const unit = (u: UnitRef | null | undefined) => (u ? (u.unitId ?? u.text) : null)
  if (field === 'leadUnit') return unit(value as UnitRef | null)
  if (field === 'coUnits' || field === 'otherLeadUnits') return ((value as UnitRef[] | undefined) ?? []).map(unit)
  return value ?? null
}

export function diffRecord(existing: ExistingSuggestion, record: NormalisedSuggestionRow): FieldChange[] {
  const changes: FieldChange[] = []
  const fields = existing.fields ?? {}
  for (const field of Object.keys(fields) as ComparableField[]) {
    const before = comparable(field, fields[field])
    const after = comparable(field, record[field])
    if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ field, before, after })
  }
  return changes
}

/** An `ExistingSuggestion` comparing every field of a stored row (what the store passes after an import). */
export function existingFromRecord(id: string, record: NormalisedSuggestionRow): ExistingSuggestion {
  const { rowNumber: _row, session, numberText: _text, ...fields } = record
  return { id, session, number: record.number, fields }
}
