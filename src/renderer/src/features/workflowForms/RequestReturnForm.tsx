/**
 * 申请退回: a unit asks, within the limit, with a reason and the unit it thinks should handle it. The limit is
 * shown up front; after it the domain refuses with the limit date ('return-too-late').
 */
import { useState } from 'react'
import { Alert, Form, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Id } from '@shared/domain/model'
import { requestReturn } from '@shared/domain/workflow'
import { AssignmentPicker } from './AssignmentPicker'
import type { SingleFormProps } from './formProps'
import { assignmentsFor } from './workflowActions'
import { WorkflowModal } from './WorkflowModal'
import { formatDay } from '../common/formatDay'
import { todayIso } from '../common/clock'

export function RequestReturnForm(props: SingleFormProps) {
  const { t, i18n } = useTranslation('workflowForms')
  const candidates = assignmentsFor(props.aggregate, 'requestReturn')
  const [assignmentId, setAssignmentId] = useState(props.assignmentId ?? candidates[0]?.id)
  const [reason, setReason] = useState('')
  const [proposed, setProposed] = useState<Id | undefined>(undefined)
  const assignment = candidates.find((a) => a.id === assignmentId)
  const limit = assignment?.dueDates.find((d) => d.kind === 'return-limit')?.date ?? null
  const late = limit !== null && todayIso() > limit
  const s = props.aggregate.suggestion

  const submit = async () => {
    if (!assignmentId) return 'invalid' as const
    const refusal = await props.runner.run(
      s.id,
      (a, ctx) =>
        requestReturn(
          a,
          {
            assignmentId,
            reason,
            proposedUnitId: proposed ?? null,
            proposedUnitName: proposed ? props.units.name(proposed) : null,
          },
          ctx,
        ),
      { expectedRevision: s.revision },
    )
    if (!refusal) props.onDone()
    return refusal
  }

  return (
    <WorkflowModal
      title={t('actions.requestReturn')}
      okText={t('actions.requestReturn')}
      subject={t('common.subject', { number: s.number, title: s.title })}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId="form-requestReturn"
    >
      {limit && (
        <Alert
          type={late ? 'warning' : 'info'}
          showIcon
          data-testid="return-limit"
          title={
            late
              ? t('requestReturn.limitPassed', { date: formatDay(limit, i18n.language) })
              : t('requestReturn.limit', { date: formatDay(limit, i18n.language) })
          }
        />
      )}
      <Form layout="vertical">
        {candidates.length > 1 && (
          <AssignmentPicker
            assignments={candidates}
            units={props.units}
            value={assignmentId}
            onChange={setAssignmentId}
          />
        )}
        <Form.Item label={t('common.reason')} required>
          <Input.TextArea
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="return-reason"
          />
        </Form.Item>
        <Form.Item label={t('requestReturn.proposedUnit')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={proposed}
            onChange={setProposed}
            options={props.units.active
              .filter((u) => u.id !== assignment?.unitId)
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </Form>
    </WorkflowModal>
  )
}
