/**
 * Document numbers (发文字号) of reply letters, e.g. `X建复〔2025〕12号` (GB/T 9704-2012 7.2.4: the year in
 * hexagonal brackets 〔〕, no 第 before the serial number, no leading zeros).
 *
 * Owns: `formatDocumentNumber`, `parseDocumentNumber` (lenient: reads the common wrong forms), and
 * `validateDocumentNumber` (strict: says what is wrong and what the right form is), `nextDocumentSequence`.
 */
import type { Result } from './model'
import { err, ok } from './model'

export interface DocumentNumber {
  /** Issuing unit's code (机关代字), e.g. `X建复`. */
  prefix: string
  year: number
  seq: number
}

/** `formatDocumentNumber('X建复', 2025, 12)` → `X建复〔2025〕12号`. Throws `RangeError` for a bad year or serial. */
export function formatDocumentNumber(prefix: string, year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Bad year: ${year}`)
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Bad serial number: ${seq}`)
  return `${prefix.trim()}〔${year}〕${seq}号`
}

// Brackets people type instead of 〔〕: [] ［］ 【】 () （） ﹝﹞ 〈〉 and the look-alike 〖〗.
const OPEN = '〔[［【(（﹝〈〖'
const CLOSE = '〕]］】)）﹞〉〗'
const LENIENT = new RegExp(
  `^(.*?)\\s*[${escapeForClass(OPEN)}]\\s*(\\d{4})\\s*[${escapeForClass(CLOSE)}]\\s*(第?)\\s*(\\d+)\\s*号$`,
  'u',
)

function escapeForClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&')
}

/**
 * Reads a document number written in any common way (wrong brackets, `第`, leading zeros, full-width digits,
 * spaces). Errors: `document-number-empty`, `document-number-format` {text}, `document-number-serial-zero`.
 */
export function parseDocumentNumber(text: string): Result<DocumentNumber> {
  const t = text.trim()
  if (t === '') return err({ code: 'document-number-empty' })
  // Only digits are folded to half-width: the prefix is kept exactly as the unit writes it.
  const digitsFolded = t.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  const m = LENIENT.exec(digitsFolded)
  const prefix = m?.[1]?.trim() ?? ''
  if (!m || prefix === '') return err({ code: 'document-number-format', params: { text: t } })
  const seq = Number(m[4])
  if (seq < 1) return err({ code: 'document-number-serial-zero' })
  return ok({ prefix, year: Number(m[2]), seq })
}

/**
 * Accepts only the standard form. Besides `parseDocumentNumber`'s errors: `document-number-not-standard`
 * {text, expected} when the number is readable but written another way (brackets, 第, leading zeros, spaces).
 */
export function validateDocumentNumber(text: string): Result<DocumentNumber> {
  const parsed = parseDocumentNumber(text)
  if (!parsed.ok) return parsed
  const { prefix, year, seq } = parsed.value
  const expected = formatDocumentNumber(prefix, year, seq)
  if (text !== expected) return err({ code: 'document-number-not-standard', params: { text, expected } })
  return parsed
}

/** The next serial number for `prefix` and `year` among existing numbers (unreadable ones ignored); 1 if none. */
export function nextDocumentSequence(existing: readonly (string | null)[], prefix: string, year: number): number {
  let max = 0
  for (const text of existing) {
    if (!text) continue
    const p = parseDocumentNumber(text)
    if (p.ok && p.value.prefix === prefix.trim() && p.value.year === year) max = Math.max(max, p.value.seq)
  }
  return max + 1
}
