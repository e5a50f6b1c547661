/**
 * The reply, basic: draft it (result class, body, the plan and date a B/C class requires, the reason a C class
 * requires), have it signed off (签发人), send it. Sending an unsigned draft signs it off first when a signer
 * is given (two commands, each recorded).
 */
import { useEffect, useState } from 'react'
import { DatePicker, Form, Input, Select } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { ResultClassSetting, Settings } from '@shared/domain/model'
import { draftReply, replyOf, sendReply, signOffReply } from '@shared/domain/workflow'
import { AssignmentPicker } from './AssignmentPicker'
import type { SingleFormProps } from './formProps'
import { assignmentsFor } from './workflowActions'
import { WorkflowModal } from './WorkflowModal'

function useSettings(runner: SingleFormProps['runner']): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null)
  useEffect(() => {
    let live = true
    void runner.context().then((c) => live && setSettings(c.settings))
    return () => {
      live = false
    }
  }, [runner])
  return settings
}

export function DraftReplyForm(props: SingleFormProps) {
  const { t } = useTranslation('workflowForms')
  const candidates = assignmentsFor(props.aggregate, 'draftReply')
  const [assignmentId, setAssignmentId] = useState(props.assignmentId ?? candidates[0]?.id)
  const assignment = candidates.find((a) => a.id === assignmentId)
  const existing = assignment ? replyOf(props.aggregate, assignment) : null
  const settings = useSettings(props.runner)
  const [resultClass, setResultClass] = useState<string | undefined>(existing?.resultClass)
  const [body, setBody] = useState(existing?.body ?? '')
  const [documentNumber, setDocumentNumber] = useState(existing?.documentNumber ?? '')
  const [promiseText, setPromiseText] = useState(existing?.promises[0]?.text ?? '')
  const [promiseDue, setPromiseDue] = useState<string | null>(existing?.promises[0]?.dueOn ?? null)
  const [explanation, setExplanation] = useState(existing?.explanation ?? '')
  const setting: ResultClassSetting | undefined = settings?.resultClasses.find((c) => c.code === resultClass)
  const s = props.aggregate.suggestion

  const submit = async () => {
    if (!assignmentId || !resultClass) return 'invalid' as const
    const promises =
      setting?.requiresPromise || promiseText.trim() ? [{ text: promiseText, dueOn: promiseDue ?? '' }] : []
    const refusal = await props.runner.run(
      s.id,
      (a, ctx) =>
        draftReply(
          a,
          {
            assignmentId,
            resultClass,
            body,
            documentNumber: documentNumber.trim() || null,
            promises,
            explanation: explanation.trim() || null,
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
      title={t('actions.draftReply')}
      okText={t('actions.draftReply')}
      subject={t('common.subject', { number: s.number, title: s.title })}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId="form-draftReply"
      width={680}
      okDisabled={!resultClass}
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
        <Form.Item label={t('reply.resultClass')} required>
          <Select
            data-testid="reply-class"
            value={resultClass}
            onChange={setResultClass}
            options={(settings?.resultClasses ?? []).map((c) => ({ value: c.code, label: `${c.code} · ${c.label}` }))}
          />
        </Form.Item>
        <Form.Item label={t('reply.body')} required>
          <Input.TextArea rows={6} value={body} onChange={(e) => setBody(e.target.value)} data-testid="reply-body" />
        </Form.Item>
        {(setting?.requiresPromise ?? false) && (
          <Form.Item label={t('reply.promise')} required>
            <Input value={promiseText} onChange={(e) => setPromiseText(e.target.value)} />
            <DatePicker
              style={{ marginTop: 8 }}
              value={promiseDue ? dayjs(promiseDue) : null}
              onChange={(d) => setPromiseDue(d ? d.format('YYYY-MM-DD') : null)}
              placeholder={t('reply.promiseDue')}
            />
          </Form.Item>
        )}
        {(setting?.requiresExplanation ?? false) && (
          <Form.Item label={t('reply.explanation')} required>
            <Input.TextArea rows={2} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
          </Form.Item>
        )}
        <Form.Item label={t('reply.documentNumber')}>
          <Input value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} />
        </Form.Item>
      </Form>
    </WorkflowModal>
  )
}

export function SignOffOrSendForm(props: SingleFormProps & { action: 'signOffReply' | 'sendReply' }) {
  const { t } = useTranslation('workflowForms')
  const candidates = assignmentsFor(props.aggregate, props.action)
  const [assignmentId, setAssignmentId] = useState(props.assignmentId ?? candidates[0]?.id)
  const assignment = candidates.find((a) => a.id === assignmentId)
  const reply = assignment ? replyOf(props.aggregate, assignment) : null
  const needsSignOff = props.action === 'signOffReply' || reply?.state === 'draft'
  const [signer, setSigner] = useState(reply?.signer ?? '')
  const [documentNumber, setDocumentNumber] = useState(reply?.documentNumber ?? '')
  const s = props.aggregate.suggestion

  const submit = async () => {
    if (!assignmentId) return 'invalid' as const
    if (needsSignOff) {
      const refusal = await props.runner.run(s.id, (a, ctx) => signOffReply(a, { assignmentId, signer }, ctx))
      if (refusal) return refusal
    }
    if (props.action === 'sendReply') {
      const refusal = await props.runner.run(s.id, (a, ctx) =>
        sendReply(a, { assignmentId, documentNumber: documentNumber.trim() || null }, ctx),
      )
      if (refusal) return refusal
    }
    props.onDone()
    return null
  }

  const title = props.action === 'signOffReply' ? t('actions.signOffReply') : t('actions.sendReply')
  return (
    <WorkflowModal
      title={title}
      okText={props.action === 'sendReply' && needsSignOff ? t('reply.signOffAndSend') : title}
      subject={t('common.subject', { number: s.number, title: s.title })}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId={`form-${props.action}`}
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
        {reply && (
          <Form.Item label={t('reply.resultClass')}>
            {reply.resultClass} · {reply.body.slice(0, 80)}
            {reply.body.length > 80 ? '…' : ''}
          </Form.Item>
        )}
        {needsSignOff && (
          <Form.Item label={t('reply.signer')} required>
            <Input value={signer} onChange={(e) => setSigner(e.target.value)} data-testid="reply-signer" />
          </Form.Item>
        )}
        {props.action === 'sendReply' && (
          <Form.Item label={t('reply.documentNumber')}>
            <Input value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} />
          </Form.Item>
        )}
      </Form>
    </WorkflowModal>
  )
}
