/**
 * 节假日: the working-day calendar of one year as month grids (休 / 班), where its data comes from (built-in State
 * Council data or an administrator), the years that have data, and a warning for a year without it (due dates
 * then fall back to Monday–Friday). An administrator can load or edit a year — paste dates or click days — and,
 * before anything is applied, sees which open due dates would move. Applying never changes stored due dates by
 * itself; afterwards the administrator is offered to recompute the listed ones (a logged action, with a reason).
 */
import { useMemo, useState } from 'react'
import { Alert, Button, Flex, Select, Space, Tag, Typography } from 'antd'
import { EditOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { HolidayYear } from '@shared/domain/model'
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import { getDb } from '../../store/db'
import { listHolidayYears } from '../../store/repositories/holidayYears'
import { todayIso } from '../common/clock'
import { Legend, YearGrid } from './YearGrid'
import { HolidayYearEditor } from './HolidayYearEditor'

export function HolidaysTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const thisYear = Number(todayIso().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [editing, setEditing] = useState(false)
  const stored = useLiveQuery(() => listHolidayYears(db), [db])
  const builtIn = useMemo(() => builtInHolidayYears(), [])
  const calendar = useMemo(
    () => (stored ? createWorkingDayCalendar([...builtIn, ...stored]) : undefined),
    [builtIn, stored],
  )

  if (!calendar || !stored) return null
  const inForce = calendar.holidayYear(year)
  const builtInYear = builtIn.find((y) => y.year === year) ?? null
  const adminYear = stored.find((y) => y.year === year) ?? null
  const yearsWithData = calendar.yearsWithData()
  const firstYear = builtIn[0]?.year ?? thisYear
  const yearOptions = Array.from({ length: thisYear + 3 - firstYear + 1 }, (_, i) => firstYear + i).reverse()

  return (
    <Flex vertical gap="middle" data-testid="settings-holidays">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap>
          <Typography.Text>{t('holidays.year')}</Typography.Text>
          <Select
            aria-label={t('holidays.year')}
            data-testid="holiday-year-select"
            value={year}
            style={{ width: 110 }}
            disabled={editing}
            onChange={setYear}
            options={yearOptions.map((y) => ({ value: y, label: String(y) }))}
          />
          <SourceTag data={inForce} />
          {inForce && (
            <Typography.Text type="secondary">
              {t('holidays.counts', { holidays: inForce.holidays.length, workdays: inForce.workdays.length })}
            </Typography.Text>
          )}
        </Space>
        {!editing && (
          <Button
            icon={<EditOutlined />}
            disabled={readOnly}
            onClick={() => setEditing(true)}
            type={inForce ? 'default' : 'primary'}
          >
            {inForce ? t('holidays.edit', { year }) : t('holidays.load', { year })}
          </Button>
        )}
      </Flex>
      {!inForce && (
        <Alert
          type="warning"
          showIcon
          title={t('holidays.noData', { year })}
          description={t('holidays.noDataDetail')}
          data-testid="holiday-no-data"
        />
      )}
      {editing ? (
        <HolidayYearEditor
          year={year}
          inForce={inForce}
          builtIn={builtInYear}
          adminYear={adminYear}
          stored={stored}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          <Legend />
          <YearGrid year={year} dayInfo={calendar.dayInfo} />
        </>
      )}
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('holidays.yearsWithData')}</Typography.Text>
        <Space size={[4, 4]} wrap data-testid="holiday-years-with-data">
          {yearsWithData.map((y) => {
            const admin = stored.some((s) => s.year === y)
            return (
              <Tag
                key={y}
                color={y === year ? 'processing' : admin ? 'gold' : 'default'}
                style={{ cursor: editing ? 'default' : 'pointer' }}
                onClick={() => !editing && setYear(y)}
              >
                {y}
                {admin ? ` · ${t('holidays.sources.administrator')}` : ''}
              </Tag>
            )
          })}
        </Space>
      </Flex>
    </Flex>
  )
}

function SourceTag({ data }: { data: HolidayYear | null }) {
  const { t } = useTranslation('settings')
  if (!data) return <Tag color="warning">{t('holidays.sources.none')}</Tag>
  if (data.source === 'built-in')
    return (
      <Tag color="green" data-testid="holiday-source">
        {t('holidays.sources.built-in')}
      </Tag>
    )
  return (
    <Tag color="gold" data-testid="holiday-source">
      {t('holidays.sources.administrator')}
      {data.updatedAt ? ` · ${data.updatedAt.slice(0, 10)}` : ''}
    </Tag>
  )
}
