/**
 * The clock, read in one place by the screens: `today` is the local business day (`YYYY-MM-DD`), `now` an ISO
 * instant. Domain code never reads the clock; screens pass these values in.
 */
import dayjs from 'dayjs'
import type { IsoDate, IsoInstant } from '@shared/domain/model'

export function todayIso(): IsoDate {
  return dayjs().format('YYYY-MM-DD')
}

export function nowIso(): IsoInstant {
  return new Date().toISOString()
}
