/**
 * The assignment notices (交办通知) to print for some units: one document per unit and session (the notice names
 * one session in its title), listing the unit's open parts with their role, assignment day, return limit and the
 * unit's own answer date (the reply date for lead and separate units, the opinion date for co-handlers).
 *
 * Pure: records in, HTML out. Printed documents are official Chinese documents, so the notice keeps its default
 * Chinese labels whatever the UI language is.
 */
import type { Assignment, AssignmentState, Id, IsoDate, Session, Suggestion, Unit } from '@shared/domain/model'
import { renderAssignmentNotice, type AssignmentNoticeItem } from '@shared/letters'

/** Used when the settings name no organisation. */
export const DEFAULT_NOTICE_ISSUER = '人大常委会代表工作委员会'

/** Parts a unit is still working on (the notice is about work to do, not finished work). */
export const NOTICE_STATES: readonly AssignmentState[] = [
  'assigned',
  'signed',
  'return-requested',
  'review',
  'rehandling',
]

export interface AssignmentNoticeJob {
  unitId: Id
  unitName: string
  sessionName: string
  html: string
  count: number
}

export interface NoticeSources {
  assignments: readonly Assignment[]
  suggestions: ReadonlyMap<Id, Suggestion>
  sessions: ReadonlyMap<Id, Session>
  units: ReadonlyMap<Id, Unit>
}

function answerDue(a: Assignment): IsoDate | null {
  const find = (kind: string) => a.dueDates.find((d) => d.kind === kind)?.date ?? null
  if (a.role === 'co') return find('co-opinion') ?? find('reply')
  return find('rehandling-reply') ?? find('reply')
}

export function buildAssignmentNoticeJobs(
  unitIds: readonly Id[],
  sources: NoticeSources,
  options: { today: IsoDate; issuer: string; suggestionIds?: ReadonlySet<Id> },
): AssignmentNoticeJob[] {
  const superseded = new Set(sources.assignments.map((a) => a.previousId).filter((id): id is Id => id !== null))
  const jobs: AssignmentNoticeJob[] = []
  const unitOrder = (id: Id) => sources.units.get(id)?.order ?? Number.MAX_SAFE_INTEGER
  for (const unitId of [...new Set(unitIds)].sort((a, b) => unitOrder(a) - unitOrder(b))) {
    const open = sources.assignments.filter(
      (a) =>
        a.unitId === unitId &&
        NOTICE_STATES.includes(a.state) &&
        !superseded.has(a.id) &&
        sources.suggestions.has(a.suggestionId) &&
        (!options.suggestionIds || options.suggestionIds.has(a.suggestionId)),
    )
    const bySession = new Map<Id, Assignment[]>()
    for (const a of open) {
      const sessionId = sources.suggestions.get(a.suggestionId)!.sessionId
      bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), a])
    }
    const sessionIds = [...bySession.keys()].sort(
      (a, b) => (sources.sessions.get(a)?.order ?? 0) - (sources.sessions.get(b)?.order ?? 0),
    )
    const unitName = sources.units.get(unitId)?.name ?? unitId
    for (const sessionId of sessionIds) {
      const parts = bySession.get(sessionId)!
      const items: AssignmentNoticeItem[] = parts
        .map((a) => ({ a, s: sources.suggestions.get(a.suggestionId)! }))
        .sort((x, y) => x.s.numberSort - y.s.numberSort)
        .map(({ a, s }) => ({
          number: s.number,
          title: s.title,
          leadDeputy: s.leadDeputy,
          role: a.role,
          assignedOn: a.assignedOn,
          returnLimit: a.dueDates.find((d) => d.kind === 'return-limit')?.date ?? null,
          replyDue: answerDue(a) ?? '',
        }))
      const sessionName = sources.sessions.get(sessionId)?.name ?? ''
      const html = renderAssignmentNotice({
        sessionName,
        unitName,
        items,
        issuer: options.issuer.trim() || DEFAULT_NOTICE_ISSUER,
        date: options.today,
      })
      jobs.push({ unitId, unitName, sessionName, html, count: items.length })
    }
  }
  return jobs
}
