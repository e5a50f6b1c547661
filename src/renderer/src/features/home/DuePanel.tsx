/**
 * The home page's 'due soon and overdue' panel: the open items that are overdue or due within 5 working days,
 * with counts; overdue (or nearly due) items can be selected and a reminder notice (催办通知) printed or saved as
 * PDF for each unit concerned — one document per unit — after which a 'reminded' event is recorded on each
 * assignment through the store's command runner (the domain's `remind` command).
 */
import { App, Button, Card, Empty, Flex, Segmented, Space, Table, Tag, Typography } from 'antd'
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import { useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { TableColumnsType } from 'antd'
import { daysBetween } from '@shared/domain/dates'
import {
  compareDueItems,
  isOverdueDuty,
  remindAboutDue,
  remindersByUnit,
  urgencyHorizons,
  type DueItem,
} from '@shared/domain/dueItems'
import type { DomainError, IsoDate } from '@shared/domain/model'
import { getHost } from '../../host'
import { useHostError } from '../../app/useHostError'
import { runCommand } from '../../store/commandRunner'
import type { SuggestionDb } from '../../store/db'
import type { DueData } from '../../store/dueQueries'
import { loadWorkflowContext } from '../../store/workflowContext'
import { nowIso } from '../common/clock'
import { useDomainErrorText } from '../common/domainErrorText'
import { formatDay } from '../common/formatDay'
import { useOperator } from '../operators'
import { kindColours } from '../calendar/dueColours'
import { buildReminderJobs } from './reminders'

/** The panel's horizon (DOMAIN.md: reminders for overdue and nearly overdue items). */
export const DUE_SOON_WORKING_DAYS = 5

type Band = 'overdue' | 'soon'

export interface DueRow extends DueItem {
  band: Band
  /** Calendar days overdue, or working days left. */
  days: number
}

export function dueRows(data: DueData, today: IsoDate): DueRow[] {
  const h = urgencyHorizons(today, data.calendar)
  const rows: DueRow[] = []
  for (const item of data.items) {
    if (item.date < today) {
      // A passed return limit is a closed window, not a duty: neither overdue nor due soon.
      if (isOverdueDuty(item, today)) rows.push({ ...item, band: 'overdue', days: daysBetween(item.date, today) })
    } else if (item.date <= h.within5) {
      rows.push({ ...item, band: 'soon', days: data.calendar.workingDaysBetween(today, item.date) })
    }
  }
  return rows.sort(compareDueItems)
}

export function DuePanel({
  data,
  rows,
  today,
  db,
}: {
  data: DueData
  rows: DueRow[]
  today: IsoDate
  db: SuggestionDb
}) {
  const { t, i18n } = useTranslation(['home', 'workflow'])
  const { message } = App.useApp()
  const showHostError = useHostError()
  const errorText = useDomainErrorText()
  const { actor } = useOperator()
  const [band, setBand] = useState<Band>('overdue')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null)

  const overdue = useMemo(() => rows.filter((r) => r.band === 'overdue'), [rows])
  const soon = useMemo(() => rows.filter((r) => r.band === 'soon'), [rows])
  const shown = band === 'overdue' ? overdue : soon
  const chosen = useMemo(() => rows.filter((r) => selected.has(r.key) && r.unitId !== null), [rows, selected])
  const chosenUnits = useMemo(() => new Set(chosen.map((r) => r.unitId)).size, [chosen])

  const unitName = (id: string | null) => (id ? (data.units.get(id)?.name ?? id) : t('due.noUnit'))

  const send = async (mode: 'print' | 'pdf') => {
    if (chosen.length === 0) return
    setBusy(mode)
    try {
      const groups = remindersByUnit(chosen, today, data.calendar, DUE_SOON_WORKING_DAYS)
      const jobs = buildReminderJobs(groups, {
        units: data.units,
        today,
        issuer: data.settings.organisationName,
        unknownUnit: t('reminder.unknownUnit'),
      })
      const ctx = await loadWorkflowContext(db, { actor, now: nowIso(), today })
      let recorded = 0
      let printedUnits = 0
      const failures: DomainError[] = []
      for (const job of jobs) {
        const title = t('reminder.jobTitle', { unit: job.unitName })
        const result =
          mode === 'print'
            ? await getHost().printHtml({ html: job.html, title })
            : await getHost().saveHtmlAsPdf({
                html: job.html,
                title,
                suggestedName: t('reminder.fileName', { unit: job.unitName, date: today }),
              })
        if (!result.ok) {
          showHostError(result.error)
          break
        }
        printedUnits++
        for (const target of job.targets) {
          const note = t('reminder.note', {
            kinds: target.dues
              .map((d) => `${t(`workflow:dueKinds.${d.kind}`)} ${formatDay(d.date, i18n.language)}`)
              .join(i18n.language.startsWith('zh') ? '、' : ', '),
          })
          const outcome = await runCommand(db, {
            suggestionId: target.suggestionId,
            execute: (aggregate) => remindAboutDue(aggregate, { assignmentId: target.assignmentId, note }, ctx),
          })
          if (outcome.ok) recorded++
          else failures.push(outcome.error)
        }
      }
      if (printedUnits > 0) {
        void message.success(t('reminder.done', { units: printedUnits, count: recorded }))
        setSelected(new Set())
      }
      if (failures.length > 0) {
        void message.warning(t('reminder.partly', { failed: failures.length, reason: errorText(failures[0]!) }))
      }
    } finally {
      setBusy(null)
    }
  }

  const columns: TableColumnsType<DueRow> = [
    {
      title: t('due.columns.number'),
      dataIndex: 'numberText',
      width: 110,
      render: (_: unknown, r) => <Link to={`/suggestions/${r.suggestionId}`}>{r.numberText}</Link>,
    },
    { title: t('due.columns.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('due.columns.unit'),
      key: 'unit',
      width: 180,
      ellipsis: true,
      render: (_: unknown, r) => unitName(r.unitId),
    },
    {
      title: t('due.columns.kind'),
      key: 'kind',
      width: 170,
      render: (_: unknown, r) => (
        <Tag color={kindColours[r.kind]} style={{ marginInlineEnd: 0 }}>
          {t(`workflow:dueKinds.${r.kind}`)}
        </Tag>
      ),
    },
    {
      title: t('due.columns.date'),
      key: 'date',
      width: 140,
      render: (_: unknown, r) => formatDay(r.date, i18n.language),
    },
    {
      title: t('due.columns.status'),
      key: 'status',
      width: 150,
      render: (_: unknown, r) =>
        r.band === 'overdue' ? (
          <Tag color="red">{t('due.overdueDays', { days: r.days })}</Tag>
        ) : (
          <Tag color="orange">{r.days === 0 ? t('due.dueToday') : t('due.daysLeft', { days: r.days })}</Tag>
        ),
    },
  ]

  return (
    <Card
      title={t('due.title')}
      data-testid="due-panel"
      extra={
        <Segmented<Band>
          value={band}
          onChange={setBand}
          options={[
            {
              value: 'overdue',
              label: <span data-testid="due-tab-overdue">{t('due.overdueTab', { count: overdue.length })}</span>,
            },
            {
              value: 'soon',
              label: <span data-testid="due-tab-soon">{t('due.soonTab', { count: soon.length })}</span>,
            },
          ]}
        />
      }
    >
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Space wrap>
            <Button
              onClick={() => setSelected(new Set([...selected, ...overdue.filter((r) => r.unitId).map((r) => r.key)]))}
              disabled={overdue.length === 0}
            >
              {t('due.selectAllOverdue')}
            </Button>
            <Button onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
              {t('due.clearSelection')}
            </Button>
            <Typography.Text type="secondary" data-testid="due-selected">
              {t('due.selected', { count: chosen.length, units: chosenUnits })}
            </Typography.Text>
          </Space>
          <Space wrap>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              disabled={chosen.length === 0 || busy !== null}
              loading={busy === 'print'}
              onClick={() => void send('print')}
            >
              {t('due.print')}
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              disabled={chosen.length === 0 || busy !== null}
              loading={busy === 'pdf'}
              onClick={() => void send('pdf')}
            >
              {t('due.pdf')}
            </Button>
          </Space>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('due.hint')}
        </Typography.Text>
        <Table<DueRow>
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={shown}
          data-testid={`due-table-${band}`}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={band === 'overdue' ? t('due.emptyOverdue') : t('due.emptySoon')}
              />
            ),
          }}
          pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
          rowSelection={{
            selectedRowKeys: [...selected],
            preserveSelectedRowKeys: true,
            onChange: (keys) => {
              const inView = new Set(shown.map((r) => r.key))
              const next = new Set([...selected].filter((k) => !inView.has(k)))
              for (const k of keys) next.add(String(k))
              setSelected(next)
            },
            getCheckboxProps: (r) => ({
              disabled: r.unitId === null,
              title: r.unitId === null ? t('due.noUnitSelectable') : undefined,
              'aria-label': `${r.numberText} ${t(`workflow:dueKinds.${r.kind}`)}`,
            }),
          }}
        />
      </Flex>
    </Card>
  )
}
