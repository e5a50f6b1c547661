/**
 * Offering handling units that answered similar suggestions before (交办 suggestions).
 *
 * Owns: `titleSimilarity` and `rankUnitsBySimilarTitles`.
 *
 * Design: the Dice coefficient over distinct character bigrams (2·|A∩B| / (|A|+|B|)), after removing the
 * boilerplate every title shares (`关于…的建议`), which would otherwise make every pair look alike. A unit's score
 * is its best-matching past title; ties go to the unit with more matching titles, then by unit id (stable).
 */
import { bigrams } from './search'

const BOILERPLATE = [/^关于/, /的(?:意见和)?建议$/, /建议$/, /的提案$/]

function titleCore(title: string): string {
  let core = title.trim()
  for (const pattern of BOILERPLATE) core = core.replace(pattern, '')
  return core
}

/** Dice similarity of two titles' bigrams, 0–1 (1 for the same core title). */
export function titleSimilarity(a: string, b: string): number {
  return diceOf(bigrams(titleCore(a)), new Set(bigrams(titleCore(b))))
}

function diceOf(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0
  let common = 0
  for (const g of a) if (b.has(g)) common++
  return (2 * common) / (a.length + b.size)
}

export interface UnitSuggestion {
  unitId: string
  /** Best similarity among the unit's past titles, 0–1. */
  score: number
  /** The past title that matched best. */
  bestTitle: string
  /** How many of the unit's past titles reach `minScore`. */
  matches: number
}

/**
 * Units ranked by how similar their past suggestions' titles are to `title`; at most `limit`, only those whose
 * best score reaches `minScore` (default 0.2).
 */
export function rankUnitsBySimilarTitles(
  title: string,
  history: ReadonlyArray<{ title: string; unitId: string }>,
  limit: number,
  minScore = 0.2,
): UnitSuggestion[] {
  const target = bigrams(titleCore(title))
  if (target.length === 0 || limit <= 0) return []
  const byUnit = new Map<string, UnitSuggestion>()
  for (const h of history) {
    const score = diceOf(target, new Set(bigrams(titleCore(h.title))))
    if (score < minScore) continue
    const current = byUnit.get(h.unitId)
    if (!current) byUnit.set(h.unitId, { unitId: h.unitId, score, bestTitle: h.title, matches: 1 })
    else {
      current.matches++
      if (score > current.score) {
        current.score = score
        current.bestTitle = h.title
      }
    }
  }
  return [...byUnit.values()]
    .sort(
      (a, b) => b.score - a.score || b.matches - a.matches || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
    )
    .slice(0, limit)
}
