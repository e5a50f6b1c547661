/**
 * Opens the form of one workflow action for one or more suggestions (more than one only for 交办). Any screen
 * can use it: `<WorkflowFormHost request={{ action: 'signFor', suggestionIds: [id] }} onClose={…} />`.
 * It loads what the form needs (full aggregates, unit directory, sessions, past assignments for similarity)
 * and reports success with a message.
 */
import { useEffect, useMemo, useState } from 'react'
import { App, Modal, Spin } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Id, Session } from '@shared/domain/model'
import type { StoredAggregate } from '../../store/commandRunner'
import { getDb, type SuggestionDb } from '../../store/db'
import { assignmentHistory, getBoardIndex, loadBoardAggregate } from '../../store/boardQueries'
import { listSessions } from '../../store/repositories/sessions'
import { AssignForm } from './AssignForm'
import { RateForm } from './RateForm'
import { ReasonForm } from './ReasonForms'
import { DraftReplyForm, SignOffOrSendForm } from './ReplyForms'
import { RequestReturnForm } from './RequestReturnForm'
import { ReturnDecisionForm } from './ReturnDecisionForm'
import { SignForForm } from './SignForForm'
import { useUnitDirectory } from './useUnitDirectory'
import { useWorkflowRunner } from './useWorkflowRunner'
import type { WorkflowAction } from './workflowActions'

export interface WorkflowFormRequest {
  action: WorkflowAction
  suggestionIds: Id[]
  assignmentId?: Id
}

export interface WorkflowFormHostProps {
  request: WorkflowFormRequest
  /** `done` is true when the command was recorded. */
  onClose: (done: boolean) => void
  db?: SuggestionDb
}

export function WorkflowFormHost({ request, onClose, db = getDb() }: WorkflowFormHostProps) {
  const { t } = useTranslation('workflowForms')
  const { message } = App.useApp()
  const runner = useWorkflowRunner(db)
  const units = useUnitDirectory(db)
  const sessions = useLiveQuery(async () => new Map<Id, Session>((await listSessions(db)).map((s) => [s.id, s])), [db])
  const [aggregates, setAggregates] = useState<StoredAggregate[] | null>(null)
  const ids = request.suggestionIds.join(',')

  useEffect(() => {
    let live = true
    void Promise.all(request.suggestionIds.map((id) => loadBoardAggregate(db, id))).then((loaded) => {
      if (live) setAggregates(loaded.filter((a): a is StoredAggregate => a !== null))
    })
    return () => {
      live = false
    }
    // ids stands for request.suggestionIds
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, ids])

  const history = useMemo(() => {
    if (request.action !== 'assign') return []
    return assignmentHistory(getBoardIndex(db).aggregates(), new Set(request.suggestionIds))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, ids, request.action])

  const missing = aggregates !== null && aggregates.length === 0
  useEffect(() => {
    if (!missing) return
    void message.error(t('common.notFound'))
    onClose(false)
  }, [missing, message, t, onClose])

  if (!aggregates || !units || !sessions) {
    return (
      <Modal open footer={null} closable={false} title={t(`actions.${request.action}`)}>
        <Spin />
      </Modal>
    )
  }
  const aggregate = aggregates[0]
  if (!aggregate) return null
  const done = () => {
    void message.success(t('common.done', { action: t(`actions.${request.action}`) }))
    onClose(true)
  }
  const cancel = () => onClose(false)
  const common = { aggregate, units, runner, onDone: done, onCancel: cancel, assignmentId: request.assignmentId }

  switch (request.action) {
    case 'assign':
      return (
        <AssignForm
          db={db}
          aggregates={aggregates}
          units={units}
          runner={runner}
          history={history}
          sessions={sessions}
          onDone={(count) => {
            void message.success(t('assign.done', { count }))
            onClose(true)
          }}
          onCancel={cancel}
        />
      )
    case 'signFor':
      return <SignForForm {...common} />
    case 'requestReturn':
      return <RequestReturnForm {...common} />
    case 'approveReturn':
      return <ReturnDecisionForm {...common} decision="approve" />
    case 'denyReturn':
      return <ReturnDecisionForm {...common} decision="deny" />
    case 'draftReply':
      return <DraftReplyForm {...common} />
    case 'signOffReply':
    case 'sendReply':
      return <SignOffOrSendForm {...common} action={request.action} />
    case 'rate':
      return <RateForm {...common} />
    case 'startRehandling':
    case 'close':
    case 'notAccept':
    case 'correct':
      return <ReasonForm {...common} action={request.action} />
  }
}
