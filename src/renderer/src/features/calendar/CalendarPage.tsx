/**
 * 期限日历 (#/calendar): a month or week grid of every open due date, with 休 / 班 from the working-day calendar,
 * filters by kind and unit, and a side panel listing the chosen day's items.
 *
 * The view lives in the address (`?view=month&month=2026-10&day=2026-10-01&kinds=reply,publish&unit=<id>`), so a
 * day can be linked to and the back button works. The grid is built by the pure `buildMonthModel` /
 * `buildWeekModel` (monthModel.ts) from the live due items of the store.
 */
import { Button, DatePicker, Flex, Segmented, Select, Space, Spin, Tooltip, Typography } from 'antd'
import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { addDays, isValidIsoDate } from '@shared/domain/dates'
import { dueKinds } from '@shared/domain/dueItems'
import type { DueKind, IsoDate } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { useDueData } from '../../store/dueQueries'
import { todayIso } from '../common/clock'
import { formatDay } from '../common/formatDay'
import { CalendarGrid } from './CalendarGrid'
import { DayPanel } from './DayPanel'
import { urgencyStyles } from './dueColours'
import { buildMonthModel, buildWeekModel, firstOfMonth, shiftMonth, weekStartOf } from './monthModel'
import './calendar.css'

type View = 'month' | 'week'
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export default function CalendarPage() {
  const { t, i18n } = useTranslation(['calendar', 'workflow'])
  const db = getDb()
  const data = useDueData(db)
  const today = useMemo(() => todayIso(), [])
  const [params, setParams] = useSearchParams()

  const view: View = params.get('view') === 'week' ? 'week' : 'month'
  const dayParam = params.get('day')
  const selected = dayParam && isValidIsoDate(dayParam) ? dayParam : null
  const monthParam = params.get('month')
  const month = monthParam && MONTH.test(monthParam) ? monthParam : (selected ?? today).slice(0, 7)
  const dateParam = params.get('date')
  const anchor: IsoDate = dateParam && isValidIsoDate(dateParam) ? dateParam : (selected ?? today)
  const kinds = useMemo(
    () => (params.get('kinds') ?? '').split(',').filter((k): k is DueKind => dueKinds.includes(k as DueKind)),
    [params],
  )
  const unitId = params.get('unit') || null

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key)
            else next.set(key, value)
          }
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )

  const day = useCallback((date: IsoDate) => formatDay(date, i18n.language), [i18n.language])

  const model = useMemo(() => {
    if (!data) return null
    const options = { kinds, unitId, today }
    return view === 'month'
      ? buildMonthModel(data.items, month, data.calendar, options)
      : { month: anchor.slice(0, 7), ...buildWeekModel(data.items, anchor, data.calendar, options) }
  }, [data, view, month, anchor, kinds, unitId, today])

  const selectedItems = useMemo(() => {
    if (!model || !selected) return []
    for (const week of model.weeks) for (const d of week) if (d.date === selected) return d.items
    // A day outside the grid (linked directly): filter the items themselves.
    return (data?.items ?? [])
      .filter((i) => i.date === selected && (kinds.length === 0 || kinds.includes(i.kind)))
      .filter((i) => !unitId || i.unitId === unitId)
  }, [model, selected, data, kinds, unitId])

  const unitOptions = useMemo(() => {
    if (!data) return []
    const used = new Set(data.items.map((i) => i.unitId).filter((u): u is string => u !== null))
    return [...data.units.values()]
      .filter((u) => used.has(u.id))
      .sort((a, b) => a.order - b.order)
      .map((u) => ({ value: u.id, label: u.name }))
  }, [data])

  if (!data || !model) {
    return (
      <Flex justify="center" style={{ padding: 64 }} data-testid="calendar-loading">
        <Spin tip={t('loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </Flex>
    )
  }

  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  const weekStart = weekStartOf(anchor)
  const title =
    view === 'month'
      ? t('toolbar.monthTitle', { year, month: monthNumber })
      : t('toolbar.weekTitle', { from: day(weekStart), to: day(addDays(weekStart, 6)) })
  const go = (n: number) => {
    if (view === 'month') update({ month: shiftMonth(month, n) })
    else {
      const next = addDays(anchor, 7 * n)
      update({ date: next, month: next.slice(0, 7) })
    }
  }
  const shownYear = view === 'month' ? year : Number(anchor.slice(0, 4))
  const fallback = !data.calendar.hasOfficialData(shownYear)

  return (
    <Flex vertical gap={16} data-testid="calendar-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space size={8} wrap>
          <Space.Compact>
            <Tooltip title={view === 'month' ? t('toolbar.previousMonth') : t('toolbar.previousWeek')}>
              <Button
                icon={<LeftOutlined />}
                aria-label={view === 'month' ? t('toolbar.previousMonth') : t('toolbar.previousWeek')}
                onClick={() => go(-1)}
              />
            </Tooltip>
            <Button onClick={() => update({ month: today.slice(0, 7), date: today, day: today })}>
              {t('toolbar.today')}
            </Button>
            <Tooltip title={view === 'month' ? t('toolbar.nextMonth') : t('toolbar.nextWeek')}>
              <Button
                icon={<RightOutlined />}
                aria-label={view === 'month' ? t('toolbar.nextMonth') : t('toolbar.nextWeek')}
                onClick={() => go(1)}
              />
            </Tooltip>
          </Space.Compact>
          <Typography.Title level={2} style={{ margin: '0 8px', fontSize: 20 }} data-testid="calendar-title">
            {title}
          </Typography.Title>
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={t('toolbar.pickMonth')}
            value={dayjs(firstOfMonth(view === 'month' ? month : anchor.slice(0, 7)))}
            onChange={(value) => {
              if (!value) return
              const m = value.format('YYYY-MM')
              update({ month: m, date: `${m}-01` })
            }}
            data-testid="calendar-month-picker"
          />
          <Segmented<View>
            value={view}
            onChange={(v) =>
              update(
                v === 'week'
                  ? { view: 'week', date: selected ?? (month === today.slice(0, 7) ? today : firstOfMonth(month)) }
                  : { view: null, month: anchor.slice(0, 7) },
              )
            }
            options={[
              { value: 'month', label: t('views.month') },
              { value: 'week', label: t('views.week') },
            ]}
            data-testid="calendar-view"
          />
        </Space>
        <Space size={8} wrap>
          <Select<DueKind[]>
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ minWidth: 220, maxWidth: 360 }}
            placeholder={t('toolbar.allKinds')}
            aria-label={t('toolbar.kinds')}
            value={kinds}
            onChange={(v) => update({ kinds: v.join(',') })}
            options={dueKinds.map((k) => ({ value: k, label: t(`workflow:dueKinds.${k}`) }))}
            data-testid="calendar-kinds"
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            placeholder={t('toolbar.allUnits')}
            aria-label={t('toolbar.unit')}
            value={unitId ?? undefined}
            onChange={(v) => update({ unit: v ?? null })}
            options={unitOptions}
            data-testid="calendar-unit"
          />
        </Space>
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" data-testid="calendar-total">
          {view === 'month'
            ? t('toolbar.total', { count: model.totalInMonth })
            : t('toolbar.weekTotal', { count: model.total })}
          {fallback && (
            <Typography.Text type="warning" style={{ marginLeft: 12 }}>
              {t('fallbackYear', { year: shownYear })}
            </Typography.Text>
          )}
        </Typography.Text>
        <div className="cal-legend">
          <span>{t('legend.title')}</span>
          {(['overdue', 'within5', 'within10', 'later'] as const).map((u) => (
            <span key={u}>
              <span
                className="cal-legend-swatch"
                style={{ background: urgencyStyles[u].background, borderColor: urgencyStyles[u].border }}
              />
              {t(`legend.${u}`)}
            </span>
          ))}
          <span>
            <span className="cal-mark cal-mark-holiday" style={{ width: 16, height: 16, fontSize: 11 }}>
              {t('marks.holiday')}
            </span>{' '}
            <span className="cal-mark cal-mark-make-up-workday" style={{ width: 16, height: 16, fontSize: 11 }}>
              {t('marks.makeUp')}
            </span>
          </span>
        </div>
      </Flex>
      <div className="cal-layout">
        <div className="cal-main">
          <CalendarGrid
            weeks={model.weeks}
            selected={selected}
            variant={view}
            formatDay={day}
            onSelect={(date) => update({ day: date, ...(view === 'week' ? { date } : {}) })}
          />
        </div>
        <div className="cal-side">
          <DayPanel
            date={selected}
            items={selectedItems}
            calendar={data.calendar}
            units={data.units}
            today={today}
            formatDay={day}
            onClose={() => update({ day: null })}
          />
        </div>
      </div>
    </Flex>
  )
}
