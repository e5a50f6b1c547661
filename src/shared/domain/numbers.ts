/**
 * Suggestion numbers (建议号) as real lists write them, normalised for matching and sorting.
 *
 * Owns: `normaliseSuggestionNumber`. The original text is kept for display by the caller (`Suggestion.numberText`).
 *
 * Decisions (DOMAIN.md: `第0123号`, `0123`, `123`, `2017546` all mean the same suggestion in their session):
 * - Full-width characters become half-width (NFKC); spaces are ignored; `第`, `号`/`號`, a trailing `建议`,
 *   and `No.`/`#` are wrappers, not part of the number.
 * - Leading zeros go: `0123` → `123` (all zeros → `0`).
 * - A year prefix goes: `〔2017〕546`, `(2017)546`, `2017年546号` always; a bare `2017546` or `2017-546` only when
 *   the session year is given and the digits start with it and go on (a bare number cannot otherwise be told
 *   from a large number).
 * - A letter series prefix is kept, upper-cased and joined with `-`: `A-012`, `a12`, `Ａ１２` → `A-12` (sort 12).
 *   Some offices number by category letter; dropping the letter would merge different suggestions.
 * - A sub-number is kept: `12-1` → `12-1` (sort 12.001), for suggestions split after registration.
 * - Chinese numerals (`第十二号`) are not read: the caller gets `number-no-digits` and the user types digits.
 * Errors: `number-empty` (nothing but spaces/wrappers), `number-no-digits`, `number-unrecognised` {text}.
 */
import type { Result } from './model'
import { err, ok } from './model'

export interface NormalisedNumber {
  /** Digits without leading zeros, optionally with a letter series (`A-12`) or a sub-number (`12-1`). */
  number: string
  /** Numeric sort key. */
  sort: number
}

const stripZeros = (digits: string): string => digits.replace(/^0+(?=\d)/, '')

export function normaliseSuggestionNumber(
  text: string | number,
  sessionYear?: number | null,
): Result<NormalisedNumber> {
  let s = String(text).normalize('NFKC').replace(/\s+/g, '')
  s = s.replace(/^(?:no\.?|#)/i, '')
  s = s.replace(/建议$/, '').replace(/[号號]$/, '')
  s = s.replace(/^第/, '')
  const bracketYear = /^(?:[〔[(【﹝]\d{4}[〕\])】﹞]|\d{4}年)(.*)$/.exec(s)
  if (bracketYear) s = (bracketYear[1] ?? '').replace(/^第/, '')
  if (s === '') return err({ code: 'number-empty' })
  if (!/\d/.test(s)) return err({ code: 'number-no-digits' })

  const year = sessionYear != null && Number.isInteger(sessionYear) ? String(sessionYear) : null

  if (/^\d+$/.test(s)) {
    const digits = year && s.length > year.length && s.startsWith(year) ? s.slice(year.length) : s
    const number = stripZeros(digits)
    return ok({ number, sort: Number(number) })
  }
  const series = /^([A-Za-z]+)[-‐‑–—_.·]?(\d+)$/.exec(s)
  if (series) {
    const digits = stripZeros(series[2] ?? '')
    return ok({ number: `${(series[1] ?? '').toUpperCase()}-${digits}`, sort: Number(digits) })
  }
  const pair = /^(\d+)[-‐‑–—_.·](\d+)$/.exec(s)
  if (pair) {
    const first = pair[1] ?? ''
    const second = stripZeros(pair[2] ?? '')
    if (year && first === year) return ok({ number: second, sort: Number(second) })
    const main = stripZeros(first)
    return ok({ number: `${main}-${second}`, sort: Number(main) + Math.min(Number(second), 999) / 1000 })
  }
  return err({ code: 'number-unrecognised', params: { text: String(text) } })
}
