/** 测评, basic: the deputy's paper form entered — the three dimensions, the verdict, reasons when dissatisfied. */
import { useState } from 'react'
import { DatePicker, Flex, Form, Input, Radio, Select } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { CommunicationMode, RatingLevel } from '@shared/domain/model'
import { rate } from '@shared/domain/workflow'
import { AssignmentPicker } from './AssignmentPicker'
import type { SingleFormProps } from './formProps'
import { assignmentsFor } from './workflowActions'
import { WorkflowModal } from './WorkflowModal'
import { todayIso } from '../common/clock'

const LEVELS: RatingLevel[] = ['satisfied', 'basically-satisfied', 'dissatisfied']
const MODES: CommunicationMode[] = ['face-to-face', 'phone', 'written', 'none']

export function RateForm(props: SingleFormProps) {
  const { t } = useTranslation('workflowForms')
  const candidates = assignmentsFor(props.aggregate, 'rate')
  const [assignmentId, setAssignmentId] = useState(props.assignmentId ?? candidates[0]?.id)
  const s = props.aggregate.suggestion
  const [overall, setOverall] = useState<RatingLevel>('satisfied')
  const [dims, setDims] = useState<Record<'attitude' | 'process' | 'result', RatingLevel | null>>({
    attitude: null,
    process: null,
    result: null,
  })
  const [communication, setCommunication] = useState<CommunicationMode>('face-to-face')
  const [reasons, setReasons] = useState('')
  const [signedBy, setSignedBy] = useState(s.leadDeputy)
  const [ratedOn, setRatedOn] = useState(todayIso())

  const submit = async () => {
    if (!assignmentId) return 'invalid' as const
    const refusal = await props.runner.run(
      s.id,
      (a, ctx) =>
        rate(
          a,
          {
            assignmentId,
            receivedReply: true,
            receivedOn: null,
            communication,
            attitude: dims.attitude ?? overall,
            process: dims.process ?? overall,
            result: dims.result ?? overall,
            overall,
            reasons: reasons.trim() || null,
            signedBy,
            ratedOn,
          },
          ctx,
        ),
      { expectedRevision: s.revision },
    )
    if (!refusal) props.onDone()
    return refusal
  }

  const levelOptions = LEVELS.map((l) => ({ value: l, label: t(`rate.levels.${l}`) }))
  return (
    <WorkflowModal
      title={t('actions.rate')}
      okText={t('actions.rate')}
      subject={t('common.subject', { number: s.number, title: s.title })}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId="form-rate"
    >
      <Form layout="vertical">
        {candidates.length > 1 && (
          <AssignmentPicker
            assignments={candidates}
            units={props.units}
            value={assignmentId}
            onChange={setAssignmentId}
          />
        )}
        <Form.Item label={t('rate.overall')} required>
          <Radio.Group
            value={overall}
            onChange={(e) => setOverall(e.target.value as RatingLevel)}
            options={levelOptions}
          />
        </Form.Item>
        <Flex gap={8}>
          {(['attitude', 'process', 'result'] as const).map((d) => (
            <Form.Item key={d} label={t(`rate.${d}`)} style={{ flex: 1 }}>
              <Select
                value={dims[d] ?? overall}
                onChange={(v: RatingLevel) => setDims((x) => ({ ...x, [d]: v }))}
                options={levelOptions}
              />
            </Form.Item>
          ))}
        </Flex>
        <Form.Item label={t('rate.communication')}>
          <Select
            value={communication}
            onChange={setCommunication}
            options={MODES.map((m) => ({ value: m, label: t(`rate.modes.${m}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('rate.reasons')} required={overall === 'dissatisfied'}>
          <Input.TextArea rows={2} value={reasons} onChange={(e) => setReasons(e.target.value)} />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item label={t('rate.signedBy')} required style={{ flex: 1 }}>
            <Input value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />
          </Form.Item>
          <Form.Item label={t('rate.ratedOn')} style={{ flex: 1 }}>
            <DatePicker
              value={dayjs(ratedOn)}
              allowClear={false}
              onChange={(d) => d && setRatedOn(d.format('YYYY-MM-DD'))}
            />
          </Form.Item>
        </Flex>
      </Form>
    </WorkflowModal>
  )
}
