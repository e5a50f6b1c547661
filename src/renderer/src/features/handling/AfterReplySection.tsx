/**
 * 公开与跟踪: what a sent reply still owes after it went out — publication of a public reply (due within 20
 * working days of sending; the domain's `publishReply`) and each promise of a B/C reply (due on its stated date;
 * `fulfilPromise`). Both outlive the rating and 办结, so they are offered on ended parts too; the domain decides.
 */
import { useState } from 'react'
import { Alert, Button, DatePicker, Descriptions, Flex, Input, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Assignment, IsoDate, Promise_, Reply } from '@shared/domain/model'
import { fulfilPromise, publishReply, replyOf } from '@shared/domain/workflow'
import { DueDateView } from '../common/DueDateExplanation'
import { formatDay } from '../common/formatDay'
import { eventsOf, useHandlingEnv } from './handlingEnv'
import { useSectionCommand } from './useSectionCommand'

/** The sent reply of this part (the one the commands act on), or null. */
export function sentReplyOf(env: ReturnType<typeof useHandlingEnv>, a: Assignment): Reply | null {
  const reply = replyOf(env.aggregate, a)
  return reply && reply.state === 'sent' && reply.sentOn !== null ? reply : null
}

export function AfterReplySection({ assignment: a }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const reply = sentReplyOf(env, a)
  if (!reply) return <Typography.Text type="secondary">{t('afterReply.notSent')}</Typography.Text>
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  return (
    <Flex vertical gap={12} data-testid="handling-after-reply">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('afterReply.sentOn')}>{day(reply.sentOn!)}</Descriptions.Item>
        <Descriptions.Item label={t('afterReply.resultClass')}>{reply.resultClass}</Descriptions.Item>
      </Descriptions>
      <Publication assignment={a} reply={reply} />
      <Flex vertical gap={8}>
        <Typography.Text strong>{t('afterReply.promises')}</Typography.Text>
        {reply.promises.length === 0 ? (
          <Typography.Text type="secondary">{t('afterReply.noPromises')}</Typography.Text>
        ) : (
          reply.promises.map((p, i) => <PromiseRow key={i} assignment={a} promise={p} index={i} />)
        )}
      </Flex>
    </Flex>
  )
}

function Publication({ assignment: a, reply }: { assignment: Assignment; reply: Reply }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const command = useSectionCommand()
  const [on, setOn] = useState<IsoDate>(env.today)
  const [where, setWhere] = useState('')
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  const due = a.dueDates.find((d) => d.kind === 'publish')
  const event = eventsOf(env, a, ['published']).at(-1)
  const publishedWhere = event && typeof event.data.where === 'string' ? event.data.where : null

  return (
    <Flex vertical gap={8} data-testid="reply-publication">
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{t('afterReply.publicity')}</Typography.Text>
        {reply.publicity.public ? (
          <Tag color="blue" data-testid="reply-publicity">
            {t('afterReply.public')}
          </Tag>
        ) : (
          <Tag data-testid="reply-publicity">{t('afterReply.notPublic', { reason: reply.publicity.reason ?? '' })}</Tag>
        )}
      </Flex>
      {reply.publicity.public && reply.publishedOn !== null && (
        <Alert
          type="success"
          showIcon
          data-testid="reply-published"
          title={
            publishedWhere
              ? t('afterReply.publishedWhere', { date: day(reply.publishedOn), where: publishedWhere })
              : t('afterReply.published', { date: day(reply.publishedOn) })
          }
        />
      )}
      {reply.publicity.public && reply.publishedOn === null && (
        <>
          {due && <DueDateView dueDate={due} calendar={env.calendar} today={env.today} open />}
          {env.canAct && (
            <Flex vertical gap={8} style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text>{t('afterReply.publishedOn')}</Typography.Text>
                <DatePicker
                  data-testid="publish-on"
                  allowClear={false}
                  value={dayjs(on)}
                  onChange={(d) => d && setOn(d.format('YYYY-MM-DD'))}
                />
                <Input
                  data-testid="publish-where"
                  style={{ width: 240 }}
                  value={where}
                  placeholder={t('afterReply.wherePlaceholder')}
                  onChange={(e) => setWhere(e.target.value)}
                />
              </Flex>
              {command.refusal && <Alert type="error" showIcon title={command.refusal} data-testid="publish-refusal" />}
              <div>
                <Button
                  type="primary"
                  loading={command.busy}
                  data-testid="publish-record"
                  onClick={() =>
                    void command.run(
                      (agg, ctx) => publishReply(agg, { assignmentId: a.id, on, where: where.trim() || null }, ctx),
                      t('afterReply.publishDone'),
                    )
                  }
                >
                  {t('afterReply.publish')}
                </Button>
              </div>
            </Flex>
          )}
        </>
      )}
    </Flex>
  )
}

function PromiseRow({ assignment: a, promise, index }: { assignment: Assignment; promise: Promise_; index: number }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const command = useSectionCommand()
  const [on, setOn] = useState<IsoDate>(env.today)
  const [note, setNote] = useState('')
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  const due = a.dueDates.find((d) => d.kind === 'follow-up' && d.date === promise.dueOn)
  const event = eventsOf(env, a, ['promise-fulfilled']).find(
    (e) => e.data.promise === promise.text && e.data.dueOn === promise.dueOn,
  )

  return (
    <Flex
      vertical
      gap={6}
      data-testid="reply-promise"
      style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 10 }}
    >
      <Typography.Text>{promise.text}</Typography.Text>
      {promise.fulfilledOn !== null ? (
        <Alert
          type="success"
          showIcon
          data-testid="promise-fulfilled"
          title={t('afterReply.fulfilled', { date: day(promise.fulfilledOn) })}
          description={event?.reason ?? undefined}
        />
      ) : (
        <>
          {due ? (
            <DueDateView dueDate={due} calendar={env.calendar} today={env.today} open />
          ) : (
            <Typography.Text type="secondary">
              {t('afterReply.promiseDue', { date: day(promise.dueOn) })}
            </Typography.Text>
          )}
          {env.canAct && (
            <Flex vertical gap={8}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text>{t('afterReply.fulfilledOn')}</Typography.Text>
                <DatePicker
                  data-testid="fulfil-on"
                  allowClear={false}
                  value={dayjs(on)}
                  onChange={(d) => d && setOn(d.format('YYYY-MM-DD'))}
                />
                <Input
                  data-testid="fulfil-note"
                  style={{ width: 280 }}
                  value={note}
                  placeholder={t('afterReply.notePlaceholder')}
                  onChange={(e) => setNote(e.target.value)}
                />
              </Flex>
              {command.refusal && <Alert type="error" showIcon title={command.refusal} data-testid="fulfil-refusal" />}
              <div>
                <Button
                  loading={command.busy}
                  data-testid="fulfil-record"
                  onClick={() =>
                    void command.run(
                      (agg, ctx) =>
                        fulfilPromise(
                          agg,
                          { assignmentId: a.id, promiseIndex: index, on, note: note.trim() || null },
                          ctx,
                        ),
                      t('afterReply.fulfilDone'),
                    )
                  }
                >
                  {t('afterReply.fulfil')}
                </Button>
              </div>
            </Flex>
          )}
        </>
      )}
    </Flex>
  )
}
