/**
 * A year at a glance: twelve month grids (weeks start on Monday, as Chinese office calendars do) with 休 on days
 * off and 班 on make-up working days. When `onToggle` is given the days are buttons an administrator clicks to
 * change the draft year.
 */
import { Card, Col, Row, Space, Tag, Tooltip, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { daysInMonth, toIsoDate, weekday } from '@shared/domain/dates'
import type { IsoDate } from '@shared/domain/model'
import type { DayInfo } from '@shared/domain/calendar/workingDayCalendar'

export interface YearGridProps {
  year: number
  dayInfo: (date: IsoDate) => DayInfo
  /** Clicking a day (editing mode). */
  onToggle?: (date: IsoDate) => void
  /** Days that differ from the data in force (editing mode). */
  changed?: ReadonlySet<IsoDate>
}

export function YearGrid({ year, dayInfo, onToggle, changed }: YearGridProps) {
  const { t } = useTranslation('settings')
  const { token } = theme.useToken()
  const weekdays = t('holidays.weekdays').split(',')

  const cell = (date: IsoDate) => {
    const info = dayInfo(date)
    const day = Number(date.slice(8))
    const mark = info.kind === 'holiday' ? t('holidays.off') : info.kind === 'make-up-workday' ? t('holidays.work') : ''
    const colour =
      info.kind === 'holiday'
        ? token.colorError
        : info.kind === 'make-up-workday'
          ? token.colorPrimary
          : info.kind === 'weekend'
            ? token.colorTextTertiary
            : token.colorText
    const background =
      info.kind === 'holiday'
        ? token.colorErrorBg
        : info.kind === 'make-up-workday'
          ? token.colorPrimaryBg
          : 'transparent'
    const label = [date, mark && t(`holidays.kinds.${info.kind}`), info.name].filter(Boolean).join(' ')
    const content = (
      <span
        role={onToggle ? 'button' : undefined}
        tabIndex={onToggle ? 0 : undefined}
        aria-label={label}
        data-testid={`day-${date}`}
        data-kind={info.kind}
        onClick={onToggle ? () => onToggle(date) : undefined}
        onKeyDown={onToggle ? (e) => (e.key === 'Enter' || e.key === ' ') && onToggle(date) : undefined}
        style={{
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          height: 34,
          borderRadius: 4,
          cursor: onToggle ? 'pointer' : 'default',
          color: colour,
          background,
          outline: changed?.has(date) ? `2px dashed ${token.colorWarning}` : undefined,
          lineHeight: 1.1,
          fontSize: 12,
        }}
      >
        <span>{day}</span>
        <span style={{ fontSize: 10, fontWeight: 600, minHeight: 11 }}>{mark}</span>
      </span>
    )
    return info.name ? (
      <Tooltip title={info.name} mouseEnterDelay={0.3}>
        {content}
      </Tooltip>
    ) : (
      content
    )
  }

  const month = (m: number) => {
    const first = toIsoDate(year, m, 1)
    const lead = (weekday(first) + 6) % 7 // Monday first
    const days = daysInMonth(year, m)
    const cells: (IsoDate | null)[] = [...Array.from({ length: lead }, () => null)]
    for (let d = 1; d <= days; d++) cells.push(toIsoDate(year, m, d))
    while (cells.length % 7) cells.push(null)
    return (
      <Card
        size="small"
        title={t('holidays.month', { month: m })}
        data-testid={`month-${m}`}
        styles={{ body: { padding: 8 } }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' }}>
          {weekdays.map((w, i) => (
            <span key={w} style={{ fontSize: 11, color: i >= 5 ? token.colorTextTertiary : token.colorTextSecondary }}>
              {w}
            </span>
          ))}
          {cells.map((date, i) => (date ? <div key={date}>{cell(date)}</div> : <div key={`e${i}`} />))}
        </div>
      </Card>
    )
  }

  return (
    <Row gutter={[12, 12]} data-testid="year-grid">
      {Array.from({ length: 12 }, (_, i) => (
        <Col key={i} xs={24} sm={12} lg={8} xxl={6}>
          {month(i + 1)}
        </Col>
      ))}
    </Row>
  )
}

/** What 休 and 班 mean (and, when editing, what a click does). */
export function Legend({ editing }: { editing?: boolean }) {
  const { t } = useTranslation('settings')
  return (
    <Space wrap size="middle">
      <Tag color="error">{t('holidays.off')}</Tag>
      <Typography.Text type="secondary">{t('holidays.kinds.holiday')}</Typography.Text>
      <Tag color="processing">{t('holidays.work')}</Tag>
      <Typography.Text type="secondary">{t('holidays.kinds.make-up-workday')}</Typography.Text>
      {editing && <Typography.Text type="secondary">{t('holidays.clickHint')}</Typography.Text>}
    </Space>
  )
}
