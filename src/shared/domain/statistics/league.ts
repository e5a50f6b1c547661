/**
 * The unit league table for the yearly assessment (绩效考核): each unit's part figures weighted into one score.
 *
 * Weights come from the settings (`Settings.statistics.leagueWeights`) unless the caller passes others.
 * Score = Σ weight × rate × 100 ÷ Σ weight over the measures the unit has a value for (a unit with nothing rated
 * yet is not marked down on satisfaction; its other measures carry the score). Ties share a rank. Only lead and
 * separate parts count; co-handler parts answer the lead unit, not the deputy.
 */
import type { Id, LeagueMeasure } from '../model'
import { partFiguresBy } from './grouping'
import type { Figures, LeagueRow, StatisticsFacts } from './types'

export const leagueMeasures = [
  'replyRate',
  'onTimeRate',
  'satisfactionRate',
  'satisfiedRate',
  'firstRoundSatisfactionRate',
  'solveRate',
  'faceToFaceRate',
  'closeRate',
] as const satisfies readonly LeagueMeasure[]

export type LeagueWeights = Partial<Record<LeagueMeasure, number>>

export function leagueScore(figures: Figures, weights: LeagueWeights): number | null {
  let sum = 0
  let total = 0
  for (const measure of leagueMeasures) {
    const weight = weights[measure] ?? 0
    const value = figures[measure].value
    if (weight <= 0 || value === null) continue
    sum += weight * value * 100
    total += weight
  }
  return total === 0 ? null : Math.round((sum / total) * 10) / 10
}

export interface LeagueOptions {
  /** Defaults to the settings' weights. */
  weights?: LeagueWeights
  /** Official 机构排序: breaks ties in the listing, then the unit id. */
  unitOrder?: (unitId: Id) => number
}

/** Ranks units by score (highest first; no score last). */
export function unitLeague(facts: StatisticsFacts, options: LeagueOptions = {}): LeagueRow[] {
  const weights = options.weights ?? facts.leagueWeights
  const order = options.unitOrder ?? (() => 0)
  const rows = partFiguresBy({ ...facts, parts: facts.parts.filter((p) => p.role !== 'co') }, 'unit').map((g) => ({
    unitId: g.key ?? '',
    figures: g.figures,
    score: leagueScore(g.figures, weights),
  }))
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
