/**
 * Suggestion numbers in import cells, delegating to the domain's `normaliseSuggestionNumber`
 * (src/shared/domain/numbers.ts) so an imported number matches a stored one exactly. Adds what cells need:
 * Excel numbers (integers only — `12.5` is not a number someone typed as `12-5`), the text kept for display,
 * and whether a bare year prefix was removed (worth a warning).
 */
import { normaliseSuggestionNumber as normaliseDomainNumber } from '../domain/numbers'
import { squeeze, toHalfWidth } from './text'
import type { CellValue } from './types'

export interface NormalisedNumber {
  /** As written, cleaned of spaces. */
  numberText: string
  /** As the domain normalises it: `123`, `A-12`, `12-1`. */
  number: string
  numberSort: number
  /** The session year removed from a bare `2017546`, else null. */
  yearPrefix: string | null
}

/** Null when the cell holds no recognisable number (`abc`, `第十二号`, empty, `12.5`). */
export function normaliseSuggestionNumber(value: CellValue, sessionYear?: number | null): NormalisedNumber | null {
  if (value === null || typeof value === 'boolean') return null
  if (typeof value === 'number' && (!Number.isSafeInteger(value) || value < 0)) return null
  const numberText = typeof value === 'number' ? String(value) : squeeze(value)
  if (numberText === '') return null
  const result = normaliseDomainNumber(numberText, sessionYear)
  if (!result.ok) return null
  const digits = toHalfWidth(numberText)
  const year = sessionYear != null ? String(sessionYear) : null
  const yearPrefix =
    year !== null && /^\d+$/.test(digits) && digits.length > year.length && digits.startsWith(year) ? year : null
  return { numberText, number: result.value.number, numberSort: result.value.sort, yearPrefix }
}
