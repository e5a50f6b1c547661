/**
 * 延期: the reply date in force (with its explanation), the cap (default 6 months from assignment), a request,
 * the office's approval or denial, and the extension history. The domain refuses a date past the cap with
 * 'extension-beyond-cap' {cap, requested}; the refusal is shown in words with the cap date.
 */
import { useState } from 'react'
import { Alert, Button, DatePicker, Flex, Input, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { computeDueDate } from '@shared/domain/deadlines'
import type { Assignment, IsoDate } from '@shared/domain/model'
import { approveExtension, denyExtension, replyDueDate, requestExtension } from '@shared/domain/workflow'
import { DueDateView } from '../common/DueDateExplanation'
import { formatDay } from '../common/formatDay'
import { eventsOf, useHandlingEnv } from './handlingEnv'
import { useSectionCommand } from './useSectionCommand'

const WHILE_HANDLING: Assignment['state'][] = ['assigned', 'signed', 'review', 'rehandling']

export function ExtensionSection({ assignment: a, current }: { assignment: Assignment; current: boolean }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const command = useSectionCommand()
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  const [until, setUntil] = useState<IsoDate | null>(null)
  const [reason, setReason] = useState('')
  const [approveUntil, setApproveUntil] = useState<IsoDate | null>(null)
  const [denyReason, setDenyReason] = useState('')
  const reply = replyDueDate(a)
  const cap = computeDueDate(env.settings.deadlines.extensionCap, a.assignedOn, env.calendar).date
  const request = a.extensionRequest ?? null
  const history = eventsOf(env, a, ['extension-requested', 'extension-approved', 'extension-denied'])
  const open = current && WHILE_HANDLING.includes(a.state)

  const datePicker = (value: IsoDate | null, set: (d: IsoDate | null) => void, testId: string) => (
    <DatePicker
      data-testid={testId}
      value={value ? dayjs(value) : null}
      onChange={(d) => set(d ? d.format('YYYY-MM-DD') : null)}
    />
  )

  return (
    <Flex vertical gap={10} data-testid="handling-extension">
      {reply && <DueDateView dueDate={reply} calendar={env.calendar} today={env.today} open={open} />}
      <Flex gap={8} wrap align="center">
        <Typography.Text type="secondary" data-testid="extension-cap">
          {t('extension.cap', { date: day(cap) })}
        </Typography.Text>
        {a.extendedTo && <Tag color="gold">{t('extension.extendedTo', { date: day(a.extendedTo) })}</Tag>}
      </Flex>
      {command.refusal && <Alert type="error" showIcon title={command.refusal} data-testid="extension-refusal" />}
      {request && (
        <Alert
          type="warning"
          showIcon
          data-testid="extension-pending"
          title={t('extension.pending', {
            date: day(request.requestedOn),
            until: day(request.until),
            reason: request.reason,
          })}
          description={
            env.canAct && (
              <Flex vertical gap={8} style={{ marginTop: 8 }}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text>{t('extension.approveUntil')}</Typography.Text>
                  {datePicker(approveUntil ?? request.until, setApproveUntil, 'extension-approve-until')}
                  <Button
                    type="primary"
                    loading={command.busy}
                    data-testid="extension-approve"
                    onClick={() =>
                      void command
                        .run(
                          (agg, ctx) =>
                            approveExtension(
                              agg,
                              { assignmentId: a.id, ...(approveUntil ? { until: approveUntil } : {}) },
                              ctx,
                            ),
                          t('extension.approved'),
                        )
                        .then((e) => !e && setApproveUntil(null))
                    }
                  >
                    {t('extension.approve')}
                  </Button>
                </Flex>
                <Flex gap={8} wrap align="center">
                  <Input
                    style={{ maxWidth: 360 }}
                    placeholder={t('extension.denyReason')}
                    value={denyReason}
                    data-testid="extension-deny-reason"
                    onChange={(e) => setDenyReason(e.target.value)}
                  />
                  <Button
                    danger
                    loading={command.busy}
                    data-testid="extension-deny"
                    onClick={() =>
                      void command
                        .run(
                          (agg, ctx) => denyExtension(agg, { assignmentId: a.id, reason: denyReason }, ctx),
                          t('extension.denied'),
                        )
                        .then((e) => !e && setDenyReason(''))
                    }
                  >
                    {t('extension.deny')}
                  </Button>
                </Flex>
              </Flex>
            )
          }
        />
      )}
      {!request && env.canAct && open && (
        <Flex
          vertical
          gap={8}
          style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}
          data-testid="extension-form"
        >
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('extension.until')}</Typography.Text>
            {datePicker(until, setUntil, 'extension-until')}
          </Flex>
          <Input.TextArea
            data-testid="extension-reason"
            value={reason}
            placeholder={t('extension.reason')}
            autoSize={{ minRows: 2, maxRows: 5 }}
            onChange={(e) => setReason(e.target.value)}
          />
          <div>
            <Button
              loading={command.busy}
              disabled={!until}
              data-testid="extension-request"
              onClick={() =>
                until &&
                void command
                  .run(
                    (agg, ctx) => requestExtension(agg, { assignmentId: a.id, until, reason }, ctx),
                    t('extension.requested'),
                  )
                  .then((e) => {
                    if (!e) {
                      setUntil(null)
                      setReason('')
                    }
                  })
              }
            >
              {t('extension.request')}
            </Button>
          </div>
        </Flex>
      )}
      {history.length > 0 && (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('extension.history')}</Typography.Text>
          {history.map((e) => {
            const text =
              e.type === 'extension-requested'
                ? t('extension.historyRequested', { date: day(e.on), until: day(String(e.data.until)) })
                : e.type === 'extension-approved'
                  ? t('extension.historyApproved', {
                      date: day(e.on),
                      from: e.data.from ? day(String(e.data.from)) : '—',
                      to: day(String(e.data.to)),
                    })
                  : t('extension.historyDenied', { date: day(e.on), until: day(String(e.data.requested)) })
            return (
              <Typography.Text key={e.id} data-testid="extension-event">
                {text}
                {e.reason && <Typography.Text type="secondary">（{e.reason}）</Typography.Text>}
              </Typography.Text>
            )
          })}
        </Flex>
      )}
    </Flex>
  )
}
