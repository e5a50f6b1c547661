/**
 * Actions that need at most a reason: 重新办理 (after 不满意), 办结, 不予立案 (optionally 转来信处理) and 更正 (reopen
 * a closed suggestion to 已答复待测评, e.g. a rating entered by mistake).
 */
import { useState } from 'react'
import { Checkbox, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { close, correct, notAccept, startRehandling } from '@shared/domain/workflow'
import { currentAssignments } from '@shared/domain/workflow/aggregate'
import { AssignmentPicker } from './AssignmentPicker'
import type { SingleFormProps } from './formProps'
import { assignmentsFor } from './workflowActions'
import { WorkflowModal } from './WorkflowModal'

export type ReasonAction = 'startRehandling' | 'close' | 'notAccept' | 'correct'

export function ReasonForm(props: SingleFormProps & { action: ReasonAction }) {
  const { t } = useTranslation('workflowForms')
  const candidates = props.action === 'startRehandling' ? assignmentsFor(props.aggregate, 'startRehandling') : []
  const [assignmentId, setAssignmentId] = useState(props.assignmentId ?? candidates[0]?.id)
  const [reason, setReason] = useState('')
  const [asLetter, setAsLetter] = useState(false)
  const s = props.aggregate.suggestion
  const required = props.action === 'notAccept' || props.action === 'correct'

  const submit = async () => {
    const text = reason.trim() || null
    const refusal = await props.runner.run(
      s.id,
      (a, ctx) => {
        switch (props.action) {
          case 'startRehandling':
            return startRehandling(a, { assignmentId: assignmentId ?? '', reason: text }, ctx)
          case 'close':
            return close(a, { reason: text }, ctx)
          case 'notAccept':
            return notAccept(a, { reason, handledAsLetter: asLetter }, ctx)
          case 'correct':
            return correct(
              a,
              {
                reason,
                stage: 'assigned',
                assignments: currentAssignments(a)
                  .filter((x) => x.state === 'closed' && x.role !== 'co')
                  .map((x) => ({ assignmentId: x.id, state: 'replied' as const })),
              },
              ctx,
            )
        }
      },
      { expectedRevision: s.revision },
    )
    if (!refusal) props.onDone()
    return refusal
  }

  return (
    <WorkflowModal
      title={t(`actions.${props.action}`)}
      okText={t(`actions.${props.action}`)}
      subject={t('common.subject', { number: s.number, title: s.title })}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId={`form-${props.action}`}
      danger={props.action === 'notAccept'}
    >
      {props.action === 'correct' && <div>{t('reasonForms.correctIntro')}</div>}
      <Form layout="vertical">
        {candidates.length > 1 && (
          <AssignmentPicker
            assignments={candidates}
            units={props.units}
            value={assignmentId}
            onChange={setAssignmentId}
          />
        )}
        <Form.Item label={t('common.reason')} required={required}>
          <Input.TextArea
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="reason-input"
          />
        </Form.Item>
        {props.action === 'notAccept' && (
          <Checkbox checked={asLetter} onChange={(e) => setAsLetter(e.target.checked)}>
            {t('reasonForms.handledAsLetter')}
          </Checkbox>
        )}
      </Form>
    </WorkflowModal>
  )
}
