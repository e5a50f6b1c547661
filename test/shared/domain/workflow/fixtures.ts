/**
 * Test fixtures for the workflow: a context with a counter for ids and a fake due-date calculator that counts
 * plain days (working days = calendar days), so these tests do not depend on the holiday calendar.
 */
import type { DeadlineRule, DueDate, DueKind, IsoDate, WorkflowChange, WorkflowContext } from '@shared/domain/model'
import { defaultSettings } from '@shared/domain/settings'
import type { SuggestionAggregate } from '@shared/domain/workflow'
import { applyChange, register } from '@shared/domain/workflow'

export function shiftDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export function shiftMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

export function fakeDueDate(kind: DueKind, rule: DeadlineRule, start: IsoDate, note: string | null = null): DueDate {
  let date: IsoDate
  switch (rule.type) {
    case 'working-days':
      date = shiftDays(start, rule.days)
      break
    case 'working-days-before':
      date = shiftDays(start, -rule.days)
      break
    case 'calendar-months':
      date = shiftMonths(start, rule.months)
      break
    case 'fixed-date':
      date = rule.date
      break
  }
  return { kind, date, start, rule, usedFallbackCalendar: false, computedAt: '2026-01-01T00:00:00.000Z', note }
}

export interface TestClock {
  ctx: (today: IsoDate) => WorkflowContext
}

/** A context factory sharing one id counter: ids are `id-1`, `id-2`, … in the order commands ask for them. */
export function makeClock(): TestClock {
  let n = 0
  const settings = defaultSettings()
  return {
    ctx: (today) => ({
      now: `${today}T09:00:00.000+08:00`,
      today,
      actor: { id: 'op-1', name: '张三' },
      settings,
      newId: () => `id-${++n}`,
      dueDate: fakeDueDate,
    }),
  }
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`)
  return result.value
}

export const registerInput = {
  sessionId: 'session-1',
  numberText: '第0123号',
  number: '123',
  numberSort: 123,
  title: '关于加强老旧小区加装电梯工作的建议',
  content: '建议……',
  leadDeputy: '樊奇',
  coSigners: [] as string[],
  signerCount: null,
  delegation: '城区代表团',
  category: '城乡建设',
  receivedOn: '2026-01-20',
  publicity: { public: true, reason: null },
  tags: [] as string[],
  searchText: '123 关于加强老旧小区加装电梯工作的建议 樊奇',
}

/** Keeps the aggregate and every event as commands are applied. */
export class Journal {
  state: SuggestionAggregate
  events: WorkflowChange['events'] = []
  contacts: WorkflowChange['contacts'] = []

  constructor(first: WorkflowChange) {
    if (!first.suggestion) throw new Error('register first')
    this.state = { suggestion: first.suggestion, assignments: [], replies: [], ratings: [] }
    this.events.push(...first.events)
  }

  static registered(ctx: WorkflowContext, overrides: Partial<typeof registerInput> = {}): Journal {
    return new Journal(unwrap(register({ ...registerInput, ...overrides }, ctx)))
  }

  apply(result: Parameters<typeof unwrap<WorkflowChange>>[0]): WorkflowChange {
    const c = unwrap(result)
    this.state = applyChange(this.state, c)
    this.events.push(...c.events)
    this.contacts.push(...c.contacts)
    return c
  }

  assignment(unitId: string, round = 1) {
    const found = this.state.assignments.filter((a) => a.unitId === unitId && a.round === round).at(-1)
    if (!found) throw new Error(`no assignment for ${unitId}`)
    return found
  }
}
