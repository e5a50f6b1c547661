/**
 * Figures from parts and suggestions: one pass over a row's items sets one bit per figure in a 32-bit mask per
 * item; counts are kept as the bits are set, and the ids behind a figure are read from the masks only when a
 * screen asks for them (most figures are shown, few are clicked). No per-figure re-scan, no per-item allocation.
 *
 * A part counts as itself. A suggestion combines its lead/separate parts (a split suggestion is one suggestion):
 * - replied when every part has sent its reply; its result class is the worst of its parts' latest classes in the
 *   settings' order (so it is solved only when every part solved it);
 * - due or made when any part's reply is; on time when every part due or made was on time;
 * - rated when every part has a verdict; its verdict is the worst one (满意 > 基本满意 > 不满意), its score the
 *   mean of its parts' scores; first-round likewise on round-1 ratings; 未反馈 = replied and not rated;
 * - face-to-face, re-handled, overdue when any part is; closed when the suggestion is 办结;
 * - co-handling and co-overdue when any co-handler part is.
 */
import type { Id, RatingLevel, ResultClass } from '../model'
import type { Basis, Figure, Figures, PartFacts, StatisticsFacts, SuggestionFacts } from './types'

/** One bit per counted set. */
const BIT = {
  assigned: 1 << 0,
  replied: 1 << 1,
  dueOrMade: 1 << 2,
  onTime: 1 << 3,
  rated: 1 << 4,
  satisfied: 1 << 5,
  basicallySatisfied: 1 << 6,
  dissatisfied: 1 << 7,
  content: 1 << 8,
  firstRated: 1 << 9,
  firstSatisfied: 1 << 10,
  unrated: 1 << 11,
  solved: 1 << 12,
  faceToFace: 1 << 13,
  closed: 1 << 14,
  rehandled: 1 << 15,
  overdue: 1 << 16,
  coAssigned: 1 << 17,
  coOverdue: 1 << 18,
  noAnswer: 1 << 19,
} as const
type Bit = (typeof BIT)[keyof typeof BIT]

const VERDICT_BIT: Record<RatingLevel, Bit> = {
  satisfied: BIT.satisfied,
  'basically-satisfied': BIT.basicallySatisfied,
  dissatisfied: BIT.dissatisfied,
}
const VERDICT_RANK: Record<RatingLevel, number> = { satisfied: 2, 'basically-satisfied': 1, dissatisfied: 0 }

type Item = PartFacts | SuggestionFacts

/** A row's items with one mask and one class index per item. */
interface Row {
  basis: Basis
  items: readonly Item[]
  masks: Uint32Array
  /** Index into `classes`, -1 when no class. */
  classOf: Int16Array
  classes: ResultClass[]
}

function suggestionIdOf(item: Item): Id {
  return item.suggestion.id
}

/** Lazily read lists of the items whose mask has `bits` (all of them), or whose class is `classIndex`. */
function selector(row: Row, bit: number, classIndex = -1): (item: number) => boolean {
  if (classIndex >= 0) return (i) => row.classOf[i] === classIndex
  return (i) => ((row.masks[i] as number) & bit) !== 0
}

function idsWhere(row: Row, keep: (i: number) => boolean): { ids: Id[]; partIds: Id[] } {
  const ids: Id[] = []
  const partIds: Id[] = []
  const seen = row.basis === 'part' ? new Set<Id>() : null
  for (let i = 0; i < row.items.length; i++) {
    if (!keep(i)) continue
    const item = row.items[i] as Item
    const sid = suggestionIdOf(item)
    if (seen) {
      partIds.push((item as PartFacts).id)
      if (seen.has(sid)) continue
      seen.add(sid)
    }
    ids.push(sid)
  }
  return { ids, partIds }
}

