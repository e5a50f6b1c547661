/**
 * Schema version 1 of the IndexedDB database.
 *
 * One file per schema version: a later version adds `schema/v2.ts` with its own `stores` and an `upgrade`
 * function, registers it in `schema/index.ts`, and gets its own test that opens a v1 database and upgrades it.
 *
 * Primary keys are ULID strings (never auto-increment: records travel between workstations). Indexes are the
 * ones the list, boards, calendar and statistics query. Booleans are not valid IndexedDB keys, so flags such as
 * `Suggestion.key` are filtered in memory (see listIndex.ts), not indexed.
 */

export const V1_STORES = {
  operators: 'id, name, role',
  sessions: 'id, order, year',
  deputies: 'id, name, delegation',
  units: 'id, name, order, *aliases, *shortNames',
  // '&[sessionId+number]': one number per session, enforced by the database as a last line of defence.
  suggestions:
    'id, &[sessionId+number], sessionId, stage, category, receivedOn, updatedAt, delegation, leadDeputy, mergedIntoId, *tags',
  assignments: 'id, suggestionId, unitId, state, [unitId+state], role, round, [suggestionId+round]',
  replies: 'id, suggestionId, assignmentId, unitId, state, sentOn',
  ratings: 'id, suggestionId, assignmentId, unitId, ratedOn',
  contacts: 'id, suggestionId, assignmentId, unitId, on',
  events: 'id, suggestionId, at, type, [suggestionId+at]',
  settings: 'id',
  holidayYears: 'year',
  importTemplates: 'id, kind, name',
  meta: 'key',
} as const

export type TableName = keyof typeof V1_STORES
