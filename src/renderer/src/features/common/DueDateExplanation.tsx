/**
 * "Why this date?": a due date explained in words (start day, rule, holidays skipped with their names, make-up
 * working days counted, the move to the next working day, fallback-calendar and changed-calendar warnings),
 * and `DueDateView` — the date with its urgency colour and the explanation in a popover.
 */
import { Button, Flex, Popover, Tag, Typography } from 'antd'
import { QuestionCircleOutlined, WarningOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import { explainDueDate } from '@shared/domain/deadlines'
import type { DueDate, IsoDate } from '@shared/domain/model'
import { dueStatus } from '@shared/domain/overdue'
import { explanationSentences } from './dueDateWords'
import { urgencyColours, urgencyText } from './dueUrgency'

export { urgencyColours, urgencyText }
import { formatDay, formatInstant } from './formatDay'

export function DueDateExplanation({ dueDate, calendar }: { dueDate: DueDate; calendar: WorkingDayCalendar }) {
  const { t, i18n } = useTranslation('workflow')
  const explanation = explainDueDate(dueDate, calendar)
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  const sentences = explanationSentences(explanation, {
    day,
    dueKind: (kind) => t(`dueKinds.${kind}`),
    holidayRun: (run) => {
      const name = run.name ?? t('explain.unnamedHoliday')
      return run.count === 1
        ? t('explain.holidayDay', { name, date: day(run.from) })
        : t('explain.holidayRun', { name, from: day(run.from), to: day(run.to), count: run.count })
    },
    separator: t('explain.separator'),
  })
  const note = dueDate.note
    ? t(`dueNotes.${dueDate.note}` as 'dueNotes.assigned', { defaultValue: dueDate.note })
    : null
  return (
    <Flex vertical gap={4} style={{ maxWidth: 420 }} data-testid="due-explanation">
      {sentences.map((s) => (
        <Typography.Text key={s.key} type={s.tone === 'warning' ? 'warning' : undefined} strong={s.key === 'result'}>
          {s.tone === 'warning' && <WarningOutlined style={{ marginInlineEnd: 4 }} />}
          {t(`explain.${s.key}`, s.params)}
        </Typography.Text>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('explain.computedAt', { time: formatInstant(dueDate.computedAt) })}
        {note ? ` · ${t('explain.note', { note })}` : ''}
      </Typography.Text>
    </Flex>
  )
}

export interface DueDateViewProps {
  dueDate: DueDate
  calendar: WorkingDayCalendar
  today: IsoDate
  /** Whether the step is still open; a finished step shows the date without urgency. */
  open: boolean
}

export function DueDateView({ dueDate, calendar, today, open }: DueDateViewProps) {
  const { t, i18n } = useTranslation('workflow')
  const status = open ? dueStatus(dueDate, today, calendar) : null
  return (
    <Flex align="center" gap={6} wrap data-testid={`due-${dueDate.kind}`}>
      <Typography.Text type="secondary">{t(`dueKinds.${dueDate.kind}`)}</Typography.Text>
      <Typography.Text strong>{formatDay(dueDate.date, i18n.language)}</Typography.Text>
      {status && <Tag color={urgencyColours[status.urgency]}>{urgencyText(t, status.workingDaysLeft)}</Tag>}
      {dueDate.usedFallbackCalendar && <WarningOutlined style={{ color: '#d48806' }} />}
      <Popover
        trigger="click"
        placement="topLeft"
        title={t('due.whyTitle', { kind: t(`dueKinds.${dueDate.kind}`), date: formatDay(dueDate.date, i18n.language) })}
        content={<DueDateExplanation dueDate={dueDate} calendar={calendar} />}
      >
        <Button size="small" type="link" icon={<QuestionCircleOutlined />} style={{ paddingInline: 0 }}>
          {t('due.why')}
        </Button>
      </Popover>
    </Flex>
  )
}
