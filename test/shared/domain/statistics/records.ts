/** Hand-built records for the statistics tests: only the fields the figures read are meaningful. */
import type {
  Assignment,
  AssignmentRole,
  AssignmentState,
  ContactRecord,
  DueKind,
  IsoDate,
  Rating,
  RatingLevel,
  Reply,
  Settings,
  Suggestion,
  SuggestionEvent,
} from '@shared/domain/model'
import { defaultSettings } from '@shared/domain/settings'
import type { Period, StatisticsRecords } from '@shared/domain/statistics'

export function suggestion(id: string, fields: Partial<Suggestion> = {}): Suggestion {
  return {
    id,
    sessionId: 's1',
    numberText: id,
    number: id,
    numberSort: 0,
    title: `关于${id}的建议`,
    content: '',
    leadDeputy: '樊奇',
    coSigners: [],
    signerCount: null,
    delegation: null,
    category: null,
    receivedOn: '2026-01-20',
    publicity: { public: true, reason: null },
    key: false,
    tags: [],
    stage: 'assigned',
    stageReason: null,
    handledAsLetter: false,
    mergedIntoId: null,
    round: 1,
    searchText: '',
    createdAt: '2026-01-20T00:00:00Z',
    updatedAt: '2026-01-20T00:00:00Z',
    revision: 1,
    ...fields,
  }
}

export function assignment(
  id: string,
  suggestionId: string,
  unitId: string,
  role: AssignmentRole,
  fields: { assignedOn: IsoDate; due: [DueKind, IsoDate]; state: AssignmentState; round?: number; previousId?: string },
): Assignment {
  const [kind, date] = fields.due
  return {
    id,
    suggestionId,
    unitId,
    role,
    round: fields.round ?? 1,
    state: fields.state,
    assignedOn: fields.assignedOn,
    signedOn: null,
    people: { leader: null, department: null, handler: null, phone: null },
    dueDates: [
      {
        kind,
        date,
        start: fields.assignedOn,
        rule: { type: 'fixed-date', date },
        usedFallbackCalendar: false,
        computedAt: '2026-01-01T00:00:00Z',
        note: null,
      },
    ],
    dueDateHistory: [],
    returnRequest: null,
    previousId: fields.previousId ?? null,
    extendedTo: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    revision: 1,
  }
}

export function reply(id: string, a: Assignment, sentOn: IsoDate, resultClass: string): Reply {
  return {
    id,
    suggestionId: a.suggestionId,
    assignmentId: a.id,
    unitId: a.unitId,
    round: a.round,
    state: 'sent',
    resultClass,
    documentNumber: null,
    body: '',
    signer: '王五',
    signedOffOn: sentOn,
    sentOn,
    contactName: null,
    contactPhone: null,
    promises: [],
    publicity: { public: true, reason: null },
    publishedOn: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    revision: 1,
  }
}

const SCORE: Record<RatingLevel, number> = { satisfied: 100, 'basically-satisfied': 80, dissatisfied: 0 }

export function rating(
  id: string,
  a: Assignment,
  overall: RatingLevel,
  ratedOn: IsoDate,
  communication: Rating['communication'] = 'phone',
): Rating {
  return {
    id,
    suggestionId: a.suggestionId,
    assignmentId: a.id,
    unitId: a.unitId,
    round: a.round,
    receivedReply: true,
    receivedOn: ratedOn,
    communication,
    attitude: overall,
    process: overall,
    result: overall,
    overall,
    reasons: overall === 'dissatisfied' ? '未解决' : null,
    signedBy: '樊奇',
    ratedOn,
    score: SCORE[overall],
    createdAt: '2026-01-01T00:00:00Z',
  }
}

export function contact(id: string, a: Assignment, kind: ContactRecord['kind'], on: IsoDate): ContactRecord {
  return {
    id,
    suggestionId: a.suggestionId,
    assignmentId: a.id,
    unitId: a.unitId,
    kind,
    phase: 'during',
    on,
    people: '樊奇',
    summary: '沟通',
    createdAt: '2026-01-01T00:00:00Z',
  }
}

/** An event of the kinds the statistics read; `data` as the workflow writes it. */
export function event(
  id: string,
  type: SuggestionEvent['type'],
  on: IsoDate,
  fields: { suggestionId: string; assignmentId?: string | null; data?: Record<string, unknown> },
): SuggestionEvent {
  return {
    id,
    suggestionId: fields.suggestionId,
    assignmentId: fields.assignmentId ?? null,
    unitId: null,
    type,
    at: `${on}T09:00:00.000+08:00`,
    on,
    by: { id: 'op-1', name: '张三' },
    reason: null,
    data: fields.data ?? {},
  }
}

/** The inputs of `prepareStatistics` with the default settings (league weights, classes A–D). */
export function input(
  records: Partial<StatisticsRecords>,
  asOf: IsoDate,
  extra: { period?: Period | null; settings?: Settings } = {},
) {
  return {
    records: { suggestions: [], assignments: [], replies: [], ratings: [], contacts: [], events: [], ...records },
    asOf,
    period: extra.period ?? null,
    settings: extra.settings ?? defaultSettings(),
  }
}
