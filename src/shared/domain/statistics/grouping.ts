/**
 * Figures by unit (and role), category, delegation, session, and over a date range of assignment.
 */
import type { AssignmentRole, Id, IsoDate } from '../model'
import type { HandlingCase } from './cases'
import type { IndicatorOptions, Indicators } from './indicators'
import { indicators } from './indicators'

export interface GroupFigures<K> {
  key: K
  figures: Indicators
}

/** Groups cases by `keyOf` (null keys are grouped as null) and computes each group's figures, in key order. */
export function groupIndicators<K extends string | null>(
  cases: readonly HandlingCase[],
  keyOf: (c: HandlingCase) => K,
  options: IndicatorOptions,
): Array<GroupFigures<K>> {
  const groups = new Map<K, HandlingCase[]>()
  for (const c of cases) {
    const key = keyOf(c)
    const list = groups.get(key)
    if (list) list.push(c)
    else groups.set(key, [c])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
    .map(([key, list]) => ({ key, figures: indicators(list, options) }))
}

export const byUnit = (c: HandlingCase): Id => c.unitId
export const byUnitAndRole = (c: HandlingCase): string => `${c.unitId}|${c.role}`
export const byCategory = (c: HandlingCase): string | null => c.suggestion.category
export const byDelegation = (c: HandlingCase): string | null => c.suggestion.delegation
export const bySession = (c: HandlingCase): Id => c.suggestion.sessionId

/** Splits a `byUnitAndRole` key. */
export function unitRoleOf(key: string): { unitId: Id; role: AssignmentRole } {
  const at = key.lastIndexOf('|')
  return { unitId: key.slice(0, at), role: key.slice(at + 1) as AssignmentRole }
}

/** Cases assigned within `[from, to]` (either end open when null). */
export function assignedBetween(cases: readonly HandlingCase[], from: IsoDate | null, to: IsoDate | null) {
  return cases.filter((c) => (from === null || c.assignedOn >= from) && (to === null || c.assignedOn <= to))
}