function figure(
  row: Row,
  numerator: number,
  denominator: number | null,
  num: (i: number) => boolean,
  den: ((i: number) => boolean) | null,
  value?: number | null,
): Figure {
  let numIds: { ids: Id[]; partIds: Id[] } | null = null
  let denIds: { ids: Id[]; partIds: Id[] } | null = null
  const n = () => (numIds ??= idsWhere(row, num))
  const d = () => (den ? (denIds ??= idsWhere(row, den)) : null)
  const part = row.basis === 'part'
  const f = {
    basis: row.basis,
    value:
      value !== undefined
        ? value
        : denominator === null
          ? numerator
          : denominator === 0
            ? null
            : numerator / denominator,
    numerator,
    denominator,
  }
  return Object.defineProperties(f, {
    ids: { enumerable: true, get: () => n().ids },
    partIds: { enumerable: true, get: () => (part ? n().partIds : []) },
    denominatorIds: { enumerable: true, get: () => d()?.ids ?? null },
    denominatorPartIds: { enumerable: true, get: () => (part ? (d()?.partIds ?? null) : null) },
  }) as Figure
}

function partMask(p: PartFacts, solvedClass: ResultClass): number {
  if (p.role === 'co') return BIT.coAssigned | (p.overdue ? BIT.coOverdue : 0)
  let m: number = BIT.assigned
  if (p.firstReply) m |= BIT.replied
  if (p.dueOrMade) m |= BIT.dueOrMade
  if (p.onTime) m |= BIT.onTime
  const rating = p.latestRating
  if (rating) {
    m |= BIT.rated | VERDICT_BIT[rating.overall]
    if (rating.overall !== 'dissatisfied') m |= BIT.content
  } else if (p.firstReply) m |= BIT.unrated
  if (p.firstRoundRating) {
    m |= BIT.firstRated
    if (p.firstRoundRating.overall !== 'dissatisfied') m |= BIT.firstSatisfied
  }
  if (p.latestReply?.resultClass === solvedClass) m |= BIT.solved
  if (p.faceToFace) m |= BIT.faceToFace
  if (p.closed) m |= BIT.closed
  if (p.rehandled) m |= BIT.rehandled
  if (p.overdue) m |= BIT.overdue
  if (p.noAnswer) m |= BIT.noAnswer
  return m
}

/** A suggestion's mask, class and score combined from its parts as the module header says. */
function suggestionMask(
  s: SuggestionFacts,
  classRank: (code: ResultClass) => number,
  solvedClass: ResultClass,
): { mask: number; resultClass: ResultClass | null; score: number | null } {
  let m = 0
  for (const co of s.coParts) m |= BIT.coAssigned | (co.overdue ? BIT.coOverdue : 0)
  const parts = s.parts
  if (parts.length === 0) return { mask: m, resultClass: null, score: null }
  m |= BIT.assigned
  let replied = true
  let anyDue = false
  let dueOnTime = true
  let rated = true
  let worst: RatingLevel = 'satisfied'
  let scoreSum = 0
  let firstRated = true
  let firstContent = true
  let worstClass: ResultClass | null = null
  let faceToFace = false
  let closed = true
  let rehandled = false
  let overdue = false
  let noAnswer = false
  for (const p of parts) {
    if (!p.firstReply) replied = false
    if (p.dueOrMade) {
      anyDue = true
      if (!p.onTime) dueOnTime = false
    }
    const code = p.latestReply?.resultClass ?? null
    if (code === null) replied = false
    else if (worstClass === null || classRank(code) > classRank(worstClass)) worstClass = code
    const r = p.latestRating
    if (r === null) rated = false
    else {
      if (VERDICT_RANK[r.overall] < VERDICT_RANK[worst]) worst = r.overall
      scoreSum += r.score
    }
    if (p.firstRoundRating === null) firstRated = false
    else if (p.firstRoundRating.overall === 'dissatisfied') firstContent = false
    if (p.faceToFace) faceToFace = true
    if (!p.closed) closed = false
    if (p.rehandled) rehandled = true
    if (p.overdue) overdue = true
    if (p.noAnswer) noAnswer = true
  }
  if (replied) m |= BIT.replied
  if (anyDue) m |= BIT.dueOrMade | (dueOnTime ? BIT.onTime : 0)
  if (rated) {
    m |= BIT.rated | VERDICT_BIT[worst]
    if (worst !== 'dissatisfied') m |= BIT.content
  } else if (replied) m |= BIT.unrated
  if (firstRated) m |= BIT.firstRated | (firstContent ? BIT.firstSatisfied : 0)
  const resultClass = replied ? worstClass : null
  if (resultClass === solvedClass) m |= BIT.solved
  if (faceToFace) m |= BIT.faceToFace
  if (closed) m |= BIT.closed
  if (rehandled) m |= BIT.rehandled
  if (overdue) m |= BIT.overdue
  if (noAnswer) m |= BIT.noAnswer
  return { mask: m, resultClass, score: rated ? scoreSum / parts.length : null }
}

