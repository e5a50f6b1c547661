/**
 * Issue 5: the deadline calendar's month view (期限日历) with 10,000 due dates — `buildMonthModel` (the 42 days of
 * October 2026 with their items sorted, counts per kind, urgency and 休/班 marks) against a plain grouping of the
 * same items by day. The items are generated in the bench page (no database needed); every one falls on the
 * month's grid. Prints "not measured" while features/calendar/monthModel.ts does not exist.
 */
export const name = 'calendar'
export const description = 'calendar month view model with 10,000 due dates'

const SIZE = 10_000
const WARMUP = 2

export async function run(ctx) {
  const t = await ctx.page.evaluate((o) => window.benchBoard.calendarMonth(o), {
    size: SIZE,
    reps: ctx.reps,
    warmup: WARMUP,
  })
  if (!t) {
    const note = 'not measured: calendar month model not built'
    ctx.log(`calendar_month_10k_ms: ${note}`)
    return { calendar_month_10k_ms: { value: null, note, unit: 'ms', baseline: null, ratio: null } }
  }
  ctx.log(
    `calendar month 2026-10: ${Object.entries(t.hits)
      .map(([k, n]) => `${k} ${n}`)
      .join(' · ')}`,
  )
  const value = ctx.median(t.store)
  const baseline = ctx.median(t.baseline)
  return {
    calendar_month_10k_ms: { value, unit: 'ms', baseline, ratio: baseline > 0 ? value / baseline : null },
  }
}
