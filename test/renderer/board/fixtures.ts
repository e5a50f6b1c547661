/**
 * Literal board aggregates for the board model's tests: a suggestion with its assignments, written the way the
 * store holds them, with only the fields a test cares about given.
 */
import type { Assignment, AssignmentRole, AssignmentState, DueDate, DueKind, Suggestion } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'

const NOW = '2026-09-01T09:00:00.000+08:00'

export function suggestion(id: string, n: number, overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id,
    sessionId: 'S1',
    numberText: `第${String(n).padStart(4, '0')}号`,
    number: String(n),
    numberSort: n,
    title: `关于第${n}号事项的建议`,
    content: '',
    leadDeputy: '王红',
    coSigners: [],
    signerCount: null,
    delegation: '东城代表团',
    category: '城乡建设',
    receivedOn: '2026-03-05',
    publicity: { public: true, reason: null },
    key: false,
    tags: [],
    stage: 'assigned',
    stageReason: null,
    handledAsLetter: false,
    mergedIntoId: null,
    round: 1,
    searchText: '',
    createdAt: NOW,
    updatedAt: NOW,
    revision: 1,
    ...overrides,
  }
}

export function due(kind: DueKind, date: string): DueDate {
  return {
    kind,
    date,
    start: '2026-06-01',
    rule: { type: 'fixed-date', date },
    usedFallbackCalendar: false,
    computedAt: NOW,
    note: null,
  }
}

export interface PartSpec {
  id?: string
  unitId: string
  role?: AssignmentRole
  state: AssignmentState
  round?: number
  /** The reply date (`reply` due date); none when absent. */
  reply?: string
  rehandlingReply?: string
  previousId?: string | null
}

export function assignment(suggestionId: string, spec: PartSpec, index = 0): Assignment {
  const dueDates: DueDate[] = [due('return-limit', '2026-06-10')]
  if (spec.reply) dueDates.push(due('reply', spec.reply))
  if (spec.rehandlingReply) dueDates.push(due('rehandling-reply', spec.rehandlingReply))
  return {
    id: spec.id ?? `${suggestionId}-a${index + 1}`,
    suggestionId,
    unitId: spec.unitId,
    role: spec.role ?? 'lead',
    round: spec.round ?? 1,
    state: spec.state,
    assignedOn: '2026-06-01',
    signedOn: spec.state === 'assigned' ? null : '2026-06-02',
    people: { leader: null, department: null, handler: null, phone: null },
    dueDates,
    dueDateHistory: [],
    returnRequest: null,
    previousId: spec.previousId ?? null,
    extendedTo: null,
    createdAt: NOW,
    updatedAt: NOW,
    revision: 1,
  }
}

export function aggregate(s: Suggestion, parts: PartSpec[] = []): SuggestionAggregate {
  return {
    suggestion: s,
    assignments: parts.map((p, i) => assignment(s.id, p, i)),
    replies: [],
    ratings: [],
  }
}