type Settings = Pick<StatisticsFacts, 'classOrder' | 'solvedClass'>

function rowFigures(
  basis: Basis,
  items: readonly Item[],
  settings: Settings,
  describe: (item: Item) => { mask: number; resultClass: ResultClass | null; score: number | null },
): Figures {
  const classes = [...settings.classOrder]
  const classIndex = new Map(classes.map((c, i) => [c, i]))
  const masks = new Uint32Array(items.length)
  const classOf = new Int16Array(items.length).fill(-1)
  const counts = new Map<number, number>()
  const classCounts: number[] = classes.map(() => 0)
  let scoreSum = 0
  const merged = new Set<Id>()
  const mergedHosts: Id[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item
    const { mask, resultClass, score } = describe(item)
    masks[i] = mask
    for (let bits = mask; bits !== 0; bits &= bits - 1) {
      const low = bits & -bits
      counts.set(low, (counts.get(low) ?? 0) + 1)
    }
    if (resultClass !== null) {
      let c = classIndex.get(resultClass)
      if (c === undefined) {
        c = classes.length
        classes.push(resultClass)
        classIndex.set(resultClass, c)
        classCounts.push(0)
      }
      classOf[i] = c
      classCounts[c] = (classCounts[c] as number) + 1
    }
    if (score !== null) scoreSum += score
    if ((mask & BIT.assigned) !== 0 && item.mergedIds.length > 0) {
      for (const id of item.mergedIds) merged.add(id)
      if (basis === 'part') mergedHosts.push((item as PartFacts).id)
    }
  }
  const row: Row = { basis, items, masks, classOf, classes }
  const n = (bit: Bit) => counts.get(bit) ?? 0
  const count = (bit: Bit) => figure(row, n(bit), null, selector(row, bit), null)
  const rate = (num: Bit, den: Bit) => figure(row, n(num), n(den), selector(row, num), selector(row, den))
  const byClass: Record<ResultClass, Figure> = {}
  classes.forEach((code, c) => {
    byClass[code] = figure(
      row,
      classCounts[c] as number,
      n(BIT.replied),
      selector(row, 0, c),
      selector(row, BIT.replied),
    )
  })
  const rated = n(BIT.rated)
  const mergedIds = [...merged]
  return {
    basis,
    assigned: count(BIT.assigned),
    replyRate: rate(BIT.replied, BIT.assigned),
    onTimeRate: rate(BIT.onTime, BIT.dueOrMade),
    satisfactionRate: rate(BIT.content, BIT.rated),
    satisfiedRate: rate(BIT.satisfied, BIT.rated),
    verdicts: {
      satisfied: rate(BIT.satisfied, BIT.rated),
      'basically-satisfied': rate(BIT.basicallySatisfied, BIT.rated),
      dissatisfied: rate(BIT.dissatisfied, BIT.rated),
    },
    firstRoundSatisfactionRate: rate(BIT.firstSatisfied, BIT.firstRated),
    unrated: count(BIT.unrated),
    noAnswer: count(BIT.noAnswer),
    meanScore: figure(
      row,
      scoreSum,
      rated,
      selector(row, BIT.rated),
      selector(row, BIT.rated),
      rated === 0 ? null : Math.round((scoreSum / rated) * 10) / 10,
    ),
    classes: byClass,
    solveRate: rate(BIT.solved, BIT.replied),
    faceToFaceRate: rate(BIT.faceToFace, BIT.assigned),
    closeRate: rate(BIT.closed, BIT.assigned),
    rehandled: count(BIT.rehandled),
    overdue: count(BIT.overdue),
    coAssigned: count(BIT.coAssigned),
    coOverdue: count(BIT.coOverdue),
    // Merged suggestions are counted once however many parts their host has.
    merged: {
      basis,
      value: mergedIds.length,
      numerator: mergedIds.length,
      denominator: null,
      ids: mergedIds,
      partIds: mergedHosts,
      denominatorIds: null,
      denominatorPartIds: null,
    },
  }
}

