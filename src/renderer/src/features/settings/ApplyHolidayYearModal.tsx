/**
 * The last step before a year's working-day data is applied: what changes in the year, and every open due date
 * whose date would differ under the new calendar (old → new). Applying only stores the year; stored due dates
 * keep their dates. Afterwards an administrator may recompute the listed dates — a separate, logged action with a
 * required reason: one `recomputeDueDates` command per suggestion, with progress and a summary. The list is
 * frozen when the year is applied (after that the "before" calendar is gone, so it could not be computed again).
 */
import { useMemo, useState } from 'react'
import { Alert, App, Button, Descriptions, Flex, Form, Input, Modal, Progress, Table, Tag, Typography } from 'antd'
import { ArrowRightOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { HolidayYear } from '@shared/domain/model'
import {
  builtInHolidayYears,
  createWorkingDayCalendar,
  diffHolidayYears,
  dueDatesThatWouldMove,
  type DueDateMove,
} from '@shared/domain/calendar'
import { getDb } from '../../store/db'
import { putHolidayYear } from '../../store/repositories/holidayYears'
import { nowIso, todayIso } from '../common/clock'
import { useDomainErrorText } from '../common/domainErrorText'
import { canAdminister, useOperator } from '../operators'
import {
  openDueDates,
  recomputeChosenDueDates,
  removeAdministratorYear,
  type OpenDueDate,
  type RecomputeSummary,
} from './settingsStore'

export interface ApplyHolidayYearModalProps {
  year: number
  /** The new data, or null to drop the administrator's data for the year (back to built-in or fallback). */
  after: HolidayYear | null
  stored: HolidayYear[]
  onClose: (applied: boolean) => void
}

export function ApplyHolidayYearModal(props: ApplyHolidayYearModalProps) {
  /** The moves as they were when the year was applied; set once applied and something would move. */
  const [applied, setApplied] = useState<DueDateMove<OpenDueDate>[] | null>(null)
  // The preview unmounts once applied: its live query of every open due date would otherwise re-run after each
  // recomputed suggestion.
  if (applied) return <RecomputeStep year={props.year} moves={applied} onClose={() => props.onClose(true)} />
  return <PreviewStep {...props} onApplied={setApplied} />
}

function PreviewStep({
  year,
  after,
  stored,
  onClose,
  onApplied,
}: ApplyHolidayYearModalProps & { onApplied: (moves: DueDateMove<OpenDueDate>[]) => void }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const open = useLiveQuery(() => openDueDates(db), [db])
  const builtIn = useMemo(() => builtInHolidayYears(), [])

  const { moves, diff } = useMemo(() => {
    const before = createWorkingDayCalendar([...builtIn, ...stored])
    const others = stored.filter((y) => y.year !== year)
    const next = createWorkingDayCalendar([...builtIn, ...others, ...(after ? [after] : [])])
    const afterYear = next.holidayYear(year) ?? {
      year,
      holidays: [],
      workdays: [],
      source: 'built-in' as const,
      updatedAt: null,
      note: null,
    }
    return {
      moves: open ? dueDatesThatWouldMove(open, before, next, (d) => d.assignmentId) : undefined,
      diff: diffHolidayYears(before.holidayYear(year), afterYear),
    }
  }, [builtIn, stored, year, after, open])

  const apply = async () => {
    setBusy(true)
    if (after) await putHolidayYear(db, { ...after, source: 'administrator', updatedAt: nowIso() })
    else await removeAdministratorYear(db, year)
    setBusy(false)
    if (moves && moves.length > 0) return onApplied(moves)
    void message.success(t('holidays.apply.done', { year, count: 0 }))
    onClose(true)
  }

  const list = (dates: string[]) => (dates.length ? dates.map((d) => <Tag key={d}>{d.slice(5)}</Tag>) : '—')

  return (
    <Modal
      open
      title={t('holidays.apply.title', { year })}
      okText={t('holidays.apply.ok')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ disabled: moves === undefined }}
      confirmLoading={busy}
      onOk={() => void apply()}
      onCancel={() => onClose(false)}
      width={860}
      destroyOnHidden
    >
      <Flex vertical gap="middle" data-testid="holiday-apply">
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            { key: 'ah', label: t('holidays.apply.addedHolidays'), children: list(diff.addedHolidays) },
            { key: 'rh', label: t('holidays.apply.removedHolidays'), children: list(diff.removedHolidays) },
            { key: 'aw', label: t('holidays.apply.addedWorkdays'), children: list(diff.addedWorkdays) },
            { key: 'rw', label: t('holidays.apply.removedWorkdays'), children: list(diff.removedWorkdays) },
          ]}
        />
        <Typography.Text strong data-testid="holiday-moves-count">
          {moves === undefined ? t('holidays.apply.checking') : t('holidays.apply.moves', { count: moves.length })}
        </Typography.Text>
        {moves && moves.length > 0 && <MovesTable moves={moves} />}
        <Alert
          type="warning"
          showIcon
          title={t('holidays.apply.notMoved')}
          description={t('holidays.apply.recomputeNote')}
        />
      </Flex>
    </Modal>
  )
}

