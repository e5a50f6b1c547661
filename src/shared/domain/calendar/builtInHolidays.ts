/**
 * The built-in holiday data: the State Council's yearly notices as packaged by `chinese-days` (MIT).
 *
 * Owns: `builtInHolidayYears()`, the package's data turned into `HolidayYear` records (source 'built-in').
 *
 * Design: the package's JavaScript entry is CommonJS/UMD and carries lunar-calendar code we do not need, and its
 * helpers fall back silently to weekday rules for years it does not know. We import only its published JSON
 * (`dist/chinese-days.json`, documented in its README as a supported artefact) — a plain JSON import works the
 * same under vite/electron-vite (bundled) and vitest/Node, with no CommonJS interop question. The JSON maps each
 * day to `"English name,中文名,days"`: `holidays` are days off (weekend days inside a holiday included), `workdays`
 * are make-up working days (调休上班, all on weekends). Days are grouped by their own year.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json'
import type { HolidayYear, IsoDate } from '../model'

interface ChineseDaysJson {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

const data: ChineseDaysJson = chineseDaysData

function chineseName(value: string): string | null {
  const name = value.split(',')[1]?.trim()
  return name ? name : null
}

let cache: HolidayYear[] | null = null

/** One record per year the package covers (2004–2026 in chinese-days 1.5.7), ascending by year. */
export function builtInHolidayYears(): HolidayYear[] {
  if (!cache) {
    const byYear = new Map<number, HolidayYear>()
    const yearFor = (date: IsoDate): HolidayYear => {
      const year = Number(date.slice(0, 4))
      let entry = byYear.get(year)
      if (!entry) {
        entry = {
          year,
          holidays: [],
          workdays: [],
          names: {},
          source: 'built-in',
          updatedAt: null,
          note: 'chinese-days',
        }
        byYear.set(year, entry)
      }
      return entry
    }
    const add = (list: 'holidays' | 'workdays', days: Record<string, string>): void => {
      for (const [date, value] of Object.entries(days)) {
        const entry = yearFor(date)
        entry[list].push(date)
        const name = chineseName(value)
        if (name && entry.names) entry.names[date] = name
      }
    }
    add('holidays', data.holidays)
    add('workdays', data.workdays)
    cache = [...byYear.values()]
      .map((y) => ({ ...y, holidays: [...y.holidays].sort(), workdays: [...y.workdays].sort() }))
      .sort((a, b) => a.year - b.year)
  }
  // Callers may edit what they get (the settings screen starts from a built-in year); keep the cache pristine.
  return cache.map((y) => ({ ...y, holidays: [...y.holidays], workdays: [...y.workdays], names: { ...y.names } }))
}
