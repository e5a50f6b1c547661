/**
 * 办理记录 on the suggestion detail page: one collapsible record per unit's part (every round, ended parts
 * included, so a reassignment's chain is visible), each with its tabs. Commands run through the workflow
 * runner (store `runCommand`); sign-for, return request and return decision open the shared forms of
 * features/workflowForms. Read-only operators see everything and get no buttons.
 */
import { useCallback, useMemo, useState } from 'react'
import { Alert, Button, Card, Collapse, Empty, Flex, Spin, Tag, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Id } from '@shared/domain/model'
import { currentAssignments } from '@shared/domain/workflow'
import type { StoredAggregate } from '../../store/commandRunner'
import { getDb } from '../../store/db'
import { loadSettings } from '../../store/repositories/settings'
import { todayIso } from '../common/clock'
import { useCalendar } from '../common/useCalendar'
import { canEdit, useOperator } from '../operators'
import { useWorkflowRunner, validActions, WorkflowFormHost, type WorkflowFormRequest } from '../workflowForms'
import type { WorkflowAction } from '../workflowForms'
import { AssignmentHandlingCard } from './AssignmentHandlingCard'
import { HandlingEnvContext, type HandlingEnv } from './handlingEnv'

const ROLE_COLOURS = { lead: 'blue', co: 'geekblue', separate: 'purple' } as const

export function HandlingPanel({ aggregate, unitName }: { aggregate: StoredAggregate; unitName: (id: Id) => string }) {
  const { t } = useTranslation('handling')
  const { t: tw } = useTranslation('workflow')
  const db = getDb()
  const { operator } = useOperator()
  const runner = useWorkflowRunner(db)
  const calendar = useCalendar(db)
  const settings = useLiveQuery(() => loadSettings(db), [db])
  const [request, setRequest] = useState<WorkflowFormRequest | null>(null)
  const current = useMemo(() => new Set(currentAssignments(aggregate).map((a) => a.id)), [aggregate])
  const ordered = useMemo(
    () =>
      [...aggregate.assignments].sort(
        (x, y) =>
          x.round - y.round ||
          x.createdAt.localeCompare(y.createdAt) ||
          // Recorded in the same instant: a replaced part comes before the part that replaced it.
          (y.previousId === x.id ? -1 : x.previousId === y.id ? 1 : 0),
      ),
    [aggregate.assignments],
  )
  const [expanded, setExpanded] = useState<string[] | null>(null)
  const activeKeys = expanded ?? ordered.filter((a) => current.has(a.id)).map((a) => a.id)
  const suggestionId = aggregate.suggestion.id

  const openForm = useCallback(
    (action: WorkflowAction, assignmentId: Id) => setRequest({ action, suggestionIds: [suggestionId], assignmentId }),
    [suggestionId],
  )
  const showAssignment = useCallback(
    (id: Id) => {
      setExpanded((keys) => [...new Set([...(keys ?? activeKeys), id])])
      // After the panel has expanded.
      setTimeout(
        () => document.getElementById(`handling-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
        50,
      )
    },
    [activeKeys],
  )

  const canAct = canEdit(operator)
  const assignAllowed = canAct && validActions(aggregate).includes('assign')
  const extra = assignAllowed ? (
    <Button
      size="small"
      type="primary"
      data-testid="handling-assign"
      onClick={() => setRequest({ action: 'assign', suggestionIds: [suggestionId] })}
    >
      {t('panel.assign')}
    </Button>
  ) : undefined

  let body: React.ReactNode
  if (!calendar || !settings) body = <Spin />
  else if (ordered.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('panel.empty')} />
  else {
    const env: HandlingEnv = {
      aggregate,
      runner,
      canAct,
      unitName: (id) => (id ? unitName(id) : ''),
      calendar,
      settings,
      today: todayIso(),
      openForm,
      showAssignment,
    }
    body = (
      <HandlingEnvContext.Provider value={env}>
        <Flex vertical gap={8}>
          {!canAct && <Alert type="info" showIcon title={t('panel.readOnly')} data-testid="handling-read-only" />}
          {ordered.map((a) => {
            const live = current.has(a.id)
            return (
              <div
                key={a.id}
                id={`handling-${a.id}`}
                data-testid="handling-assignment"
                data-assignment-id={a.id}
                data-unit={unitName(a.unitId)}
                data-state={a.state}
              >
                <Collapse
                  size="small"
                  activeKey={activeKeys.includes(a.id) ? [a.id] : []}
                  onChange={(keys) =>
                    setExpanded([...activeKeys.filter((k) => k !== a.id), ...(keys.length > 0 ? [a.id] : [])])
                  }
                  items={[
                    {
                      key: a.id,
                      label: (
                        <Flex gap={8} align="center" wrap>
                          <Typography.Text strong delete={a.state === 'returned' || a.state === 'transferred'}>
                            {unitName(a.unitId)}
                          </Typography.Text>
                          <Tag color={ROLE_COLOURS[a.role]}>{tw(`roles.${a.role}`)}</Tag>
                          <Tag color={live ? 'processing' : 'default'}>{tw(`assignmentStates.${a.state}`)}</Tag>
                          <Typography.Text type="secondary">{t('panel.round', { round: a.round })}</Typography.Text>
                          {!live && <Tag>{t('panel.ended')}</Tag>}
                        </Flex>
                      ),
                      children: <AssignmentHandlingCard assignment={a} current={live} />,
                    },
                  ]}
                />
              </div>
            )
          })}
        </Flex>
      </HandlingEnvContext.Provider>
    )
  }

  return (
    <Card title={t('panel.title')} size="small" extra={extra} data-testid="handling-panel">
      {body}
      {request && <WorkflowFormHost request={request} onClose={() => setRequest(null)} db={db} />}
    </Card>
  )
}
