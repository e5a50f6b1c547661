/**
 * The grid of the deadline calendar: weekday header, then one cell per day with the day number, 休 / 班 (holiday
 * name on hover), the number of items coloured by urgency, and the counts per kind. A cell is a button: click or
 * Enter selects the day.
 */
import { Tooltip } from 'antd'
import { memo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { dueKinds } from '@shared/domain/dueItems'
import type { IsoDate } from '@shared/domain/model'
import { kindDotColours, urgencyStyles } from './dueColours'
import type { CalendarDay } from './monthModel'

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
/** Kinds listed in a month cell before "+N". */
const MAX_KINDS_MONTH = 4

export interface CalendarGridProps {
  weeks: CalendarDay[][]
  selected: IsoDate | null
  onSelect: (date: IsoDate) => void
  variant: 'month' | 'week'
  formatDay: (date: IsoDate) => string
}

export function CalendarGrid({ weeks, selected, onSelect, variant, formatDay }: CalendarGridProps) {
  const { t } = useTranslation('calendar')
  return (
    <div className={`cal-grid cal-grid-${variant}`} role="grid" data-testid="calendar-grid">
      {WEEKDAYS.map((w, i) => (
        <div key={w} role="columnheader" className={`cal-weekday${i >= 5 ? ' cal-weekday-weekend' : ''}`}>
          {t(`weekdays.${w}`)}
        </div>
      ))}
      {weeks.flat().map((day) => (
        <DayCell
          key={day.date}
          day={day}
          selected={day.date === selected}
          onSelect={onSelect}
          maxKinds={variant === 'month' ? MAX_KINDS_MONTH : dueKinds.length}
          label={t('cell.ariaLabel', { date: formatDay(day.date), count: day.items.length })}
        />
      ))}
    </div>
  )
}

interface DayCellProps {
  day: CalendarDay
  selected: boolean
  onSelect: (date: IsoDate) => void
  maxKinds: number
  label: string
}

const DayCell = memo(function DayCell({ day, selected, onSelect, maxKinds, label }: DayCellProps) {
  const { t } = useTranslation(['calendar', 'workflow'])
  const kinds = dueKinds.filter((k) => (day.counts[k] ?? 0) > 0)
  const shown = kinds.slice(0, maxKinds)
  const style = day.urgency ? urgencyStyles[day.urgency] : null
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onSelect(day.date)
    }
  }
  const markName =
    day.mark === 'holiday'
      ? t('marks.holidayTitle', { name: day.markName ?? t('marks.unnamedHoliday') })
      : t('marks.makeUpTitle', { name: day.markName ?? t('marks.unnamedMakeUp') })
  const classes = [
    'cal-cell',
    day.inMonth ? '' : 'cal-cell-outside',
    selected ? 'cal-cell-selected' : '',
    day.isToday ? 'cal-today' : '',
  ]
  return (
    <div
      role="gridcell"
      tabIndex={0}
      aria-selected={selected}
      aria-label={label}
      className={classes.filter(Boolean).join(' ')}
      data-testid={`calendar-day-${day.date}`}
      data-mark={day.mark ?? undefined}
      data-count={day.items.length}
      data-urgency={day.urgency ?? undefined}
      onClick={() => onSelect(day.date)}
      onKeyDown={onKey}
      style={style && day.inMonth ? { background: style.background } : undefined}
    >
      <div className="cal-cell-head">
        <span className={`cal-daynum${day.weekend && day.mark !== 'make-up-workday' ? ' cal-daynum-weekend' : ''}`}>
          {day.dayOfMonth}
        </span>
        {day.mark && (
          <Tooltip title={markName}>
            <span className={`cal-mark cal-mark-${day.mark}`} data-testid="day-mark" aria-label={markName}>
              {day.mark === 'holiday' ? t('marks.holiday') : t('marks.makeUp')}
            </span>
          </Tooltip>
        )}
        {day.items.length > 0 && (
          <span
            className="cal-count"
            data-testid="day-count"
            style={style ? { color: style.text, borderColor: style.border, background: '#ffffff' } : undefined}
          >
            {t('cell.count', { count: day.items.length })}
          </span>
        )}
      </div>
      {day.mark && day.markName && <div className="cal-mark-name">{day.markName}</div>}
      {shown.length > 0 && (
        <div className="cal-kinds">
          {shown.map((k) => (
            <span key={k} className="cal-kind" data-kind={k}>
              <span className="cal-kind-dot" style={{ background: kindDotColours[k] }} />
              {t(`kindsShort.${k}`)}
              <span className="cal-kind-count">{day.counts[k]}</span>
            </span>
          ))}
          {kinds.length > shown.length && (
            <span className="cal-kind">{t('cell.more', { count: kinds.length - shown.length })}</span>
          )}
        </div>
      )}
    </div>
  )
})
