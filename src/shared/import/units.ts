/**
 * Resolving unit names written in a list against the unit directory (name, short names, aliases). Unknown
 * names are not guessed silently: they stay unresolved with the closest directory names offered, ranked by
 * character-bigram similarity (Dice) and edit distance, so `市交通运输局` finds `市交通局` and its alias.
 */
import { squeeze } from './text'
import type { UnitDirectoryEntry, UnitRef } from './types'

export interface UnitResolver {
  resolve(text: string): UnitRef
}

export function createUnitResolver(directory: UnitDirectoryEntry[]): UnitResolver {
  const byName = new Map<string, UnitDirectoryEntry>()
  for (const unit of directory) {
    for (const label of [unit.name, ...unit.shortNames, ...unit.aliases]) {
      const key = squeeze(label)
      if (key !== '' && !byName.has(key)) byName.set(key, unit)
    }
  }
  const labels = [...byName.entries()]
  // A list names the same few dozen units over and over: the closest names of an unknown one are ranked once.
  const closest = new Map<string, string[]>()
  return {
    resolve(raw: string): UnitRef {
      const text = squeeze(raw)
      const unit = byName.get(text)
      if (unit) return { text, unitId: unit.id, name: unit.name, candidates: [] }
      let candidates = closest.get(text)
      if (!candidates) {
        candidates = closestNames(text, labels)
        closest.set(text, candidates)
      }
      return { text, unitId: null, name: null, candidates: [...candidates] }
    },
  }
}

function closestNames(text: string, labels: [string, UnitDirectoryEntry][]): string[] {
  const best = new Map<string, number>()
  for (const [label, unit] of labels) {
    const score = similarity(text, label)
    if (score < 0.5) continue
    if ((best.get(unit.name) ?? 0) < score) best.set(unit.name, score)
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([name]) => name)
}

/** 0…1: the larger of bigram Dice and 1 − edit distance ÷ longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  return Math.max(dice(a, b), 1 - editDistance(a, b) / longer)
}

function bigrams(text: string): string[] {
  const chars = [...text]
  if (chars.length < 2) return chars
  return chars.slice(1).map((ch, i) => chars[i] + ch)
}

function dice(a: string, b: string): number {
  const left = bigrams(a)
  const right = bigrams(b)
  if (left.length + right.length === 0) return 0
  const pool = new Map<string, number>()
  for (const g of right) pool.set(g, (pool.get(g) ?? 0) + 1)
  let shared = 0
  for (const g of left) {
    const n = pool.get(g) ?? 0
    if (n > 0) {
      shared += 1
      pool.set(g, n - 1)
    }
  }
  return (2 * shared) / (left.length + right.length)
}

export function editDistance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[y.length] ?? 0
}
