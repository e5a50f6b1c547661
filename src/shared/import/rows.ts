/**
 * One data row to a `NormalisedSuggestionRow`, read the way a person would: spaces of every width trimmed,
 * numbers in any form, dates in any of the usual forms, `王某等11名代表`, unit lists with a trailing 等, units
 * resolved against the directory. A row is rejected (errors) only when it cannot be stored; what can be stored
 * but deserves a look becomes a warning.
 */
import { parseDay } from './dates'
import { parseCoSigners, parseLeadDeputy } from './deputies'
import { normaliseSuggestionNumber } from './suggestionNumber'
import { cleanParagraphs, cleanText, splitListWithOthers, squeeze } from './text'
import type { CellValue, ImportField, ImportIssue, NormalisedSuggestionRow, OversizeCell, UnitRef } from './types'
import type { UnitResolver } from './units'

export interface RowContext {
  mapping: Partial<Record<ImportField, number>>
  labels: string[]
  session: string | null
  /** Null when no directory was given: units are kept as written, unchecked. */
  units: UnitResolver | null
  sessionYear: number | null
  /** Oversize cells of this row (from the reader). */
  oversize: OversizeCell[]
  cellLimit: number
}

export type RowOutcome =
  | { kind: 'skip'; reason: 'blank' | 'totals' }
  | { kind: 'row'; record: NormalisedSuggestionRow | null; errors: ImportIssue[]; warnings: ImportIssue[] }

const TOTALS = /^(合计|总计|小计|共计)/

const YES = new Set(['是', '公开', '主动公开', '重点', '重点建议', 'y', 'yes', 'true', '1', '√', '✓', '✔'])
const NO = new Set(['否', '不公开', '不予公开', '非重点', '一般', 'n', 'no', 'false', '0', '×', '✗', '✘'])

function parseFlag(value: CellValue): boolean | null | 'unreadable' {
  if (typeof value === 'boolean') return value
  const text = squeeze(value).toLowerCase()
  if (text === '') return null
  if (YES.has(text)) return true
  if (NO.has(text)) return false
  return 'unreadable'
}

export function normaliseRow(cells: CellValue[], rowNumber: number, ctx: RowContext): RowOutcome {
  const cell = (field: ImportField): CellValue => {
    const index = ctx.mapping[field]
    return index === undefined ? null : (cells[index] ?? null)
  }
  const mappedIndexes = Object.values(ctx.mapping)
  if (mappedIndexes.every((i) => cleanText(cells[i] ?? null) === '')) return { kind: 'skip', reason: 'blank' }
  const leading = [cells[0], cells[1], cells[2], cell('number'), cell('title')]
  if (leading.some((v) => TOTALS.test(squeeze(v ?? null)))) return { kind: 'skip', reason: 'totals' }

  const errors: ImportIssue[] = []
  const warnings: ImportIssue[] = []

  for (const big of ctx.oversize) {
    errors.push({
      code: 'cell-too-long',
      params: { column: ctx.labels[big.col] || columnName(big.col), length: big.length, max: ctx.cellLimit },
    })
  }

  const numberCell = cell('number')
  const parsedNumber = normaliseSuggestionNumber(numberCell, ctx.sessionYear)
  if (cleanText(numberCell) === '') errors.push({ code: 'missing-number' })
  else if (!parsedNumber) errors.push({ code: 'bad-number', params: { value: cleanText(numberCell) } })
  else if (parsedNumber.yearPrefix !== null) {
    warnings.push({
      code: 'number-year-prefix',
      params: { value: parsedNumber.numberText, number: parsedNumber.number },
    })
  }

  const title = cleanText(cell('title'))
  if (title === '') errors.push({ code: 'missing-title' })

  const lead = parseLeadDeputy(cell('leadDeputy'))
  if (!lead) errors.push({ code: 'missing-lead-deputy' })
  const coSigners = [...(lead?.extraSigners ?? []), ...parseCoSigners(cell('coSigners'))]
  if (lead && lead.extraSigners.length > 0) {
    warnings.push({ code: 'lead-deputy-list', params: { lead: lead.leadDeputy, others: lead.extraSigners.join('、') } })
  }

  const dateCell = cell('receivedOn')
  const receivedOn = parseDay(dateCell)
  if (cleanText(dateCell) === '') {
    if (ctx.mapping.receivedOn !== undefined) warnings.push({ code: 'missing-date' })
  } else if (receivedOn === null) errors.push({ code: 'bad-date', params: { value: cleanText(dateCell) } })

  const flags = { public: parseFlag(cell('public')), key: parseFlag(cell('key')) }
  for (const field of ['public', 'key'] as const) {
    if (flags[field] === 'unreadable') {
      warnings.push({ code: 'bad-flag', params: { field, value: cleanText(cell(field)) } })
    }
  }

  const leadList = splitListWithOthers(cell('leadUnit'))
  const coList = splitListWithOthers(cell('coUnits'))
  const resolve = (text: string): UnitRef =>
    ctx.units ? ctx.units.resolve(text) : { text, unitId: null, name: null, candidates: [] }
  const leadUnits = leadList.items.map(resolve)
  const coUnits = coList.items.map(resolve)
  if (leadUnits.length > 1) {
    warnings.push({ code: 'several-lead-units', params: { units: leadUnits.map((u) => u.text).join('、') } })
  }
  for (const unit of [...leadUnits, ...coUnits]) {
    if (ctx.units && unit.unitId === null) warnings.push(unknownUnit(unit))
  }

  const session = cleanText(cell('session')) || ctx.session
  if (errors.length > 0 || !parsedNumber || !lead) return { kind: 'row', record: null, errors, warnings }

  const record: NormalisedSuggestionRow = {
    rowNumber,
    session,
    numberText: parsedNumber.numberText,
    number: parsedNumber.number,
    numberSort: parsedNumber.numberSort,
    title,
    content: cleanParagraphs(cell('content')),
    leadDeputy: lead.leadDeputy,
    coSigners,
    signerCount: lead.signerCount,
    delegation: cleanText(cell('delegation')) || null,
    category: cleanText(cell('category')) || null,
    receivedOn,
    public: flags.public === 'unreadable' ? null : flags.public,
    key: flags.key === true,
    leadUnit: leadUnits[0] ?? null,
    otherLeadUnits: leadUnits.slice(1),
    coUnits,
    unitsAndOthers: leadList.andOthers || coList.andOthers,
  }
  return { kind: 'row', record, errors, warnings }
}

function unknownUnit(unit: UnitRef): ImportIssue {
  return { code: 'unknown-unit', params: { unit: unit.text, candidates: unit.candidates.join('、') } }
}

/** Excel column letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = ''
  let n = index + 1
  while (n > 0) {
    const rest = (n - 1) % 26
    name = String.fromCharCode(65 + rest) + name
    n = Math.floor((n - 1) / 26)
  }
  return name
}
