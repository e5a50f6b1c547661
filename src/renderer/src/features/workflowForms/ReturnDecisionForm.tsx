/**
 * The office decides a return request: approve (and reassign to a unit, by default the one proposed — the
 * history keeps both parts) or deny with a reason.
 */
import { useState } from 'react'
import { Descriptions, Form, Input, Radio, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Id } from '@shared/domain/model'
import { approveReturn, denyReturn } from '@shared/domain/workflow'
import { AssignmentPicker } from './AssignmentPicker'
import type { SingleFormProps } from './formProps'
import { assignmentsFor } from './workflowActions'
import { WorkflowModal } from './WorkflowModal'
import { formatDay } from '../common/formatDay'

export function ReturnDecisionForm(props: SingleFormProps & { decision: 'approve' | 'deny' }) {
  const { t, i18n } = useTranslation('workflowForms')
  const candidates = assignmentsFor(props.aggregate, 'approveReturn')
  const [assignmentId, setAssignmentId] = useState(props.assignmentId ?? candidates[0]?.id)
  const assignment = candidates.find((a) => a.id === assignmentId)
  const request = assignment?.returnRequest ?? null
  const [decision, setDecision] = useState(props.decision)
  const [reassignTo, setReassignTo] = useState<Id | undefined>(request?.proposedUnitId ?? undefined)
  const [reason, setReason] = useState('')
  const s = props.aggregate.suggestion

  const submit = async () => {
    if (!assignmentId) return 'invalid' as const
    const refusal = await props.runner.run(
      s.id,
      (a, ctx) =>
        decision === 'approve'
          ? approveReturn(a, { assignmentId, reassignTo: reassignTo ?? null, reason: reason || null }, ctx)
          : denyReturn(a, { assignmentId, reason }, ctx),
      { expectedRevision: s.revision },
    )
    if (!refusal) props.onDone()
    return refusal
  }

  return (
    <WorkflowModal
      title={t('returnDecision.title')}
      okText={decision === 'approve' ? t('actions.approveReturn') : t('actions.denyReturn')}
      subject={t('common.subject', { number: s.number, title: s.title })}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId="form-returnDecision"
      danger={decision === 'deny'}
    >
      {candidates.length > 1 && (
        <AssignmentPicker
          assignments={candidates}
          units={props.units}
          value={assignmentId}
          onChange={setAssignmentId}
        />
      )}
      {assignment && request && (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('common.unit')}>{props.units.name(assignment.unitId)}</Descriptions.Item>
          <Descriptions.Item label={t('returnDecision.requestedOn')}>
            {formatDay(request.requestedOn, i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('common.reason')}>{request.reason}</Descriptions.Item>
          <Descriptions.Item label={t('requestReturn.proposedUnit')}>
            {request.proposedUnitName ?? t('common.none')}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form layout="vertical">
        <Form.Item label={t('returnDecision.decision')}>
          <Radio.Group
            value={decision}
            onChange={(e) => setDecision(e.target.value as 'approve' | 'deny')}
            optionType="button"
            options={[
              { value: 'approve', label: t('actions.approveReturn') },
              { value: 'deny', label: t('actions.denyReturn') },
            ]}
          />
        </Form.Item>
        {decision === 'approve' && (
          <Form.Item label={t('returnDecision.reassignTo')} extra={t('returnDecision.reassignHint')}>
            <Select
              allowClear
              data-testid="reassign-to"
              showSearch={{ optionFilterProp: 'label' }}
              value={reassignTo}
              onChange={setReassignTo}
              options={props.units.active
                .filter((u) => u.id !== assignment?.unitId)
                .map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('common.reason')} required={decision === 'deny'}>
          <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
    </WorkflowModal>
  )
}
