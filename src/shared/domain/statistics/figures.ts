/**
 * Figures from parts and suggestions: one accumulator per table row, fed once per record (no per-figure re-scan).
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

interface Tally {
  ids: Set<Id>
  partIds: Id[]
}

const NAMES = [
  'assigned',
  'replied',
  'dueOrMade',
  'onTime',
  'rated',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'content',
  'firstRated',
  'firstSatisfied',
  'unrated',
  'solved',
  'faceToFace',
  'closed',
  'rehandled',
  'overdue',
  'coAssigned',
  'coOverdue',
  'merged',
] as const
type TallyName = (typeof NAMES)[number]

const VERDICT_RANK: Record<RatingLevel, number> = { satisfied: 2, 'basically-satisfied': 1, dissatisfied: 0 }

function tally(): Tally {
  return { ids: new Set(), partIds: [] }
}

function size(basis: Basis, t: Tally): number {
  return basis === 'part' ? t.partIds.length : t.ids.size
}

function count(basis: Basis, t: Tally): Figure {
  const n = size(basis, t)
  return {
    basis,
    value: n,
    numerator: n,
    denominator: null,
    ids: [...t.ids],
    partIds: t.partIds,
    denominatorIds: null,
    denominatorPartIds: null,
  }
}

function rate(basis: Basis, num: Tally, den: Tally): Figure {
  const n = size(basis, num)
  const d = size(basis, den)
  return {
    basis,
    value: d === 0 ? null : n / d,
    numerator: n,
    denominator: d,
    ids: [...num.ids],
    partIds: num.partIds,
    denominatorIds: [...den.ids],
    denominatorPartIds: basis === 'part' ? den.partIds : null,
  }
}

/** The figures of one row, filled one part or suggestion at a time. */
export class FiguresAccumulator {
  private readonly tallies = Object.fromEntries(NAMES.map((n) => [n, tally()])) as Record<TallyName, Tally>
  private readonly classes = new Map<ResultClass, Tally>()
  private scoreSum = 0

  constructor(
    readonly basis: Basis,
    private readonly facts: Pick<StatisticsFacts, 'classOrder' | 'solvedClass'>,
  ) {
    for (const code of facts.classOrder) this.classes.set(code, tally())
  }

  private add(name: TallyName, suggestionId: Id, partId: Id | null): void {
    const t = this.tallies[name]
    t.ids.add(suggestionId)
    if (partId !== null) t.partIds.push(partId)
  }

  private addClass(code: ResultClass, suggestionId: Id, partId: Id | null): void {
    let t = this.classes.get(code)
    if (!t) this.classes.set(code, (t = tally()))
    t.ids.add(suggestionId)
    if (partId !== null) t.partIds.push(partId)
  }

  addPart(p: PartFacts): void {
    const sid = p.suggestion.id
    const add = (name: TallyName) => this.add(name, sid, p.id)
    if (p.role === 'co') {
      add('coAssigned')
      if (p.overdue) add('coOverdue')
      return
    }
    add('assigned')
    if (p.firstReply) add('replied')
    if (p.dueOrMade) add('dueOrMade')
    if (p.onTime) add('onTime')
    if (p.latestRating) {
      add('rated')
      add(p.latestRating.overall)
      if (p.latestRating.overall !== 'dissatisfied') add('content')
      this.scoreSum += p.latestRating.score
    } else if (p.firstReply) add('unrated')
    if (p.firstRoundRating) {
      add('firstRated')
      if (p.firstRoundRating.overall !== 'dissatisfied') add('firstSatisfied')
    }
    if (p.latestReply) {
      this.addClass(p.latestReply.resultClass, sid, p.id)
      if (p.latestReply.resultClass === this.facts.solvedClass) add('solved')
    }
    if (p.faceToFace) add('faceToFace')
    if (p.closed) add('closed')
    if (p.rehandled) add('rehandled')
    if (p.overdue) add('overdue')
  }

  /** A host suggestion's merged ones, counted once per row whatever the basis. */
  addMerged(mergedIds: readonly Id[], partId: Id | null): void {
    const t = this.tallies.merged
    for (const id of mergedIds) t.ids.add(id)
    if (partId !== null && mergedIds.length > 0) t.partIds.push(partId)
  }

  private worstClass(codes: ResultClass[]): ResultClass {
    const order = this.facts.classOrder
    const rank = (c: ResultClass) => {
      const i = order.indexOf(c)
      return i < 0 ? order.length : i
    }
    return codes.reduce((worst, c) => (rank(c) > rank(worst) ? c : worst))
  }

