/**
 * Days as people type them in lists: an Excel date (already `YYYY-MM-DD` from the reader), an Excel serial
 * number that lost its date format, `2025年1月15日`, `2025.1.15`, `2025/1/15`, `2025-01-15`, `20250115`,
 * optionally followed by a time, which is dropped.
 */
import type { IsoDate } from '../domain/model'
import { cleanText, toHalfWidth } from './text'
import type { CellValue } from './types'

const DAY_PATTERNS = [
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/,
  /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?:$|[\sT])/,
  /^(\d{4})(\d{2})(\d{2})$/,
]

/** Excel's day 0 is 1899-12-30 (it counts the fictitious 1900-02-29). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/** Returns null for text that is not a real calendar day (`2025-02-30`, `下周`). */
export function parseDay(value: CellValue): IsoDate | null {
  if (value === null || typeof value === 'boolean') return null
  if (typeof value === 'number') return fromExcelSerial(value)
  const text = toHalfWidth(cleanText(value))
  if (text === '') return null
  for (const pattern of DAY_PATTERNS) {
    const match = pattern.exec(text)
    if (match) return checkedDay(Number(match[1]), Number(match[2]), Number(match[3]))
  }
  return null
}

function fromExcelSerial(serial: number): IsoDate | null {
  // 1 (1900-01-01) … 2958465 (9999-12-31); a list of suggestions has nothing before 1990 (serial 32874).
  if (!Number.isFinite(serial) || serial < 32874 || serial > 2958465) return null
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS)
  return checkedDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

function checkedDay(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
