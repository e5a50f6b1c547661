/**
 * The last step before a year's working-day data is applied: what changes in the year, and every open due date
 * whose date would differ under the new calendar (old → new). Applying only stores the year; stored due dates
 * keep their dates — recomputing them is a separate, logged action.
 */
import { useMemo, useState } from 'react'
import { Alert, App, Descriptions, Flex, Modal, Table, Tag, Typography } from 'antd'
import { ArrowRightOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { HolidayYear } from '@shared/domain/model'
import {
  builtInHolidayYears,
  createWorkingDayCalendar,
  diffHolidayYears,
  dueDatesThatWouldMove,
  type DueDateMove,
} from '@shared/domain/calendar'
import { getDb } from '../../store/db'
import { putHolidayYear } from '../../store/repositories/holidayYears'
import { nowIso } from '../common/clock'
import { openDueDates, removeAdministratorYear, type OpenDueDate } from './settingsStore'

export interface ApplyHolidayYearModalProps {
  year: number
  /** The new data, or null to drop the administrator's data for the year (back to built-in or fallback). */
  after: HolidayYear | null
  stored: HolidayYear[]
  onClose: (applied: boolean) => void
}

export function ApplyHolidayYearModal({ year, after, stored, onClose }: ApplyHolidayYearModalProps) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const open = useLiveQuery(() => openDueDates(db), [db])
  const builtIn = useMemo(() => builtInHolidayYears(), [])

  const { moves, diff } = useMemo(() => {
    const before = createWorkingDayCalendar([...builtIn, ...stored])
    const others = stored.filter((y) => y.year !== year)
    const next = createWorkingDayCalendar([...builtIn, ...others, ...(after ? [after] : [])])
    const afterYear = next.holidayYear(year) ?? {
      year,
      holidays: [],
      workdays: [],
      source: 'built-in' as const,
      updatedAt: null,
      note: null,
    }
    return {
      moves: open ? dueDatesThatWouldMove(open, before, next, (d) => d.assignmentId) : undefined,
      diff: diffHolidayYears(before.holidayYear(year), afterYear),
    }
  }, [builtIn, stored, year, after, open])

  const apply = async () => {
    setBusy(true)
    if (after) await putHolidayYear(db, { ...after, source: 'administrator', updatedAt: nowIso() })
    else await removeAdministratorYear(db, year)
    setBusy(false)
    void message.success(t('holidays.apply.done', { year, count: moves?.length ?? 0 }))
    onClose(true)
  }

  const list = (dates: string[]) => (dates.length ? dates.map((d) => <Tag key={d}>{d.slice(5)}</Tag>) : '—')

  return (
    <Modal
      open
      title={t('holidays.apply.title', { year })}
      okText={t('holidays.apply.ok')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ disabled: moves === undefined }}
      confirmLoading={busy}
      onOk={() => void apply()}
      onCancel={() => onClose(false)}
      width={860}
      destroyOnHidden
    >
      <Flex vertical gap="middle" data-testid="holiday-apply">
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            { key: 'ah', label: t('holidays.apply.addedHolidays'), children: list(diff.addedHolidays) },
            { key: 'rh', label: t('holidays.apply.removedHolidays'), children: list(diff.removedHolidays) },
            { key: 'aw', label: t('holidays.apply.addedWorkdays'), children: list(diff.addedWorkdays) },
            { key: 'rw', label: t('holidays.apply.removedWorkdays'), children: list(diff.removedWorkdays) },
          ]}
        />
        <Typography.Text strong data-testid="holiday-moves-count">
          {moves === undefined ? t('holidays.apply.checking') : t('holidays.apply.moves', { count: moves.length })}
        </Typography.Text>
        {moves && moves.length > 0 && (
          <Table<DueDateMove<OpenDueDate>>
            size="small"
            rowKey={(m) => `${m.dueDate.assignmentId}-${m.dueDate.kind}`}
            dataSource={moves}
            pagination={moves.length > 8 ? { pageSize: 8, size: 'small' } : false}
            columns={[
              {
                title: t('holidays.apply.suggestion'),
                key: 's',
                render: (_, m) => (
                  <Typography.Text ellipsis style={{ maxWidth: 300 }}>
                    {m.dueDate.sessionName} {m.dueDate.numberText} {m.dueDate.title}
                  </Typography.Text>
                ),
              },
              { title: t('holidays.apply.unit'), key: 'u', render: (_, m) => m.dueDate.unitName, width: 140 },
              {
                title: t('holidays.apply.kind'),
                key: 'k',
                width: 110,
                render: (_, m) => t(`deadlines.dueKinds.${m.dueDate.kind}`),
              },
              {
                title: t('holidays.apply.change'),
                key: 'c',
                width: 210,
                render: (_, m) => (
                  <span>
                    {m.dueDate.date} <ArrowRightOutlined /> <Typography.Text strong>{m.newDate}</Typography.Text>
                  </span>
                ),
              },
            ]}
          />
        )}
        <Alert
          type="warning"
          showIcon
          title={t('holidays.apply.notMoved')}
          description={t('holidays.apply.recomputeNote')}
        />
      </Flex>
    </Modal>
  )
}
