/**
 * The history of a suggestion: every event with what happened, the business day, who recorded it and when,
 * and why. Oldest first, as a file is read.
 */
import { Empty, Flex, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EventType, Id, SuggestionEvent } from '@shared/domain/model'
import { formatDay, formatInstant } from './formatDay'

const eventColours: Partial<Record<EventType, string>> = {
  registered: 'gray',
  accepted: 'green',
  'not-accepted': 'red',
  withdrawn: 'red',
  closed: 'green',
  'reply-sent': 'green',
  'return-requested': 'orange',
  'extension-requested': 'orange',
  reminded: 'orange',
}

function details(e: SuggestionEvent, t: ReturnType<typeof useTranslation<'workflow'>>['t']): string[] {
  const out: string[] = []
  if (e.type === 'not-accepted' && e.data.handledAsLetter === true) out.push(t('timeline.asLetter'))
  if (e.type === 'withdrawn' && e.data.allSignersAgreed === true) out.push(t('timeline.allSignersAgreed'))
  if (e.type === 'key-marked') out.push(e.data.key === true ? t('timeline.keyOn') : t('timeline.keyOff'))
  if (e.type === 'edited' && e.data.changes && typeof e.data.changes === 'object') {
    out.push(t('timeline.changedFields', { fields: Object.keys(e.data.changes).join(', ') }))
  }
  if (e.type === 'due-dates-recomputed' && Array.isArray(e.data.dueDates)) {
    for (const d of e.data.dueDates as { kind: string; from: string; to: string }[])
      out.push(
        t('timeline.recomputedDate', { kind: t(`dueKinds.${d.kind}` as 'dueKinds.reply'), from: d.from, to: d.to }),
      )
  }
  return out
}

export function EventTimeline({ events, unitName }: { events: SuggestionEvent[]; unitName: (id: Id) => string }) {
  const { t, i18n } = useTranslation('workflow')
  if (events.length === 0) return <Empty description={t('timeline.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
  return (
    <Timeline
      data-testid="event-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: eventColours[e.type] ?? 'blue',
        content: (
          <Flex vertical gap={2} data-testid="timeline-event" data-event-type={e.type}>
            <Flex gap={8} align="baseline" wrap>
              <Typography.Text strong>{t(`events.${e.type}`)}</Typography.Text>
              <Typography.Text type="secondary">{formatDay(e.on, i18n.language)}</Typography.Text>
            </Flex>
            {e.unitId && <Typography.Text>{t('timeline.unit', { unit: unitName(e.unitId) })}</Typography.Text>}
            {details(e, t).map((d) => (
              <Typography.Text key={d}>{d}</Typography.Text>
            ))}
            {e.reason && <Typography.Text>{t('timeline.reason', { reason: e.reason })}</Typography.Text>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('timeline.by', { name: e.by.name })} · {t('timeline.recordedAt', { time: formatInstant(e.at) })}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  )
}
