/**
 * Editing one year's working-day data: paste the dates of the State Council notice (ranges allowed) or click
 * days in the grid (a weekday toggles 休; a weekend day goes 班 → 休 → ordinary). The draft is checked with
 * `validateHolidayYear`; applying first shows which open due dates would move (ApplyHolidayYearModal).
 */
import { useMemo, useState } from 'react'
import { Alert, Button, Card, Col, Flex, Input, Row, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HolidayYear, IsoDate } from '@shared/domain/model'
import { isWeekend } from '@shared/domain/dates'
import { builtInHolidayYears, createWorkingDayCalendar, validateHolidayYear } from '@shared/domain/calendar'
import { useErrorText } from './errorText'
import { parsePastedDates } from './sessionNaming'
import { Legend, YearGrid } from './YearGrid'
import { ApplyHolidayYearModal } from './ApplyHolidayYearModal'

export interface HolidayYearEditorProps {
  year: number
  /** The data in force now (administrator's, else built-in), or null. */
  inForce: HolidayYear | null
  builtIn: HolidayYear | null
  adminYear: HolidayYear | null
  /** All administrator years (to build the calendar after the change). */
  stored: HolidayYear[]
  onDone: () => void
}

const sorted = (s: Set<IsoDate>) => [...s].sort()

export function HolidayYearEditor(props: HolidayYearEditorProps) {
  const { t } = useTranslation('settings')
  const errorText = useErrorText()
  const { year, inForce } = props
  const [holidays, setHolidays] = useState(() => new Set(inForce?.holidays ?? []))
  const [workdays, setWorkdays] = useState(() => new Set(inForce?.workdays ?? []))
  const [pasteHolidays, setPasteHolidays] = useState('')
  const [pasteWorkdays, setPasteWorkdays] = useState('')
  const [unreadable, setUnreadable] = useState<string[]>([])
  const [applying, setApplying] = useState<HolidayYear | 'revert' | null>(null)

  const draft: HolidayYear = {
    year,
    holidays: sorted(holidays),
    workdays: sorted(workdays),
    names: inForce?.names ?? {},
    source: 'administrator',
    updatedAt: null,
    note: null,
  }
  const problems = validateHolidayYear(draft)
  const calendar = useMemo(
    () => createWorkingDayCalendar([...builtInHolidayYears(), ...props.stored.filter((y) => y.year !== year), draft]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [holidays, workdays, props.stored, year],
  )
  const changed = useMemo(() => {
    const before = new Set([
      ...(inForce?.holidays ?? []).map((d) => `h${d}`),
      ...(inForce?.workdays ?? []).map((d) => `w${d}`),
    ])
    const after = new Set([...[...holidays].map((d) => `h${d}`), ...[...workdays].map((d) => `w${d}`)])
    const out = new Set<IsoDate>()
    for (const k of before) if (!after.has(k)) out.add(k.slice(1))
    for (const k of after) if (!before.has(k)) out.add(k.slice(1))
    return out
  }, [inForce, holidays, workdays])

  const toggle = (date: IsoDate) => {
    const h = new Set(holidays)
    const w = new Set(workdays)
    if (isWeekend(date)) {
      // ordinary weekend → 班 → 休 → ordinary weekend
      if (w.has(date)) {
        w.delete(date)
        h.add(date)
      } else if (h.has(date)) h.delete(date)
      else w.add(date)
    } else if (h.has(date)) h.delete(date)
    else {
      h.add(date)
      w.delete(date)
    }
    setHolidays(h)
    setWorkdays(w)
  }

  const readPasted = () => {
    const bad: string[] = []
    if (pasteHolidays.trim()) {
      const parsed = parsePastedDates(pasteHolidays)
      setHolidays(new Set(parsed.dates))
      bad.push(...parsed.unreadable)
    }
    if (pasteWorkdays.trim()) {
      const parsed = parsePastedDates(pasteWorkdays)
      setWorkdays(new Set(parsed.dates))
      bad.push(...parsed.unreadable)
    }
    setUnreadable(bad)
  }

  const startFrom = (data: HolidayYear | null) => {
    setHolidays(new Set(data?.holidays ?? []))
    setWorkdays(new Set(data?.workdays ?? []))
  }

  return (
    <Flex vertical gap="middle" data-testid="holiday-editor">
      <Alert
        type="info"
        showIcon
        title={t('holidays.editor.title', { year })}
        description={t('holidays.editor.intro')}
      />
      <Card size="small" title={t('holidays.editor.pasteTitle')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Typography.Text>{t('holidays.editor.pasteHolidays')}</Typography.Text>
            <Input.TextArea
              aria-label={t('holidays.editor.pasteHolidays')}
              rows={3}
              value={pasteHolidays}
              onChange={(e) => setPasteHolidays(e.target.value)}
              placeholder={t('holidays.editor.pasteHolidaysPlaceholder', { year })}
            />
          </Col>
          <Col xs={24} md={12}>
            <Typography.Text>{t('holidays.editor.pasteWorkdays')}</Typography.Text>
            <Input.TextArea
              aria-label={t('holidays.editor.pasteWorkdays')}
              rows={3}
              value={pasteWorkdays}
              onChange={(e) => setPasteWorkdays(e.target.value)}
              placeholder={t('holidays.editor.pasteWorkdaysPlaceholder', { year })}
            />
          </Col>
        </Row>
        <Flex gap="small" style={{ marginTop: 8 }} wrap>
          <Button onClick={readPasted} disabled={!pasteHolidays.trim() && !pasteWorkdays.trim()}>
            {t('holidays.editor.readPasted')}
          </Button>
          {props.builtIn && (
            <Button onClick={() => startFrom(props.builtIn)}>{t('holidays.editor.startFromBuiltIn')}</Button>
          )}
          <Button onClick={() => startFrom(null)}>{t('holidays.editor.clear')}</Button>
        </Flex>
        {unreadable.length > 0 && (
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            showIcon
            title={t('holidays.editor.unreadable', { items: unreadable.join('  ') })}
          />
        )}
      </Card>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('holidays.editor.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.slice(0, 10).map((p, i) => (
                <li key={i}>{errorText(p)}</li>
              ))}
            </ul>
          }
          data-testid="holiday-problems"
        />
      )}
      <Legend editing />
      <YearGrid year={year} dayInfo={calendar.dayInfo} onToggle={toggle} changed={changed} />
      <Flex justify="space-between" wrap gap="small">
        <Space>
          {props.adminYear && (
            <Button danger onClick={() => setApplying('revert')}>
              {props.builtIn ? t('holidays.editor.revertToBuiltIn') : t('holidays.editor.removeYear')}
            </Button>
          )}
        </Space>
        <Space>
          <Typography.Text type="secondary">
            {t('holidays.editor.changedDays', { count: changed.size })}
          </Typography.Text>
          <Button onClick={props.onDone}>{t('actions.cancel')}</Button>
          <Button
            type="primary"
            disabled={problems.length > 0 || (changed.size === 0 && inForce !== null)}
            onClick={() => setApplying(draft)}
          >
            {t('holidays.editor.preview')}
          </Button>
        </Space>
      </Flex>
      {applying && (
        <ApplyHolidayYearModal
          year={year}
          after={applying === 'revert' ? null : applying}
          stored={props.stored}
          onClose={(applied) => {
            setApplying(null)
            if (applied) props.onDone()
          }}
        />
      )}
    </Flex>
  )
}
