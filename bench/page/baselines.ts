/**
 * The plain in-memory baselines each store figure is compared with: the same data held in plain arrays and
 * scanned with Array.filter / String.includes, no index, no IndexedDB. They say what "just keep it all in memory"
 * would cost on this machine, in the same page and run as the store measurement.
 */
import type { Assignment, Id, Suggestion, SuggestionEvent } from '@shared/domain/model'
import type { SuggestionListEntry } from '@renderer/store/listEntries'

export interface PlainRow {
  id: Id
  sessionId: Id
  category: string | null
  stage: string
  key: boolean
  nearestDue: string | null
  numberSort: number
  sessionRank: number
}

export interface PlainData {
  /** One searchable string per suggestion, the same strings the list index searches. */
  texts: string[]
  rows: PlainRow[]
  suggestions: Suggestion[]
  assignments: Assignment[]
  events: SuggestionEvent[]
}

/** Copies (not references) of the index's strings and fields, so the baseline shares no structure with it. */
export function plainRows(
  entries: readonly SuggestionListEntry[],
  sessionRank: (id: Id) => number,
): Omit<PlainData, 'suggestions' | 'assignments' | 'events'> {
  return {
    texts: entries.map((e) => (' ' + e.searchText).slice(1)),
    rows: entries.map((e) => ({
      id: e.id,
      sessionId: e.sessionId,
      category: e.category,
      stage: e.stage,
      key: e.key,
      nearestDue: e.nearestDue,
      numberSort: e.numberSort,
      sessionRank: sessionRank(e.sessionId),
    })),
  }
}

export function plainSearch(texts: readonly string[], terms: readonly string[]): string[] {
  return texts.filter((t) => terms.every((term) => t.includes(term)))
}

export interface PlainFilter {
  sessionId?: Id
  category?: string
  stage?: string
  key?: boolean
  dueOnOrBefore?: string
}

export function plainFilter(rows: readonly PlainRow[], f: PlainFilter): PlainRow[] {
  return rows.filter(
    (r) =>
      (f.sessionId === undefined || r.sessionId === f.sessionId) &&
      (f.category === undefined || r.category === f.category) &&
      (f.stage === undefined || r.stage === f.stage) &&
      (f.key === undefined || r.key === f.key) &&
      (f.dueOnOrBefore === undefined || (r.nearestDue !== null && r.nearestDue <= f.dueOnOrBefore)),
  )
}

/** The first page of the list in its default order (newest session, then number), from a full scan and sort. */
export function plainFirstPage(rows: readonly PlainRow[], size = 100): PlainRow[] {
  return [...rows].sort((a, b) => a.sessionRank - b.sessionRank || a.numberSort - b.numberSort).slice(0, size)
}

/** A suggestion with its assignments and events, found by scanning the plain arrays. */
export function plainDetail(data: Pick<PlainData, 'suggestions' | 'assignments' | 'events'>, id: Id) {
  const suggestion = data.suggestions.find((s) => s.id === id)
  const assignments = data.assignments.filter((a) => a.suggestionId === id)
  const events = data.events.filter((e) => e.suggestionId === id).sort((a, b) => a.at.localeCompare(b.at))
  return { suggestion, assignments, events }
}
