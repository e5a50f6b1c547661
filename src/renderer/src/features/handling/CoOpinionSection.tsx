/**
 * 协办意见: the co-handler's opinion to the lead unit, with its own due date (1 month from assignment by default),
 * sent with the domain's `sendCoOpinion` (the co-handler's part then ends as 'opinion-sent').
 */
import { useState } from 'react'
import { Alert, Button, Flex, Input, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment } from '@shared/domain/model'
import { currentAssignments, sendCoOpinion } from '@shared/domain/workflow'
import { DueDateView } from '../common/DueDateExplanation'
import { formatDay } from '../common/formatDay'
import { eventsOf, useHandlingEnv } from './handlingEnv'
import { useSectionCommand } from './useSectionCommand'

export function CoOpinionSection({ assignment: a, current }: { assignment: Assignment; current: boolean }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const command = useSectionCommand()
  const [summary, setSummary] = useState('')
  const due = a.dueDates.find((d) => d.kind === 'co-opinion')
  const lead = currentAssignments(env.aggregate).find((x) => x.role === 'lead' && x.round === a.round)
  const sent = eventsOf(env, a, ['co-opinion-sent']).at(-1)

  return (
    <Flex vertical gap={10} data-testid="handling-co-opinion">
      {due && (
        <Flex vertical gap={2}>
          <DueDateView
            dueDate={due}
            calendar={env.calendar}
            today={env.today}
            open={current && a.state !== 'opinion-sent'}
          />
          <Typography.Text type="secondary">{t('coOpinion.due')}</Typography.Text>
        </Flex>
      )}
      <Typography.Text>
        {lead ? t('coOpinion.leadUnit', { unit: env.unitName(lead.unitId) }) : t('coOpinion.noLead')}
      </Typography.Text>
      {sent && (
        <Alert
          type="success"
          showIcon
          data-testid="co-opinion-sent"
          title={t('coOpinion.sent', { date: formatDay(sent.on, i18n.language) })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{String(sent.data.summary ?? '')}</span>}
        />
      )}
      {!sent && a.state === 'assigned' && (
        <Typography.Text type="secondary">{t('coOpinion.notSigned')}</Typography.Text>
      )}
      {!sent && env.canAct && current && a.state === 'signed' && (
        <Flex vertical gap={8}>
          <Input.TextArea
            data-testid="co-opinion-text"
            value={summary}
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={t('coOpinion.placeholder')}
            onChange={(e) => setSummary(e.target.value)}
          />
          {command.refusal && <Alert type="error" showIcon title={command.refusal} />}
          <div>
            <Button
              type="primary"
              loading={command.busy}
              data-testid="co-opinion-send"
              onClick={() =>
                void command.run(
                  (agg, ctx) => sendCoOpinion(agg, { assignmentId: a.id, summary }, ctx),
                  t('coOpinion.sentDone'),
                )
              }
            >
              {t('coOpinion.send')}
            </Button>
          </div>
        </Flex>
      )}
    </Flex>
  )
}
