/**
 * Cell text as a person reads it: ordinary, full-width (U+3000) and no-break spaces trimmed, full-width ASCII
 * folded to half-width where it matters (digits, punctuation in numbers and dates), lists split on the
 * separators people actually type.
 */
import type { CellValue } from './types'

const SPACES = /[\s\u3000\u00a0\ufeff\u200b]+/g

const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]'
/** A space between two Chinese characters is a typing slip (`老旧小区\u3000改造`), never a word break. */
const SPACE_BETWEEN_CJK = new RegExp(`(${CJK}) (?=${CJK})`, 'g')

/**
 * Trims every kind of space at both ends, collapses runs inside to one ordinary space and drops spaces between
 * two Chinese characters.
 */
export function cleanText(value: CellValue): string {
  if (value === null) return ''
  const text = typeof value === 'string' ? value : String(value)
  return text.replace(SPACES, ' ').trim().replace(SPACE_BETWEEN_CJK, '$1')
}

/** Like `cleanText` but keeps line breaks between paragraphs (suggestion content). */
export function cleanParagraphs(value: CellValue): string {
  if (value === null) return ''
  return String(value)
    .split(/\r\n|\r|\n/)
    .map((line) => cleanText(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Removes every space, for labels and names where spaces are noise (`建 议 号`, `王\u3000某`). */
export function squeeze(value: CellValue): string {
  return cleanText(value).replace(/ /g, '')
}

/** Full-width digits, letters and common punctuation (０-９, Ａ-Ｚ, ／, －, ．) to half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

export function isBlank(value: CellValue): boolean {
  return cleanText(value) === ''
}

const LIST_SEPARATORS = /[、，,；;\n\r/]+/

/** Splits `A、B，C；D` (and line breaks) into trimmed, non-empty items. */
export function splitList(value: CellValue): string[] {
  const text = value === null ? '' : String(value)
  return text
    .split(LIST_SEPARATORS)
    .map((item) => squeeze(item))
    .filter((item) => item !== '')
}

/** A list whose last item ends with 等 (`A、B等`): the items without it, and whether it was there. */
export function splitListWithOthers(value: CellValue): { items: string[]; andOthers: boolean } {
  const items = splitList(value)
  const last = items[items.length - 1]
  if (last === undefined) return { items, andOthers: false }
  if (last === '等') return { items: items.slice(0, -1), andOthers: true }
  if (last.endsWith('等') && last.length > 1) {
    return { items: [...items.slice(0, -1), last.slice(0, -1)], andOthers: true }
  }
  return { items, andOthers: false }
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** Arabic or Chinese numerals up to 999 (`11`, `十一`, `二十`, `一百零五`); null when not a number. */
export function parseSmallNumber(text: string): number | null {
  const half = toHalfWidth(text.trim())
  if (/^\d+$/.test(half)) return Number(half)
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(half)) return null
  let total = 0
  let current = 0
  for (const ch of half) {
    if (ch === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (ch === '十') {
      total += (current || 1) * 10
      current = 0
    } else {
      current = CHINESE_DIGITS[ch] ?? 0
    }
  }
  return total + current
}
