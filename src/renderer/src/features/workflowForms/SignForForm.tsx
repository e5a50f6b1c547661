/** 签收: the unit names who is responsible — 分管领导, 责任科室, 经办人 and a phone (prefilled from the directory). */
import { useState } from 'react'
import { DatePicker, Form, Input } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { HandlingPeople, IsoDate } from '@shared/domain/model'
import { signFor } from '@shared/domain/workflow'
import { AssignmentPicker } from './AssignmentPicker'
import type { SingleFormProps } from './formProps'
import { assignmentsFor } from './workflowActions'
import { WorkflowModal } from './WorkflowModal'

const blankToNull = (s: string | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null)

export function SignForForm(props: SingleFormProps) {
  const { t } = useTranslation('workflowForms')
  const candidates = assignmentsFor(props.aggregate, 'signFor')
  const [assignmentId, setAssignmentId] = useState(props.assignmentId ?? candidates[0]?.id)
  const assignment = candidates.find((a) => a.id === assignmentId)
  const contacts = assignment ? props.units.byId.get(assignment.unitId)?.contacts : undefined
  const [form] = Form.useForm<{ leader?: string; department?: string; handler?: string; phone?: string }>()
  const [on, setOn] = useState<IsoDate | null>(null)
  const s = props.aggregate.suggestion

  const submit = async () => {
    if (!assignmentId) return 'invalid' as const
    const v = form.getFieldsValue()
    const people: HandlingPeople = {
      leader: blankToNull(v.leader),
      department: blankToNull(v.department),
      handler: blankToNull(v.handler),
      phone: blankToNull(v.phone),
    }
    const refusal = await props.runner.run(
      s.id,
      (a, ctx) => signFor(a, { assignmentId, people, ...(on ? { on } : {}) }, ctx),
      { expectedRevision: s.revision },
    )
    if (!refusal) props.onDone()
    return refusal
  }

  return (
    <WorkflowModal
      title={t('actions.signFor')}
      okText={t('actions.signFor')}
      subject={t('common.subject', { number: s.number, title: s.title })}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId="form-signFor"
    >
      <Form
        form={form}
        layout="vertical"
        key={assignmentId}
        initialValues={{
          leader: contacts?.leader ?? '',
          department: contacts?.department ?? '',
          handler: contacts?.contact ?? '',
          phone: contacts?.phone ?? '',
        }}
      >
        {candidates.length > 1 && (
          <AssignmentPicker
            assignments={candidates}
            units={props.units}
            value={assignmentId}
            onChange={setAssignmentId}
          />
        )}
        {candidates.length === 1 && assignment && (
          <Form.Item label={t('common.unit')}>{props.units.name(assignment.unitId)}</Form.Item>
        )}
        <Form.Item name="leader" label={t('signFor.leader')}>
          <Input data-testid="signfor-leader" />
        </Form.Item>
        <Form.Item name="department" label={t('signFor.department')}>
          <Input data-testid="signfor-department" />
        </Form.Item>
        <Form.Item name="handler" label={t('signFor.handler')}>
          <Input data-testid="signfor-handler" />
        </Form.Item>
        <Form.Item name="phone" label={t('signFor.phone')}>
          <Input data-testid="signfor-phone" />
        </Form.Item>
        <Form.Item label={t('common.on')} extra={t('common.onHint')}>
          <DatePicker value={on ? dayjs(on) : null} onChange={(d) => setOn(d ? d.format('YYYY-MM-DD') : null)} />
        </Form.Item>
      </Form>
    </WorkflowModal>
  )
}
