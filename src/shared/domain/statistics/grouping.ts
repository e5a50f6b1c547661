/**
 * Figures by unit (and role), category, delegation, session and calendar year, in one pass per grouping.
 *
 * The year is that of the part's own assignment day (parts) or of the suggestion's first 交办 day (suggestions),
 * so a session whose handling runs over two calendar years is reported under both years, and whole under
 * 'session'. A part's unit is the unit holding it on `asOf`.
 */
import type { AssignmentRole, Id } from '../model'
import { figuresOfParts, figuresOfSuggestions } from './figures'
import type { GroupRow, PartDimension, PartFacts, StatisticsFacts, SuggestionDimension, SuggestionFacts } from './types'

function partKey(p: PartFacts, dimension: PartDimension): string | null {
  switch (dimension) {
    case 'unit':
      return p.unitId
    case 'unit-role':
      return `${p.unitId}|${p.role}`
    case 'category':
      return p.suggestion.category
    case 'delegation':
      return p.suggestion.delegation
    case 'session':
      return p.suggestion.sessionId
    case 'year':
      return p.assignedOn.slice(0, 4)
  }
}

function suggestionKey(s: SuggestionFacts, dimension: SuggestionDimension): string | null {
  switch (dimension) {
    case 'category':
      return s.suggestion.category
    case 'delegation':
      return s.suggestion.delegation
    case 'session':
      return s.suggestion.sessionId
    case 'year':
      return s.assignedOn.slice(0, 4)
  }
}

function partition<T>(items: readonly T[], keyOf: (item: T) => string | null): Array<[string | null, T[]]> {
  const groups = new Map<string | null, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = groups.get(key)
    if (list) list.push(item)
    else groups.set(key, [item])
  }
  // Keys in code-point order, the null key (not set) last.
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
}

/** Unit tables: figures of parts (basis 'part') per key of `dimension`. */
export function partFiguresBy(facts: StatisticsFacts, dimension: PartDimension): GroupRow[] {
  return partition(facts.parts, (p) => partKey(p, dimension)).map(([key, parts]) => ({
    key,
    figures: figuresOfParts(parts, facts),
  }))
}

/** Office-wide tables: figures of suggestions (basis 'suggestion') per key of `dimension`. */
export function suggestionFiguresBy(facts: StatisticsFacts, dimension: SuggestionDimension): GroupRow[] {
  return partition(facts.suggestions, (s) => suggestionKey(s, dimension)).map(([key, suggestions]) => ({
    key,
    figures: figuresOfSuggestions(suggestions, facts),
  }))
}

/** Splits a 'unit-role' key. */
export function unitRoleOf(key: string): { unitId: Id; role: AssignmentRole } {
  const at = key.lastIndexOf('|')
  return { unitId: key.slice(0, at), role: key.slice(at + 1) as AssignmentRole }
}
