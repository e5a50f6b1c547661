/**
 * Small rules every exported workbook follows: days become real Excel dates at UTC midnight (so no day shifts in
 * UTC+8), column widths count CJK characters double, sheet and file names are made legal for Excel, WPS and
 * Windows, and the finished workbook leaves as plain `Uint8Array` bytes in the browser and in Node alike.
 */
import type { Workbook } from 'exceljs'
import type { IsoDate } from '@shared/domain/model'
import { splitIsoDay } from '@shared/exchange/cellText'

/** A day as an Excel date: midnight UTC, which exceljs writes as a whole serial number. */
export function excelDate(date: IsoDate): Date | null {
  const d = splitIsoDay(date)
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null
}

/** The day of a date cell read back by exceljs (UTC midnight). */
export function isoDayOfExcelDate(date: Date): IsoDate {
  const p = (n: number): string => String(n).padStart(2, '0')
  return `${date.getUTCFullYear()}-${p(date.getUTCMonth() + 1)}-${p(date.getUTCDate())}`
}

/** East Asian wide and full-width characters (CJK, kana, hangul, full-width forms, CJK punctuation). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/

/** Display width in Excel character units of the longest line of `text`: wide characters count 2. */
export function displayWidth(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) {
    let w = 0
    for (const ch of line) w += WIDE.test(ch) ? 2 : 1
    if (w > widest) widest = w
  }
  return widest
}

const SHEET_FORBIDDEN = /[[\]:*?/\\]/g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F]/g
export const MAX_SHEET_NAME = 31

/**
 * A legal, unique sheet name: no `[]:*?/\`, no apostrophe at either end, at most 31 characters, and not equal
 * (ignoring case) to one in `taken`, which it joins.
 */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(CONTROL, '').replace(SHEET_FORBIDDEN, '_').trim()
  base = base.replace(/^'+|'+$/g, '').trim()
  if (base === '' || base.toLowerCase() === 'history') base = base === '' ? 'Sheet' : `${base}_`
  let candidate = base.slice(0, MAX_SHEET_NAME)
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = `(${n})`
    candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix
  }
  taken.add(candidate.toLowerCase())
  return candidate
}

/** A file name legal on Windows, macOS and Linux, ending in `.xlsx`. */
export function safeFileName(stem: string): string {
  // eslint-disable-next-line no-control-regex
  let clean = stem.replace(/[<>:"/\\|?*\u0000-\u001F]/g, '_').trim()
  clean = clean.replace(/[. ]+$/, '').slice(0, 150)
  if (clean === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(clean)) clean = `_${clean}`
  return `${clean}.xlsx`
}

/** The workbook as bytes. exceljs gives a Node Buffer in Node and an ArrayBuffer-like in the browser build. */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const data: unknown = await workbook.xlsx.writeBuffer()
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  throw new Error('exceljs returned no bytes')
}