function MovesTable({ moves }: { moves: DueDateMove<OpenDueDate>[] }) {
  const { t } = useTranslation('settings')
  return (
    <Table<DueDateMove<OpenDueDate>>
      size="small"
      rowKey={(m) => `${m.dueDate.assignmentId}-${m.dueDate.kind}`}
      dataSource={moves}
      onRow={(m) => ({ 'data-suggestion-id': m.dueDate.suggestionId }) as React.HTMLAttributes<HTMLElement>}
      pagination={moves.length > 8 ? { pageSize: 8, size: 'small' } : false}
      columns={[
        {
          title: t('holidays.apply.suggestion'),
          key: 's',
          render: (_, m) => (
            <Typography.Text ellipsis style={{ maxWidth: 300 }}>
              {m.dueDate.sessionName} {m.dueDate.numberText} {m.dueDate.title}
            </Typography.Text>
          ),
        },
        { title: t('holidays.apply.unit'), key: 'u', render: (_, m) => m.dueDate.unitName, width: 140 },
        {
          title: t('holidays.apply.kind'),
          key: 'k',
          width: 110,
          render: (_, m) => t(`deadlines.dueKinds.${m.dueDate.kind}`),
        },
        {
          title: t('holidays.apply.change'),
          key: 'c',
          width: 210,
          render: (_, m) => (
            <span>
              {m.dueDate.date} <ArrowRightOutlined /> <Typography.Text strong>{m.newDate}</Typography.Text>
            </span>
          ),
        },
      ]}
    />
  )
}

/** After applying: offer to recompute the listed dates (administrators only), then report what happened. */
function RecomputeStep({
  year,
  moves,
  onClose,
}: {
  year: number
  moves: DueDateMove<OpenDueDate>[]
  onClose: () => void
}) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { message } = App.useApp()
  const { operator, actor } = useOperator()
  const domainErrorText = useDomainErrorText()
  const admin = canAdminister(operator)
  const [reason, setReason] = useState('')
  const [reasonMissing, setReasonMissing] = useState(false)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [summary, setSummary] = useState<RecomputeSummary | null>(null)
  const running = progress !== null && summary === null
  const numberOf = new Map(moves.map((m) => [m.dueDate.suggestionId, m.dueDate.numberText]))

  const run = async () => {
    if (!reason.trim()) return setReasonMissing(true)
    const chosen = moves.map((m) => ({
      suggestionId: m.dueDate.suggestionId,
      assignmentId: m.dueDate.assignmentId,
      kind: m.dueDate.kind,
    }))
    setProgress({ done: 0, total: numberOf.size })
    try {
      const result = await recomputeChosenDueDates(
        db,
        chosen,
        reason.trim(),
        actor,
        { now: nowIso(), today: todayIso() },
        (done, total) => setProgress({ done, total }),
      )
      setSummary(result)
    } catch (e) {
      setProgress(null)
      void message.error(String(e))
    }
  }

  const footer = summary
    ? [
        <Button key="finish" type="primary" onClick={onClose}>
          {t('holidays.recompute.finish')}
        </Button>,
      ]
    : [
        <Button key="skip" onClick={onClose} disabled={running}>
          {t('holidays.recompute.skip')}
        </Button>,
        ...(admin
          ? [
              <Button key="run" type="primary" loading={running} onClick={() => void run()} data-testid="recompute-run">
                {t('holidays.recompute.offer')}
              </Button>,
            ]
          : []),
      ]

  return (
    <Modal
      open
      title={t('holidays.recompute.title', { year })}
      footer={footer}
      closable={!running}
      maskClosable={false}
      onCancel={() => !running && onClose()}
      width={860}
      destroyOnHidden
    >
      <Flex vertical gap="middle" data-testid="holiday-recompute">
        <Typography.Text strong>{t('holidays.recompute.applied', { year, count: moves.length })}</Typography.Text>
        <MovesTable moves={moves} />
        {!admin && <Alert type="info" showIcon title={t('holidays.recompute.adminOnly')} />}
        {admin && !summary && (
          <>
            <Typography.Text type="secondary">{t('holidays.recompute.note')}</Typography.Text>
            <Form layout="vertical">
              <Form.Item
                label={t('holidays.recompute.reason')}
                htmlFor="recompute-reason"
                required
                validateStatus={reasonMissing ? 'error' : undefined}
                help={reasonMissing ? t('holidays.recompute.reasonRequired') : undefined}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  id="recompute-reason"
                  data-testid="recompute-reason"
                  rows={2}
                  value={reason}
                  disabled={running}
                  placeholder={t('holidays.recompute.reasonPlaceholder', { year })}
                  onChange={(e) => {
                    setReason(e.target.value)
                    if (e.target.value.trim()) setReasonMissing(false)
                  }}
                />
              </Form.Item>
            </Form>
          </>
        )}
        {progress && !summary && (
          <Flex vertical gap={4} data-testid="recompute-progress">
            <Progress percent={progress.total ? Math.round((progress.done / progress.total) * 100) : 100} />
            <Typography.Text type="secondary">{t('holidays.recompute.running', progress)}</Typography.Text>
          </Flex>
        )}
        {summary && (
          <Alert
            type={summary.failed.length ? 'warning' : 'success'}
            showIcon
            data-testid="recompute-summary"
            title={t('holidays.recompute.doneTitle')}
            description={
              <Flex vertical gap={2}>
                <span>
                  {t('holidays.recompute.summary', {
                    suggestions: summary.recomputed.length,
                    dates: summary.recomputed.reduce((n, r) => n + r.moved.length, 0),
                  })}
                </span>
                {summary.unchanged.length > 0 && (
                  <span>{t('holidays.recompute.unchanged', { count: summary.unchanged.length })}</span>
                )}
                {summary.failed.length > 0 && (
                  <>
                    <span>{t('holidays.recompute.failed', { count: summary.failed.length })}</span>
                    {summary.failed.map((f) => (
                      <span key={f.suggestionId}>
                        {numberOf.get(f.suggestionId)}：{domainErrorText(f.error)}
                      </span>
                    ))}
                  </>
                )}
              </Flex>
            }
          />
        )}
      </Flex>
    </Modal>
  )
}