  addSuggestion(s: SuggestionFacts): void {
    const sid = s.suggestion.id
    const add = (name: TallyName) => this.add(name, sid, null)
    const parts = s.parts
    if (s.coParts.length > 0) {
      add('coAssigned')
      if (s.coParts.some((p) => p.overdue)) add('coOverdue')
    }
    if (parts.length === 0) return
    add('assigned')
    this.addMerged(s.mergedIds, null)
    const replied = parts.every((p) => p.firstReply !== null)
    if (replied) add('replied')
    const due = parts.filter((p) => p.dueOrMade)
    if (due.length > 0) {
      add('dueOrMade')
      if (due.every((p) => p.onTime)) add('onTime')
    }
    if (replied && parts.every((p) => p.latestReply)) {
      const code = this.worstClass(parts.map((p) => p.latestReply?.resultClass ?? ''))
      this.addClass(code, sid, null)
      if (code === this.facts.solvedClass) add('solved')
    }
    const verdicts = parts.map((p) => p.latestRating)
    if (verdicts.every((r) => r !== null)) {
      add('rated')
      const worst = verdicts.reduce((w, r) => (VERDICT_RANK[r.overall] < VERDICT_RANK[w.overall] ? r : w))
      add(worst.overall)
      if (worst.overall !== 'dissatisfied') add('content')
      this.scoreSum += verdicts.reduce((sum, r) => sum + r.score, 0) / verdicts.length
    } else if (replied) add('unrated')
    const first = parts.map((p) => p.firstRoundRating)
    if (first.every((r) => r !== null)) {
      add('firstRated')
      if (first.every((r) => r.overall !== 'dissatisfied')) add('firstSatisfied')
    }
    if (parts.some((p) => p.faceToFace)) add('faceToFace')
    if (parts.every((p) => p.closed)) add('closed')
    if (parts.some((p) => p.rehandled)) add('rehandled')
    if (parts.some((p) => p.overdue)) add('overdue')
  }

  finish(): Figures {
    const b = this.basis
    const t = this.tallies
    const rated = size(b, t.rated)
    const classes: Record<ResultClass, Figure> = {}
    for (const [code, c] of this.classes) classes[code] = rate(b, c, t.replied)
    const merged = count(b, t.merged)
    merged.numerator = merged.ids.length
    merged.value = merged.ids.length
    return {
      basis: b,
      assigned: count(b, t.assigned),
      replyRate: rate(b, t.replied, t.assigned),
      onTimeRate: rate(b, t.onTime, t.dueOrMade),
      satisfactionRate: rate(b, t.content, t.rated),
      satisfiedRate: rate(b, t.satisfied, t.rated),
      verdicts: {
        satisfied: rate(b, t.satisfied, t.rated),
        'basically-satisfied': rate(b, t['basically-satisfied'], t.rated),
        dissatisfied: rate(b, t.dissatisfied, t.rated),
      },
      firstRoundSatisfactionRate: rate(b, t.firstSatisfied, t.firstRated),
      unrated: count(b, t.unrated),
      meanScore: {
        ...rate(b, t.rated, t.rated),
        value: rated === 0 ? null : Math.round((this.scoreSum / rated) * 10) / 10,
        numerator: this.scoreSum,
      },
      classes,
      solveRate: rate(b, t.solved, t.replied),
      faceToFaceRate: rate(b, t.faceToFace, t.assigned),
      closeRate: rate(b, t.closed, t.assigned),
      rehandled: count(b, t.rehandled),
      overdue: count(b, t.overdue),
      coAssigned: count(b, t.coAssigned),
      coOverdue: count(b, t.coOverdue),
      merged,
    }
  }
}

/** Figures of parts (basis 'part'): all parts of the facts, or those `keep` selects. */
export function partFigures(facts: StatisticsFacts, keep?: (p: PartFacts) => boolean): Figures {
  const acc = new FiguresAccumulator('part', facts)
  for (const p of facts.parts) {
    if (keep && !keep(p)) continue
    acc.addPart(p)
    if (p.role !== 'co') acc.addMerged(p.mergedIds, p.id)
  }
  return acc.finish()
}

/** Figures of suggestions (basis 'suggestion'): the office-wide figures, or those `keep` selects. */
export function suggestionFigures(facts: StatisticsFacts, keep?: (s: SuggestionFacts) => boolean): Figures {
  const acc = new FiguresAccumulator('suggestion', facts)
  for (const s of facts.suggestions) if (!keep || keep(s)) acc.addSuggestion(s)
  return acc.finish()
}

/**
 * A figure over a list chosen by the caller (e.g. the ratings figures table): `numerator` ⊆ `denominator`, or a
 * count when `denominator` is null. Parts give basis 'part', suggestions basis 'suggestion'.
 */
export function figureOfParts(numerator: readonly PartFacts[], denominator: readonly PartFacts[] | null): Figure {
  const toTally = (list: readonly PartFacts[]): Tally => ({
    ids: new Set(list.map((p) => p.suggestion.id)),
    partIds: list.map((p) => p.id),
  })
  return denominator === null
    ? count('part', toTally(numerator))
    : rate('part', toTally(numerator), toTally(denominator))
}

export function figureOfSuggestions(
  numerator: readonly SuggestionFacts[],
  denominator: readonly SuggestionFacts[] | null,
): Figure {
  const toTally = (list: readonly SuggestionFacts[]): Tally => ({
    ids: new Set(list.map((s) => s.suggestion.id)),
    partIds: [],
  })
  return denominator === null
    ? count('suggestion', toTally(numerator))
    : rate('suggestion', toTally(numerator), toTally(denominator))
}