/** Figures of a list of parts (basis 'part'), e.g. one unit's. */
export function figuresOfParts(parts: readonly PartFacts[], settings: Settings): Figures {
  return rowFigures('part', parts, settings, (item) => {
    const p = item as PartFacts
    const resultClass = p.role === 'co' ? null : (p.latestReply?.resultClass ?? null)
    return {
      mask: partMask(p, settings.solvedClass),
      resultClass,
      score: p.role === 'co' ? null : (p.latestRating?.score ?? null),
    }
  })
}

/** Figures of a list of suggestions (basis 'suggestion'). */
export function figuresOfSuggestions(suggestions: readonly SuggestionFacts[], settings: Settings): Figures {
  const order = settings.classOrder
  const rank = (code: ResultClass) => {
    const i = order.indexOf(code)
    return i < 0 ? order.length : i
  }
  return rowFigures('suggestion', suggestions, settings, (item) =>
    suggestionMask(item as SuggestionFacts, rank, settings.solvedClass),
  )
}

/** Figures of parts (basis 'part'): all parts of the facts, or those `keep` selects. */
export function partFigures(facts: StatisticsFacts, keep?: (p: PartFacts) => boolean): Figures {
  return figuresOfParts(keep ? facts.parts.filter(keep) : facts.parts, facts)
}

/** Figures of suggestions (basis 'suggestion'): the office-wide figures, or those `keep` selects. */
export function suggestionFigures(facts: StatisticsFacts, keep?: (s: SuggestionFacts) => boolean): Figures {
  return figuresOfSuggestions(keep ? facts.suggestions.filter(keep) : facts.suggestions, facts)
}

function plainFigure(basis: Basis, num: readonly Item[], den: readonly Item[] | null): Figure {
  const ids = (list: readonly Item[]) => [...new Set(list.map(suggestionIdOf))]
  const parts = (list: readonly Item[]) => (basis === 'part' ? list.map((p) => (p as PartFacts).id) : [])
  const d = den === null ? null : den.length
  return {
    basis,
    value: d === null ? num.length : d === 0 ? null : num.length / d,
    numerator: num.length,
    denominator: d,
    ids: ids(num),
    partIds: parts(num),
    denominatorIds: den === null ? null : ids(den),
    denominatorPartIds: den === null || basis !== 'part' ? null : parts(den),
  }
}

/**
 * A figure over a list chosen by the caller (e.g. the ratings figures table): `numerator` ⊆ `denominator`, or a
 * count when `denominator` is null. Parts give basis 'part', suggestions basis 'suggestion'.
 */
export function figureOfParts(numerator: readonly PartFacts[], denominator: readonly PartFacts[] | null): Figure {
  return plainFigure('part', numerator, denominator)
}

export function figureOfSuggestions(
  numerator: readonly SuggestionFacts[],
  denominator: readonly SuggestionFacts[] | null,
): Figure {
  return plainFigure('suggestion', numerator, denominator)
}
