/** Working-day data per year as loaded or edited by an administrator. */
import type { HolidayYear } from '@shared/domain/model'
import type { SuggestionDb } from '../db'

export async function listHolidayYears(db: SuggestionDb): Promise<HolidayYear[]> {
  return db.holidayYears.orderBy('year').toArray()
}

export async function getHolidayYear(db: SuggestionDb, year: number): Promise<HolidayYear | undefined> {
  return db.holidayYears.get(year)
}

export async function putHolidayYear(db: SuggestionDb, year: HolidayYear): Promise<void> {
  await db.holidayYears.put(year)
}
