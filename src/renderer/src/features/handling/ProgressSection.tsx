/** 办理进展: dated notes on the unit's part (the domain's `noteProgress`), oldest first. */
import { useState } from 'react'
import { Alert, Button, DatePicker, Empty, Flex, Input, Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Assignment, IsoDate } from '@shared/domain/model'
import { noteProgress } from '@shared/domain/workflow'
import { formatDay } from '../common/formatDay'
import { eventsOf, useHandlingEnv } from './handlingEnv'
import { useSectionCommand } from './useSectionCommand'

const OPEN_STATES: Assignment['state'][] = ['assigned', 'signed', 'return-requested', 'review', 'replied', 'rehandling']

export function ProgressSection({ assignment: a, current }: { assignment: Assignment; current: boolean }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const command = useSectionCommand()
  const [text, setText] = useState('')
  const [on, setOn] = useState<IsoDate>(env.today)
  const notes = eventsOf(env, a, ['progress-noted'])

  const submit = async () => {
    const refusal = await command.run(
      (agg, ctx) => noteProgress(agg, { assignmentId: a.id, text, on }, ctx),
      t('progress.recorded'),
    )
    if (!refusal) setText('')
  }

  return (
    <Flex vertical gap={12} data-testid="handling-progress">
      {notes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('progress.none')} />
      ) : (
        <Timeline
          items={notes.map((e) => ({
            key: e.id,
            content: (
              <Flex vertical data-testid="progress-note">
                <Typography.Text type="secondary">
                  {formatDay(e.on, i18n.language)} · {e.by.name}
                </Typography.Text>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{String(e.data.text ?? '')}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
      {env.canAct && current && OPEN_STATES.includes(a.state) && (
        <Flex vertical gap={8} style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}>
          <Flex gap={8} align="center">
            <Typography.Text>{t('progress.on')}</Typography.Text>
            <DatePicker allowClear={false} value={dayjs(on)} onChange={(d) => d && setOn(d.format('YYYY-MM-DD'))} />
          </Flex>
          <Input.TextArea
            data-testid="progress-text"
            value={text}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('progress.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
          {command.refusal && <Alert type="error" showIcon title={command.refusal} />}
          <div>
            <Button type="primary" loading={command.busy} onClick={() => void submit()} data-testid="progress-save">
              {t('progress.add')}
            </Button>
          </div>
        </Flex>
      )}
    </Flex>
  )
}
