/**
 * 退回 and the assignment's place in the chain: the return limit, a pending request with the office's decision
 * (the shared request / decision forms of features/workflowForms), the return history, and links to the part
 * this one took over from and the part that replaced it. Nothing is edited into another unit: a reassignment
 * ends this part and a new one points back to it, so the history stays whole.
 */
import { Alert, Button, Flex, Steps, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment, IsoDate } from '@shared/domain/model'
import { DueDateView } from '../common/DueDateExplanation'
import { formatDay } from '../common/formatDay'
import { assignmentChain } from './assignmentChain'
import { byBusinessDay, useHandlingEnv } from './handlingEnv'

export function ReturnSection({ assignment: a, current }: { assignment: Assignment; current: boolean }) {
  const { t, i18n } = useTranslation('handling')
  const { t: tw } = useTranslation('workflow')
  const env = useHandlingEnv()
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  const limit = a.dueDates.find((d) => d.kind === 'return-limit')
  const request = a.returnRequest
  const all = env.aggregate.assignments
  const chain = assignmentChain(all, a)
  const canRequest = current && (a.state === 'assigned' || a.state === 'signed')

  const events = env.aggregate.events
    .filter(
      (e) =>
        (e.assignmentId === a.id &&
          ['return-requested', 'return-approved', 'return-denied', 'transferred'].includes(e.type)) ||
        (e.type === 'reassigned' && e.data.fromAssignmentId === a.id),
    )
    .sort(byBusinessDay)
  const eventText = (e: (typeof events)[number]): string => {
    const date = day(e.on)
    switch (e.type) {
      case 'return-requested':
        return t('returns.historyRequested', { date, reason: e.reason ?? '' })
      case 'return-approved':
        return t('returns.historyApproved', { date })
      case 'return-denied':
        return t('returns.historyDenied', { date, reason: e.reason ?? '' })
      case 'reassigned':
        return t('returns.historyReassigned', { date, unit: env.unitName(e.unitId) })
      default:
        return t('returns.historyTransferred', { date, unit: env.unitName(String(e.data.toUnitId ?? '')) })
    }
  }

  return (
    <Flex vertical gap={10} data-testid="handling-returns">
      {limit && (
        <DueDateView
          dueDate={limit}
          calendar={env.calendar}
          today={env.today}
          // Not a duty: once passed, the limit is shown without an "overdue" mark.
          open={current && (a.state === 'assigned' || a.state === 'signed') && env.today <= limit.date}
        />
      )}
      {request && (
        <Alert
          type="warning"
          showIcon
          data-testid="return-pending"
          title={t('returns.pending', {
            date: day(request.requestedOn),
            reason: request.reason,
            unit: request.proposedUnitName ?? t('returns.noProposal'),
          })}
          action={
            env.canAct && a.state === 'return-requested' ? (
              <Flex vertical gap={6}>
                <Button
                  size="small"
                  type="primary"
                  data-testid="return-approve"
                  onClick={() => env.openForm('approveReturn', a.id)}
                >
                  {t('returns.approve')}
                </Button>
                <Button size="small" danger data-testid="return-deny" onClick={() => env.openForm('denyReturn', a.id)}>
                  {t('returns.deny')}
                </Button>
              </Flex>
            ) : undefined
          }
        />
      )}
      {env.canAct && canRequest && (
        <div>
          <Button data-testid="return-request" onClick={() => env.openForm('requestReturn', a.id)}>
            {t('returns.request')}
          </Button>
        </div>
      )}
      {events.length > 0 && (
        <Flex vertical gap={2}>
          <Typography.Text strong>{t('returns.history')}</Typography.Text>
          {events.map((e) => (
            <Typography.Text key={e.id} data-testid="return-event">
              {eventText(e)}
            </Typography.Text>
          ))}
        </Flex>
      )}
      {chain.length > 1 && (
        <Flex vertical gap={4} data-testid="assignment-chain">
          <Typography.Text strong>{t('returns.chain')}</Typography.Text>
          <Steps
            size="small"
            orientation="vertical"
            current={chain.indexOf(a)}
            items={chain.map((x) => ({
              key: x.id,
              status:
                x.id === a.id ? 'process' : x.state === 'returned' || x.state === 'transferred' ? 'finish' : 'wait',
              title: (
                <Flex gap={6} align="center" wrap data-testid="chain-link" data-assignment-id={x.id}>
                  <Typography.Text strong={x.id === a.id}>{env.unitName(x.unitId)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {tw(`assignmentStates.${x.state}`)} · {day(x.assignedOn)}
                  </Typography.Text>
                  {x.id === a.id ? (
                    <Typography.Text type="secondary">（{t('returns.current')}）</Typography.Text>
                  ) : (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => env.showAssignment(x.id)}
                      style={{ paddingInline: 0 }}
                    >
                      {t('returns.open')}
                    </Button>
                  )}
                </Flex>
              ),
            }))}
          />
        </Flex>
      )}
    </Flex>
  )
}
