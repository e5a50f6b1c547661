/**
 * Days and instants as people read them: `2026年2月24日` in Chinese (GB/T 9704 style, no leading zeros),
 * `24 Feb 2026` in English.
 */
import dayjs from 'dayjs'
import { formatChineseDate, isValidIsoDate } from '@shared/domain/dates'
import type { IsoDate, IsoInstant } from '@shared/domain/model'

export function formatDay(date: IsoDate, language: string): string {
  if (!isValidIsoDate(date)) return date
  return language.startsWith('zh') ? formatChineseDate(date) : dayjs(date).format('D MMM YYYY')
}

/** Local date and time of an instant: `2026-02-12 09:30`. */
export function formatInstant(at: IsoInstant): string {
  const d = dayjs(at)
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : at
}
