/**
 * 按文件交办 (from the import report): the suggestions an import just added, with the lead and co-handling units
 * the file named resolved against the directory. Unknown units are flagged and must be chosen or the suggestion
 * skipped; each ready row shows the due dates the assignment would give (the domain's `accept` + `assign` run
 * in memory). Confirming accepts and assigns every chosen suggestion in one transaction after a backup.
 */
import { Alert, Button, Card, Checkbox, Flex, Result, Select, Spin, Table, Tag, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import type { AssignmentRole, DomainError, Id, Session, Unit, WorkflowContext } from '@shared/domain/model'
import { getHost } from '../../host'
import { getDb } from '../../store/db'
import {
  acceptAndAssign,
  commitImportedAssignment,
  loadImportedSuggestions,
  type AssignmentPlan,
  type FileUnit,
  type ImportedAssignmentReport,
  type ImportedSuggestion,
} from '../../store/importedAssignment'
import { listUnits } from '../../store/repositories/units'
import { loadCalendar, loadWorkflowContext } from '../../store/workflowContext'
import { nowIso, todayIso } from '../common/clock'
import { DueDateView } from '../common/DueDateExplanation'
import { useOperator } from '../operators'

interface Loaded {
  items: ImportedSuggestion[]
  units: Unit[]
  sessions: Map<Id, Session>
  ctx: WorkflowContext
  calendar: WorkingDayCalendar
}

type RowStatus = 'ready' | 'unresolved' | 'no-units' | 'skipped' | 'refused'

interface Row {
  item: ImportedSuggestion
  units: FileUnit[]
  status: RowStatus
  plan: AssignmentPlan | null
  preview: ReturnType<typeof acceptAndAssign> | null
}

const STATUS_COLOR: Record<RowStatus, string> = {
  ready: 'green',
  unresolved: 'red',
  'no-units': 'red',
  skipped: 'default',
  refused: 'red',
}

export interface AssignFromFileReviewProps {
  suggestionIds: Id[]
  /** Back to the report; `assigned` is true once the batch was written. */
  onClose: (assigned: boolean) => void
}

export function AssignFromFileReview({ suggestionIds, onClose }: AssignFromFileReviewProps) {
  const { t } = useTranslation(['importWizard', 'workflow'])
  const { actor } = useOperator()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  /** Units the operator chose for unknown ones, by suggestion and position. */
  const [chosen, setChosen] = useState<Record<string, Id>>({})
  const [skipped, setSkipped] = useState<Set<Id>>(new Set())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<ImportedAssignmentReport | null>(null)

  useEffect(() => {
    let live = true
    void (async () => {
      const db = getDb()
      const [items, units, sessions, ctx, calendar] = await Promise.all([
        loadImportedSuggestions(db, suggestionIds),
        listUnits(db),
        db.sessions.toArray(),
        loadWorkflowContext(db, { actor, now: nowIso(), today: todayIso() }),
        loadCalendar(db),
      ])
      if (!live) return
      // Only what the file says how to assign: still waiting for assignment, with at least one unit named.
      const stillOpen = items.filter(
        (i) => ['registered', 'accepted'].includes(i.aggregate.suggestion.stage) && i.units.length > 0,
      )
      setLoaded({ items: stillOpen, units, sessions: new Map(sessions.map((s) => [s.id, s])), ctx, calendar })
    })()
    return () => {
      live = false
    }
  }, [suggestionIds, actor])

  const refusalText = (e: DomainError) =>
    t(`workflow:errors.${e.code}` as 'workflow:errors.unknown', { code: e.code, ...(e.params ?? {}) })

  const rows: Row[] = useMemo(() => {
    if (!loaded) return []
    return loaded.items.map((item) => {
      const id = item.aggregate.suggestion.id
      const units = item.units.map((u, i) => ({ ...u, unitId: u.unitId ?? chosen[`${id}:${i}`] ?? null }))
      const base = { item, units, plan: null, preview: null }
      if (skipped.has(id)) return { ...base, status: 'skipped' as const }
      if (units.length === 0) return { ...base, status: 'no-units' as const }
      if (units.some((u) => u.unitId === null)) return { ...base, status: 'unresolved' as const }
      const plan: AssignmentPlan = {
        suggestionId: id,
        units: units.map((u) => ({ unitId: u.unitId!, role: u.role })),
      }
      const fixed = loaded.sessions.get(item.aggregate.suggestion.sessionId)?.fixedReplyDate ?? null
      const preview = acceptAndAssign(item.aggregate, plan, loaded.ctx, fixed)
      return { ...base, plan, preview, status: preview.ok ? ('ready' as const) : ('refused' as const) }
    })
  }, [loaded, chosen, skipped])

  const ready = rows.filter((r) => r.status === 'ready')
  const blocking = rows.filter((r) => r.status !== 'ready' && r.status !== 'skipped')

  const commit = async () => {
    if (!loaded) return
    setBusy(true)
    setError(null)
    try {
      const result = await commitImportedAssignment(
        getDb(),
        getHost(),
        ready.map((r) => r.plan!),
        { ...loaded.ctx, now: nowIso() },
      )
      if (!result.ok) {
        const params = { ...(result.error.params ?? {}) }
        const reason = typeof params.code === 'string' ? refusalText({ code: params.code, params }) : ''
        setError(
          t(`assignFromFile.errors.${result.error.code}` as 'assignFromFile.errors.commit-failed', {
            ...params,
            reason,
          }),
        )
        return
      }
      setDone(result.value)
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <Card data-testid="assign-from-file">
        <Result
          status="success"
          data-testid="assign-from-file-done"
          title={t('assignFromFile.done', { count: done.assigned })}
          subTitle={t('assignFromFile.doneBackup', { name: done.backupName })}
          extra={
            <Flex gap="small" justify="center">
              <Button type="primary" href="#/board">
                {t('assignFromFile.toBoard')}
              </Button>
              <Button onClick={() => onClose(true)}>{t('assignFromFile.close')}</Button>
            </Flex>
          }
        />
      </Card>
    )
  }

  const unitName = (id: Id | null) => loaded?.units.find((u) => u.id === id)?.name ?? ''
  const unitOptions = (candidates: string[]) => {
    const all = (loaded?.units ?? []).filter((u) => u.active)
    const first = all.filter((u) => candidates.includes(u.name))
    return [...first, ...all.filter((u) => !candidates.includes(u.name))].map((u) => ({ value: u.id, label: u.name }))
  }
  const unitCell = (row: Row, roles: AssignmentRole[]) => (
    <Flex vertical gap={4}>
      {row.units.map((u, i) =>
        !roles.includes(u.role) ? null : row.item.units[i]!.unitId !== null ? (
          <Tag key={i} color={u.role === 'separate' ? 'purple' : undefined}>
            {unitName(u.unitId)}
            {u.role === 'separate' ? `（${t('workflow:roles.separate')}）` : ''}
          </Tag>
        ) : (
          <Flex key={i} vertical gap={2} data-testid="unresolved-unit">
            <Typography.Text type="danger">{t('assignFromFile.notFound', { text: u.text })}</Typography.Text>
            <Select
              size="small"
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 200 }}
              placeholder={t('assignFromFile.choose')}
              value={u.unitId ?? undefined}
              options={unitOptions(u.candidates)}
              onChange={(value: Id) =>
                setChosen((c) => ({ ...c, [`${row.item.aggregate.suggestion.id}:${i}`]: value }))
              }
            />
          </Flex>
        ),
      )}
    </Flex>
  )

  return (
    <Card data-testid="assign-from-file" title={t('assignFromFile.title')}>
      {!loaded ? (
        <Flex gap="small" align="center">
          <Spin size="small" />
          {t('assignFromFile.loading')}
        </Flex>
      ) : (
        <Flex vertical gap="middle">
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('assignFromFile.intro')}</Typography.Paragraph>
          <Table<Row>
            size="small"
            rowKey={(r) => r.item.aggregate.suggestion.id}
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              {
                title: t('assignFromFile.number'),
                width: 80,
                render: (_, r) => r.item.aggregate.suggestion.numberText,
              },
              { title: t('assignFromFile.suggestionTitle'), render: (_, r) => r.item.aggregate.suggestion.title },
              {
                title: t('assignFromFile.leadUnits'),
                width: 230,
                render: (_, r) => (
                  <>
                    {unitCell(r, ['lead', 'separate'])}
                    {r.item.unitsAndOthers && (
                      <Typography.Text type="secondary">{t('assignFromFile.andOthers')}</Typography.Text>
                    )}
                  </>
                ),
              },
              { title: t('assignFromFile.coUnits'), width: 200, render: (_, r) => unitCell(r, ['co']) },
              {
                title: t('assignFromFile.dueDates'),
                width: 250,
                render: (_, r) => {
                  if (!r.preview) return null
                  if (!r.preview.ok)
                    return <Typography.Text type="danger">{refusalText(r.preview.error)}</Typography.Text>
                  const lead = r.preview.value.dueDates.find((d) => d.role !== 'co') ?? r.preview.value.dueDates[0]
                  const shown = lead?.dueDates.filter((d) => d.kind === 'reply' || d.kind === 'co-opinion') ?? []
                  return (
                    <Flex vertical gap={2}>
                      {shown.map((d) => (
                        <DueDateView
                          key={d.kind}
                          dueDate={d}
                          calendar={loaded.calendar}
                          today={loaded.ctx.today}
                          open={false}
                        />
                      ))}
                    </Flex>
                  )
                },
              },
              {
                title: t('assignFromFile.status'),
                width: 120,
                render: (_, r) => (
                  <Tag color={STATUS_COLOR[r.status]} data-testid="assign-row-status">
                    {t(`assignFromFile.statuses.${r.status}`)}
                  </Tag>
                ),
              },
              {
                title: t('assignFromFile.skip'),
                width: 60,
                render: (_, r) => {
                  const id = r.item.aggregate.suggestion.id
                  return (
                    <Checkbox
                      aria-label={t('assignFromFile.skip')}
                      checked={skipped.has(id)}
                      onChange={(e) =>
                        setSkipped((s) => {
                          const next = new Set(s)
                          if (e.target.checked) next.add(id)
                          else next.delete(id)
                          return next
                        })
                      }
                    />
                  )
                },
              },
            ]}
          />
          {blocking.length > 0 && (
            <Alert type="warning" showIcon title={t('assignFromFile.mustFix', { count: blocking.length })} />
          )}
          {error && <Alert type="error" showIcon title={error} data-testid="assign-from-file-error" />}
          <Flex gap="middle" align="center">
            <Button
              type="primary"
              data-testid="assign-from-file-commit"
              disabled={ready.length === 0 || blocking.length > 0}
              loading={busy}
              onClick={() => void commit()}
            >
              {t('assignFromFile.commit', { count: ready.length })}
            </Button>
            <Button onClick={() => onClose(false)}>{t('assignFromFile.close')}</Button>
            <Typography.Text type="secondary">{t('assignFromFile.backupNote')}</Typography.Text>
          </Flex>
        </Flex>
      )}
    </Card>
  )
}
