/**
 * Suggested names of sessions (届次/会次) and the pasted-date reader of the holiday editor: small pure helpers
 * of the settings screens, kept apart from the components so they can be tested in Node.
 */
import { addDays, compareDates, isValidIsoDate } from '@shared/domain/dates'
import type { IsoDate } from '@shared/domain/model'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1–99 in Chinese numerals as used in session names: 4 → 四, 10 → 十, 17 → 十七, 21 → 二十一. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n)
  if (n < 10) return DIGITS[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

/**
 * The customary name of a session: `市十七届人大四次会议`, or `2026年闭会期间` between sessions. `level` is the
 * congress's level prefix (市, 区, 县 …).
 */
export function suggestedSessionName(input: {
  kind: 'session' | 'interim'
  term: number | null
  meeting: number | null
  year: number | null
  level?: string
}): string {
  if (input.kind === 'interim') return input.year ? `${input.year}年闭会期间` : '闭会期间'
  const level = input.level ?? '市'
  const term = input.term ? `${chineseNumber(input.term)}届` : ''
  const meeting = input.meeting ? `${chineseNumber(input.meeting)}次会议` : ''
  return `${level}${term}人大${meeting}`
}

export interface PastedDates {
  dates: IsoDate[]
  /** Pieces of the text that are not a date or a range of dates. */
  unreadable: string[]
}

const RANGE = /^(\d{4}-\d{1,2}-\d{1,2})(?:~|～|至|\.\.|—|–)(\d{4}-\d{1,2}-\d{1,2})$/

function normalise(raw: string): IsoDate | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw)
  if (!m) return null
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  return isValidIsoDate(date) ? date : null
}

/**
 * Reads dates pasted from a notice or a spreadsheet: one or more per line, separated by spaces, commas or 、;
 * `2027-10-01~2027-10-07` (also `至`, `..`) is a range. `2027/1/1` and `2027年1月1日` are accepted. Dates are
 * returned sorted and without repeats.
 */
export function parsePastedDates(text: string): PastedDates {
  const dates = new Set<IsoDate>()
  const unreadable: string[] = []
  for (const token of text.split(/[\s,，、;；]+/).filter((t) => t !== '')) {
    const range = RANGE.exec(token.replace(/\//g, '-'))
    if (range) {
      const from = normalise(range[1]!)
      const to = normalise(range[2]!)
      if (from && to && compareDates(from, to) <= 0) {
        for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) dates.add(d)
        continue
      }
      unreadable.push(token)
      continue
    }
    const single = normalise(token)
    if (single) dates.add(single)
    else unreadable.push(token)
  }
  return { dates: [...dates].sort(), unreadable }
}
