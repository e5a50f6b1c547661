/**
 * The compact row the suggestion list works on, and the filtering and sorting over an array of them.
 *
 * Pure functions (no Dexie) so they are tested directly and run over 100,000 rows in a few milliseconds: each
 * filter is a cheap field comparison, the text search a substring test on a pre-folded text (number, title,
 * deputies, delegation, category, unit names and the full content — the issue asks for full-text search over the
 * content, and a plain scan of folded strings is the fastest exact search there is for this size).
 */
import type { Assignment, AssignmentState, Id, IsoDate, Suggestion, SuggestionStage } from '@shared/domain/model'
import { currentReplyDue } from '@shared/domain/overdue'
import { buildSearchText, queryTerms } from '@shared/domain/search'

export interface SuggestionListEntry {
  id: Id
  sessionId: Id
  numberText: string
  numberSort: number
  title: string
  leadDeputy: string
  delegation: string | null
  category: string | null
  stage: SuggestionStage
  key: boolean
  /** Units with a live (not returned or transferred) assignment, lead units first. */
  unitIds: Id[]
  /** Earliest due date (reply, re-handling reply or co-handler opinion) among the open assignments. */
  nearestDue: IsoDate | null
  receivedOn: IsoDate
  updatedAt: string
  /**
   * Folded search text: the suggestion's stored `Suggestion.searchText`, and in the list index also its units'
   * names (the first page read while the index loads has no unit names).
   */
  searchText: string
}

export interface SuggestionListFilters {
  sessionId?: Id | null
  stages?: SuggestionStage[]
  category?: string | null
  delegation?: string | null
  key?: boolean | null
  unitId?: Id | null
  /** Only rows whose nearest due date is on or before this day (overdue / due soon views). */
  dueOnOrBefore?: IsoDate | null
  /** Space-separated terms, all must match (see src/shared/domain/search.ts). */
  query?: string
}

export type SuggestionSortField = 'number' | 'receivedOn' | 'updatedAt' | 'nearestDue' | 'title'
export interface SuggestionListSort {
  field: SuggestionSortField
  direction: 'asc' | 'desc'
}

export const DEFAULT_SORT: SuggestionListSort = { field: 'number', direction: 'asc' }

const titleCollator = new Intl.Collator('zh-CN')
const ENDED: readonly AssignmentState[] = ['returned', 'transferred']
const OPEN: readonly AssignmentState[] = ['assigned', 'signed', 'return-requested', 'review', 'rehandling']

type AssignmentPart = Pick<Assignment, 'unitId' | 'role' | 'state' | 'dueDates'>

/** The searchable text of a suggestion: the stored one, or (for a record without it) built from the same fields. */
export function suggestionText(s: Suggestion): string {
  if (typeof s.searchText === 'string' && s.searchText !== '') return s.searchText
  return buildSearchText([
    s.numberText,
    s.number,
    s.title,
    s.leadDeputy,
    ...s.coSigners,
    s.delegation,
    s.category,
    s.content,
  ])
}

/**
 * The row of a suggestion. With `unitName` (folded names), the names of its units are appended to its search
 * text, so searching a unit's name finds the suggestions it handles.
 */
export function toListEntry(
  s: Suggestion,
  assignments: readonly AssignmentPart[],
  unitName?: (id: Id) => string | undefined,
): SuggestionListEntry {
  const live = assignments.filter((a) => !ENDED.includes(a.state))
  const unitIds = [
    ...new Set(
      [...live].sort((a, b) => (a.role === 'lead' ? 0 : 1) - (b.role === 'lead' ? 0 : 1)).map((a) => a.unitId),
    ),
  ]
  let nearestDue: IsoDate | null = null
  for (const a of live) {
    if (!OPEN.includes(a.state)) continue
    const due = a.role === 'co' ? a.dueDates.find((d) => d.kind === 'co-opinion') : currentReplyDue(a)
    if (due && (nearestDue === null || due.date < nearestDue)) nearestDue = due.date
  }
  return {
    id: s.id,
    sessionId: s.sessionId,
    numberText: s.numberText,
    numberSort: s.numberSort,
    title: s.title,
    leadDeputy: s.leadDeputy,
    delegation: s.delegation,
    category: s.category,
    stage: s.stage,
    key: s.key,
    unitIds,
    nearestDue,
    receivedOn: s.receivedOn,
    updatedAt: s.updatedAt,
    searchText: unitName ? withUnitNames(suggestionText(s), unitIds, unitName) : suggestionText(s),
  }
}

/**
 * A search text followed by the (folded) names of the given units, as a new flat string allocated now — also
 * when there are no units to add (see `SuggestionListIndex`: where the strings lie in memory decides how fast
 * 100,000 of them are scanned).
 */
export function withUnitNames(text: string, unitIds: readonly Id[], unitName: (id: Id) => string | undefined): string {
  const parts = [text]
  for (const id of unitIds) {
    const name = unitName(id)
    if (name) parts.push(name)
  }
  // join() of one element returns that very string; a one-character prefix then slice(1) forces a fresh copy.
  return parts.length > 1 ? parts.join(' ') : (' ' + text).slice(1)
}

export function entryMatcher(filters: SuggestionListFilters): (e: SuggestionListEntry) => boolean {
  const terms = queryTerms(filters.query ?? '')
  const textMatches = (e: SuggestionListEntry): boolean => {
    const text = e.searchText
    for (const t of terms) if (!text.includes(t)) return false
    return true
  }
  const stages = filters.stages && filters.stages.length > 0 ? new Set(filters.stages) : null
  const { sessionId, category, delegation, key, unitId, dueOnOrBefore } = filters
  return (e) =>
    (!sessionId || e.sessionId === sessionId) &&
    (!stages || stages.has(e.stage)) &&
    (!category || e.category === category) &&
    (!delegation || e.delegation === delegation) &&
    (key === null || key === undefined || e.key === key) &&
    (!unitId || e.unitIds.includes(unitId)) &&
    (!dueOnOrBefore || (e.nearestDue !== null && e.nearestDue <= dueOnOrBefore)) &&
    (terms.length === 0 || textMatches(e))
}

/**
 * Comparator for a sort. `sessionRank` puts newer sessions first when sorting by number (the list's natural
 * order: newest session, then 1, 2, 3 …). Ties fall back to the id so the order is stable.
 */
export function entryComparator(
  sort: SuggestionListSort,
  sessionRank: (sessionId: Id) => number,
): (a: SuggestionListEntry, b: SuggestionListEntry) => number {
  const dir = sort.direction === 'asc' ? 1 : -1
  const tie = (a: SuggestionListEntry, b: SuggestionListEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const text = (x: string | null, y: string | null) => {
    if (x === y) return 0
    if (x === null) return 1 // rows without a value go last in either direction
    if (y === null) return -1
    return dir * (x < y ? -1 : 1)
  }
  switch (sort.field) {
    case 'number':
      return (a, b) =>
        sessionRank(a.sessionId) - sessionRank(b.sessionId) || dir * (a.numberSort - b.numberSort) || tie(a, b)
    case 'title':
      return (a, b) => dir * titleCollator.compare(a.title, b.title) || tie(a, b)
    case 'receivedOn':
      return (a, b) => text(a.receivedOn, b.receivedOn) || tie(a, b)
    case 'updatedAt':
      return (a, b) => text(a.updatedAt, b.updatedAt) || tie(a, b)
    case 'nearestDue':
      return (a, b) => text(a.nearestDue, b.nearestDue) || tie(a, b)
  }
}
