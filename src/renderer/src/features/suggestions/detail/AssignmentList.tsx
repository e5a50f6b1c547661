/**
 * The units a suggestion was assigned to, by round and role: state, dates, and every due date with its urgency
 * and a "why this date" explanation.
 *
 * A passed return limit is not a duty missed, only a window closed: it reads 已过退回期限 in grey, never overdue.
 * The publish and follow-up dates outlive the part (they stay open after 办结) and leave the list once done —
 * the same answers the deadline calendar uses (`openAfterReplyDueDates`).
 */
import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import type { Assignment, AssignmentState, DueDate, Id, IsoDate } from '@shared/domain/model'
import { openAfterReplyDueDates, type SuggestionAggregate } from '@shared/domain/workflow'
import { DueDateView } from '../../common/DueDateExplanation'
import { formatDay } from '../../common/formatDay'

const OPEN: readonly AssignmentState[] = ['assigned', 'signed', 'return-requested', 'review', 'rehandling']
const ENDED: readonly AssignmentState[] = ['returned', 'transferred', 'closed']
const AFTER_REPLY: readonly DueDate['kind'][] = ['publish', 'follow-up']

/** The dates to show: every date of the part, but publish and follow-up dates only while still owed. */
function shownDueDates(aggregate: SuggestionAggregate | undefined, a: Assignment): { due: DueDate; open: boolean }[] {
  const owed = aggregate ? openAfterReplyDueDates(aggregate, a) : null
  return a.dueDates.flatMap((due) => {
    if (!AFTER_REPLY.includes(due.kind)) return [{ due, open: OPEN.includes(a.state) }]
    if (!owed) return [{ due, open: false }]
    return owed.includes(due) ? [{ due, open: true }] : []
  })
}

export function AssignmentList(props: {
  assignments: Assignment[]
  unitName: (id: Id) => string
  calendar: WorkingDayCalendar | undefined
  today: IsoDate
  /** The suggestion's records, to know which publish and follow-up dates are still owed. */
  aggregate?: SuggestionAggregate
}) {
  const { t, i18n } = useTranslation(['suggestions', 'workflow'])
  if (props.assignments.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noAssignments')} />
  }
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  return (
    <Flex vertical gap={12}>
      {props.assignments.map((a) => (
        <Card
          key={a.id}
          size="small"
          type="inner"
          data-testid="assignment"
          style={ENDED.includes(a.state) ? { opacity: 0.7 } : undefined}
          title={
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{props.unitName(a.unitId)}</Typography.Text>
              <Tag color={a.role === 'lead' ? 'blue' : a.role === 'co' ? 'geekblue' : 'purple'}>
                {t(`workflow:roles.${a.role}`)}
              </Tag>
              <Tag color={OPEN.includes(a.state) ? 'processing' : 'default'}>
                {t(`workflow:assignmentStates.${a.state}`)}
              </Tag>
              <Typography.Text type="secondary">{t('detail.assignment.round', { round: a.round })}</Typography.Text>
            </Flex>
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('detail.assignment.assignedOn')}>{day(a.assignedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('detail.assignment.signedOn')}>
              {a.signedOn ? day(a.signedOn) : t('detail.none')}
            </Descriptions.Item>
          </Descriptions>
          {a.extendedTo && <Tag color="gold">{t('detail.assignment.extendedTo', { date: day(a.extendedTo) })}</Tag>}
          {a.returnRequest && a.state !== 'returned' && (
            <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
              {t('detail.assignment.returnRequest', { reason: a.returnRequest.reason })}
            </Typography.Paragraph>
          )}
          {a.dueDates.length > 0 && props.calendar && (
            <Flex vertical gap={4}>
              {shownDueDates(props.aggregate, a).map(({ due, open }, i) =>
                due.kind === 'return-limit' && open && props.today > due.date ? (
                  <Flex key={`${due.kind}-${i}`} gap={6} align="center" wrap data-testid="return-limit-passed">
                    <DueDateView dueDate={due} calendar={props.calendar!} today={props.today} open={false} />
                    <Tag color="default">{t('detail.assignment.returnLimitPassed')}</Tag>
                  </Flex>
                ) : (
                  <DueDateView
                    key={`${due.kind}-${i}`}
                    dueDate={due}
                    calendar={props.calendar!}
                    today={props.today}
                    open={open}
                  />
                ),
              )}
            </Flex>
          )}
        </Card>
      ))}
    </Flex>
  )
}
