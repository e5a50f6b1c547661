/**
 * 交办: one or many suggestions to a lead unit with co-handlers, or to separate units (分办), from the directory.
 * The due dates each role gets appear at once, with the explanation of the reply date; units that handled
 * similar suggestions before (title similarity, computed locally) are offered first.
 */
import { useEffect, useMemo, useState } from 'react'
import { App, DatePicker, Flex, Form, Radio, Select, Tag, Tooltip, Typography } from 'antd'
import { BulbOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { AssignmentRole, DueDate, Id, IsoDate, Session, WorkflowContext } from '@shared/domain/model'
import { assignmentDueDates } from '@shared/domain/deadlines'
import { rankUnitsBySimilarTitles } from '@shared/domain/similarity'
import { assign } from '@shared/domain/workflow'
import type { StoredAggregate } from '../../store/commandRunner'
import { DueDateExplanation, DueDateView } from '../common/DueDateExplanation'
import { useCalendar } from '../common/useCalendar'
import type { SuggestionDb } from '../../store/db'
import type { UnitDirectory } from './useUnitDirectory'
import type { WorkflowRunner } from './useWorkflowRunner'
import { WorkflowModal } from './WorkflowModal'

export interface AssignFormProps {
  db: SuggestionDb
  aggregates: StoredAggregate[]
  units: UnitDirectory
  runner: WorkflowRunner
  /** Past (title, unit) pairs for the recommendations. */
  history: ReadonlyArray<{ title: string; unitId: Id }>
  sessions: ReadonlyMap<Id, Session>
  onDone: (count: number) => void
  onCancel: () => void
}

interface Recommendation {
  unitId: Id
  score: number
  bestTitle: string
}

/** Units ranked by similarity to any of the suggestions' titles (best score per unit). */
export function recommendUnits(
  titles: readonly string[],
  history: ReadonlyArray<{ title: string; unitId: Id }>,
  limit = 5,
): Recommendation[] {
  const best = new Map<Id, Recommendation>()
  for (const title of titles) {
    for (const r of rankUnitsBySimilarTitles(title, history, limit)) {
      const current = best.get(r.unitId)
      if (!current || r.score > current.score)
        best.set(r.unitId, { unitId: r.unitId, score: r.score, bestTitle: r.bestTitle })
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit)
}

type Mode = 'lead' | 'separate'

export function AssignForm(props: AssignFormProps) {
  const { t } = useTranslation('workflowForms')
  const { t: tw } = useTranslation('workflow')
  const { message } = App.useApp()
  const calendar = useCalendar(props.db)
  const [ctx, setCtx] = useState<WorkflowContext | null>(null)
  const [mode, setMode] = useState<Mode>('lead')
  const [lead, setLead] = useState<Id | undefined>(undefined)
  const [co, setCo] = useState<Id[]>([])
  const [separate, setSeparate] = useState<Id[]>([])
  const [on, setOn] = useState<IsoDate | null>(null)
  const { context } = props.runner

  useEffect(() => {
    let live = true
    void context().then((c) => {
      if (!live) return
      setCtx(c)
      setOn((current) => current ?? c.today)
    })
    return () => {
      live = false
    }
  }, [context])

  const titles = props.aggregates.map((a) => a.suggestion.title)
  const recommendations = useMemo(
    () => recommendUnits(titles, props.history).filter((r) => props.units.byId.get(r.unitId)?.active),
    // titles derive from aggregates
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.aggregates, props.history, props.units],
  )
  const recommendedIds = new Set(recommendations.map((r) => r.unitId))
  const unitOption = (id: Id) => ({ value: id, label: props.units.name(id) })
  const groupedOptions = [
    ...(recommendations.length > 0
      ? [{ label: t('assign.recommendedGroup'), options: recommendations.map((r) => unitOption(r.unitId)) }]
      : []),
    {
      label: t('assign.allUnitsGroup'),
      options: props.units.active.filter((u) => !recommendedIds.has(u.id)).map((u) => unitOption(u.id)),
    },
  ]

  const first = props.aggregates[0]?.suggestion
  const fixedReplyDate = first ? (props.sessions.get(first.sessionId)?.fixedReplyDate ?? null) : null
  const parts: Array<{ unitId: Id; role: AssignmentRole }> =
    mode === 'lead'
      ? [
          ...(lead ? [{ unitId: lead, role: 'lead' as const }] : []),
          ...co.map((unitId) => ({ unitId, role: 'co' as const })),
        ]
      : separate.map((unitId) => ({ unitId, role: 'separate' as const }))

  const preview = useMemo(() => {
    if (!ctx || !on) return [] as Array<{ role: AssignmentRole; dueDates: DueDate[] }>
    const roles = [...new Set(parts.map((p) => p.role))]
    return roles.map((role) => ({
      role,
      dueDates: assignmentDueDates({
        assignedOn: on,
        role,
        settings: ctx.settings.deadlines,
        session: { fixedReplyDate },
        dueDate: ctx.dueDate,
      }),
    }))
    // parts is derived from mode/lead/co/separate
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx, on, mode, lead, co, separate, fixedReplyDate])

  const pick = (unitId: Id) => {
    if (mode === 'lead') {
      setLead(unitId)
      setCo((c) => c.filter((x) => x !== unitId))
    } else setSeparate((s) => (s.includes(unitId) ? s : [...s, unitId]))
  }

  const submit = async () => {
    if (!ctx || !on) return 'invalid' as const
    const runCtx = { ...ctx, today: ctx.today }
    const failures: Array<{ number: string; error: { code: string; params?: Record<string, string | number> } }> = []
    let done = 0
    for (const agg of props.aggregates) {
      const session = props.sessions.get(agg.suggestion.sessionId)
      const refusal = await props.runner.run(
        agg.suggestion.id,
        (a, c) => assign(a, { units: parts, on, fixedReplyDate: session?.fixedReplyDate ?? null }, c),
        { ctx: runCtx, expectedRevision: agg.suggestion.revision },
      )
      if (refusal) failures.push({ number: agg.suggestion.numberText, error: refusal })
      else done++
    }
    if (done === 0 && failures[0]) return failures[0].error
    if (failures.length > 0) {
      void message.warning(t('assign.partlyDone', { done, failed: failures.map((f) => f.number).join('、') }))
    }
    props.onDone(done)
    return null
  }

  const subject =
    props.aggregates.length === 1 && first
      ? t('common.subject', { number: first.number, title: first.title })
      : t('assign.batchSubject', { count: props.aggregates.length })

  return (
    <WorkflowModal
      title={t('actions.assign')}
      okText={
        props.aggregates.length > 1 ? t('assign.okBatch', { count: props.aggregates.length }) : t('actions.assign')
      }
      subject={subject}
      onSubmit={submit}
      onCancel={props.onCancel}
      testId="form-assign"
      width={760}
      okDisabled={parts.length === 0 || !ctx}
    >
      {props.aggregates.length > 1 && (
        <Flex wrap gap={4} data-testid="assign-batch-list" style={{ maxHeight: 96, overflow: 'auto' }}>
          {props.aggregates.map((a) => (
            <Tag key={a.suggestion.id}>
              {a.suggestion.numberText} {a.suggestion.title}
            </Tag>
          ))}
        </Flex>
      )}
      {recommendations.length > 0 && (
        <Flex wrap gap={6} align="center" data-testid="assign-recommendations">
          <Typography.Text type="secondary">
            <BulbOutlined /> {t('assign.recommended')}
          </Typography.Text>
          {recommendations.map((r) => (
            <Tooltip
              key={r.unitId}
              title={t('assign.similarTo', { title: r.bestTitle, score: Math.round(r.score * 100) })}
            >
              <Tag.CheckableTag
                checked={mode === 'lead' ? lead === r.unitId : separate.includes(r.unitId)}
                onChange={() => pick(r.unitId)}
                data-testid="assign-recommendation"
              >
                {props.units.name(r.unitId)}
              </Tag.CheckableTag>
            </Tooltip>
          ))}
        </Flex>
      )}
      <Form layout="vertical">
        <Form.Item label={t('assign.mode')}>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            optionType="button"
            options={[
              { value: 'lead', label: t('assign.modeLead') },
              { value: 'separate', label: t('assign.modeSeparate') },
            ]}
          />
        </Form.Item>
        {mode === 'lead' ? (
          <Flex gap={12}>
            <Form.Item label={tw('roles.lead')} required style={{ flex: 1 }}>
              <Select
                data-testid="assign-lead"
                showSearch={{ optionFilterProp: 'label' }}
                value={lead}
                onChange={(v: Id) => {
                  setLead(v)
                  setCo((c) => c.filter((x) => x !== v))
                }}
                options={groupedOptions}
                placeholder={t('assign.leadPlaceholder')}
              />
            </Form.Item>
            <Form.Item label={tw('roles.co')} style={{ flex: 1 }}>
              <Select
                data-testid="assign-co"
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                value={co}
                onChange={(v: Id[]) => setCo(v.filter((x) => x !== lead))}
                options={groupedOptions}
                placeholder={t('assign.coPlaceholder')}
              />
            </Form.Item>
          </Flex>
        ) : (
          <Form.Item label={tw('roles.separate')} required>
            <Select
              data-testid="assign-separate"
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              value={separate}
              onChange={setSeparate}
              options={groupedOptions}
              placeholder={t('assign.separatePlaceholder')}
            />
          </Form.Item>
        )}
        <Form.Item label={t('common.on')}>
          <DatePicker
            value={on ? dayjs(on) : null}
            onChange={(d) => setOn(d ? d.format('YYYY-MM-DD') : null)}
            allowClear={false}
          />
        </Form.Item>
      </Form>
      <Flex vertical gap={8} data-testid="assign-due-dates">
        <Typography.Text strong>{t('assign.dueDatesTitle')}</Typography.Text>
        {preview.length === 0 && <Typography.Text type="secondary">{t('assign.dueDatesHint')}</Typography.Text>}
        {calendar &&
          ctx &&
          preview.map((p) => (
            <Flex
              key={p.role}
              vertical
              gap={4}
              style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }}
              data-testid={`assign-due-${p.role}`}
            >
              <Typography.Text type="secondary">{t('assign.dueFor', { role: tw(`roles.${p.role}`) })}</Typography.Text>
              {p.dueDates.map((d) => (
                <DueDateView key={d.kind} dueDate={d} calendar={calendar} today={ctx.today} open={false} />
              ))}
              {p.dueDates
                .filter((d) => d.kind === 'reply' || d.kind === 'co-opinion')
                .map((d) => (
                  <div key={`x-${d.kind}`} style={{ background: '#fafafa', padding: '6px 10px', borderRadius: 4 }}>
                    <DueDateExplanation dueDate={d} calendar={calendar} />
                  </div>
                ))}
            </Flex>
          ))}
      </Flex>
    </WorkflowModal>
  )
}
