/**
 * Plain-text rules shared by the workbook writer and reader: what may go into a cell, and how people write days
 * in spreadsheets. Pure functions, no exceljs.
 *
 * Excel and WPS refuse a workbook whose XML holds control characters or lone surrogates, and a cell holds at
 * most 32,767 characters; `cleanCellText` makes any string safe to write. `parseDayText` accepts the ways dates
 * are typed in offices (2025-06-10, 2025/6/10, 2025.6.10, 2025年6月10日, 20250610) and rejects impossible days.
 */
import type { IsoDate } from '../domain/model'

export const MAX_CELL_TEXT = 32767

// Characters XML 1.0 forbids (C0 controls except tab and newline, U+FFFE/U+FFFF) and unpaired surrogates.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A string safe for an .xlsx cell: invalid XML characters removed, line ends as `\n`, at most 32,767 characters. */
export function cleanCellText(text: string): string {
  let clean = text.replace(/\r\n?/g, '\n').replace(INVALID_XML, '')
  if (clean.length > MAX_CELL_TEXT) clean = clean.slice(0, MAX_CELL_TEXT)
  return clean
}

/** Full-width digits and letters (Ａ, ０) to ASCII; full-width space to space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** True when y-m-d is a real calendar day. */
function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

export function isoDay(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Parses a day typed into a cell; null when it is not a real day in a recognised form. */
export function parseDayText(text: string): IsoDate | null {
  const t = toHalfWidth(text).trim()
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t)
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return isRealDay(year, month, day) ? isoDay(year, month, day) : null
}

/** Splits an IsoDate into numbers; null when malformed. */
export function splitIsoDay(date: IsoDate): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return isRealDay(year, month, day) ? { year, month, day } : null
}
