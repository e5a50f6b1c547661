/**
 * The unit league table for the yearly assessment (绩效考核): each unit's figures weighted into one score.
 *
 * Score = Σ weight × rate × 100 ÷ Σ weight over the measures the unit has a value for (a unit with nothing rated
 * yet is not marked down on satisfaction; its other measures carry the score). Ties share a rank.
 */
import type { Id } from '../model'
import type { HandlingCase } from './cases'
import { byUnit, groupIndicators } from './grouping'
import type { IndicatorOptions, Indicators } from './indicators'

export const leagueMeasures = [
  'replyRate',
  'onTimeRate',
  'satisfactionRate',
  'satisfiedRate',
  'firstRoundSatisfactionRate',
  'solveRate',
  'faceToFaceRate',
  'closeRate',
] as const
export type LeagueMeasure = (typeof leagueMeasures)[number]
export type LeagueWeights = Partial<Record<LeagueMeasure, number>>

export function defaultLeagueWeights(): LeagueWeights {
  return { replyRate: 20, onTimeRate: 30, satisfactionRate: 40, faceToFaceRate: 10 }
}

export interface LeagueRow {
  rank: number
  unitId: Id
  /** 0–100, one decimal; null when the unit has no value for any weighted measure. */
  score: number | null
  figures: Indicators
}

export function leagueScore(figures: Indicators, weights: LeagueWeights): number | null {
  let sum = 0
  let total = 0
  for (const measure of leagueMeasures) {
    const weight = weights[measure] ?? 0
    const value = figures[measure]
    if (weight <= 0 || value === null) continue
    sum += weight * value * 100
    total += weight
  }
  return total === 0 ? null : Math.round((sum / total) * 10) / 10
}

/**
 * Ranks units by score (highest first; no score last). `unitOrder` (official 机构排序) breaks ties in the
 * listing, then the unit id. Only lead and separate parts count (see `indicators`).
 */
export function unitLeague(
  cases: readonly HandlingCase[],
  options: IndicatorOptions & { weights?: LeagueWeights; unitOrder?: (unitId: Id) => number },
): LeagueRow[] {
  const weights = options.weights ?? defaultLeagueWeights()
  const order = options.unitOrder ?? (() => 0)
  const rows = groupIndicators(
    cases.filter((c) => c.role !== 'co'),
    byUnit,
    options,
  ).map((g) => ({ unitId: g.key, figures: g.figures, score: leagueScore(g.figures, weights) }))
  rows.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) || order(a.unitId) - order(b.unitId) || a.unitId.localeCompare(b.unitId),
  )
  let rank = 0
  return rows.map((row, i) => {
    if (i === 0 || row.score !== rows[i - 1]?.score) rank = i + 1
    return { rank, ...row }
  })
}
