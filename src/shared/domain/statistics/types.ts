/**
 * The public types of the statistics: what goes in (records, the day asked, the period, settings) and what comes
 * out (figures that each say their basis, numerator, denominator and the records behind them).
 *
 * See index.ts for the definitions of every figure and how a part's state is reconstructed as of a day.
 */
import type {
  Assignment,
  AssignmentRole,
  ContactRecord,
  Id,
  IsoDate,
  LeagueMeasure,
  Rating,
  RatingLevel,
  Reply,
  ResultClass,
  Settings,
  Suggestion,
  SuggestionEvent,
} from '../model'

/** The records the figures are computed from: plain arrays, as read from the store or a backup file. */
export interface StatisticsRecords {
  suggestions: readonly Suggestion[]
  assignments: readonly Assignment[]
  replies: readonly Reply[]
  ratings: readonly Rating[]
  contacts: readonly ContactRecord[]
  /** Only events of the types in `statisticsEventTypes` are read; a caller may pass just those. */
  events: readonly SuggestionEvent[]
}

/** A closed range of days; either end open when null. */
export interface Period {
  from: IsoDate | null
  to: IsoDate | null
}

/** What the figures need from the settings (a full `Settings` fits). */
export type StatisticsSettingsInput = Pick<Settings, 'resultClasses' | 'statistics'>

export interface StatisticsInput {
  records: StatisticsRecords
  /** Every figure is true as of the end of this day: later events, replies, ratings and dates are not seen. */
  asOf: IsoDate
  /**
   * Which handling is counted: parts whose own assignment day, and suggestions whose first 交办 day, lie in the
   * period (a calendar year, a quarter, any range). Null or absent: everything assigned by `asOf`.
   */
  period?: Period | null
  settings: StatisticsSettingsInput
}

/** What a figure counts: suggestions (office-wide figures) or units' parts (unit tables). */
export type Basis = 'suggestion' | 'part'

/**
 * One figure. A count has `denominator: null` and `value === numerator`; a rate has `value = numerator ÷
 * denominator` as a fraction 0–1 (null when the denominator is 0). A mean (meanScore) has the sum as numerator.
 */
export interface Figure {
  basis: Basis
  value: number | null
  numerator: number
  denominator: number | null
  /** Suggestions behind the numerator (unique, in record order): the list a screen opens on click. */
  ids: readonly Id[]
  /** Basis 'part': the parts behind the numerator (`PartFacts.id`); empty for basis 'suggestion'. */
  partIds: readonly Id[]
  /** Rates: the suggestions behind the denominator (e.g. all assigned, for 办复率); null for counts. */
  denominatorIds: readonly Id[] | null
  /** Rates with basis 'part': the parts behind the denominator; null otherwise. */
  denominatorPartIds: readonly Id[] | null
}

/** DOMAIN.md's figures, all on one basis. */
export interface Figures {
  basis: Basis
  /** 交办数: lead and separate parts (or suggestions with one) assigned, not withdrawn, returned or merged. */
  assigned: Figure
  /** 办复率 = replied ÷ assigned (a suggestion: every part has sent its reply). */
  replyRate: Figure
  /** 按时办复率 = replied by the due date in force (after approved extensions) ÷ replies due or made. */
  onTimeRate: Figure
  /** 满意率 = (满意 + 基本满意) ÷ rated, on the latest verdict by `asOf`. */
  satisfactionRate: Figure
  /** 满意 alone ÷ rated. */
  satisfiedRate: Figure
  /** Each verdict ÷ rated (满意 / 基本满意 / 不满意). */
  verdicts: Record<RatingLevel, Figure>
  /** 初次办理满意率: (满意 + 基本满意) ÷ rated, round-1 ratings only. */
  firstRoundSatisfactionRate: Figure
  /** 未反馈: replied, no rating returned by `asOf` — shown apart from the rated (rated + unrated = replied). */
  unrated: Figure
  /**
   * 未反馈 settled by the office under the no-answer rule (a form not returned within the set days): closed as
   * 未反馈 (then also in `unrated`), or counted as the rule's verdict (then among the rated).
   */
  noAnswer: Figure
  /** Mean rating score 0–100 of the latest ratings (numerator = sum of scores, denominator = rated). */
  meanScore: Figure
  /** Result-class distribution: each class ÷ replied, on the latest reply sent; every class of the settings. */
  classes: Record<ResultClass, Figure>
  /** 解决率 = replies of the solved class (default A) ÷ replied. */
  solveRate: Figure
  /** 见面率 = face-to-face contact (a contact record, or 当面 on the rating form) ÷ assigned. */
  faceToFaceRate: Figure
  /** 办结率 = closed (the `closed` event, or a part closed as 未反馈, dated by `asOf`) ÷ assigned. */
  closeRate: Figure
  /** Re-handling count: a round 2 or later started by `asOf`. */
  rehandled: Figure
  /** Overdue at `asOf`: the current round's due date in force has passed without its reply. */
  overdue: Figure
  /** Co-handler (协办) parts assigned; they answer the lead unit, so they count only here and in coOverdue. */
  coAssigned: Figure
  /** Co-handler parts whose opinion date passed without the opinion sent. */
  coOverdue: Figure
  /** Merged suggestions (并案) answered through the counted hosts; `ids` are the merged suggestions. */
  merged: Figure
}

/** One unit's part of one suggestion, reconstructed as of `asOf`. */
export interface PartFacts {
  /** The part's id: the id of its first assignment. */
  id: Id
  suggestion: Suggestion
  /** The unit holding the part on `asOf` (a successor after 机构改革 from its hand-over day). */
  unitId: Id
  role: AssignmentRole
  /** The part's own assignment day (a unit given the part after an approved return: its own day). */
  assignedOn: IsoDate
  /** The assignments of the part started by `asOf`, first first (rounds, transfers). */
  links: Assignment[]
  /** The current round on `asOf`. */
  round: number
  /** First reply sent by `asOf`, if any. */
  firstReply: Reply | null
  /** The first-round due date in force on the day the reply was sent (or on `asOf` while unsent). */
  firstDue: IsoDate | null
  dueOrMade: boolean
  onTime: boolean
  /** The latest reply sent by `asOf` (any round). */
  latestReply: Reply | null
  /** The latest rating dated by `asOf` (any round), and the round-1 one. */
  latestRating: Rating | null
  firstRoundRating: Rating | null
  faceToFace: boolean
  closed: boolean
  rehandled: boolean
  overdue: boolean
  /** Settled by the office under the no-answer rule by `asOf` (closed as 未反馈, or counted as its verdict). */
  noAnswer: boolean
  /** Suggestions merged into this part's suggestion by `asOf` (并案). */
  mergedIds: readonly Id[]
}

/** One suggestion, combined from its counting parts as of `asOf`. */
export interface SuggestionFacts {
  suggestion: Suggestion
  /** Its first 交办 day (the earliest assignment of any of its parts, returned ones included). */
  assignedOn: IsoDate
  /** Lead and separate parts (answering the deputy). */
  parts: PartFacts[]
  coParts: PartFacts[]
  /** Suggestions merged into this one by `asOf` (并案), answered through it. */
  mergedIds: readonly Id[]
}

export interface StatisticsFacts {
  asOf: IsoDate
  period: Period | null
  /** Result classes in the settings' order (the order decides the "worst" class of a split suggestion). */
  classOrder: ResultClass[]
  solvedClass: ResultClass
  leagueWeights: Partial<Record<LeagueMeasure, number>>
  /** Parts in the period, every role; co-handler parts too. */
  parts: PartFacts[]
  /** Suggestions in the period that have at least one counting part (lead, separate or co). */
  suggestions: SuggestionFacts[]
  /** What owes nothing as of `asOf` and is therefore in no figure (for a footnote). */
  excluded: {
    withdrawn: Id[]
    notAccepted: Id[]
    merged: Id[]
    /** Parts ended by an approved return (or office reassignment) by `asOf`: their first assignment ids. */
    returnedParts: Id[]
  }
}

/** Groupings of unit tables (parts) and of office-wide figures (suggestions). */
export type PartDimension = 'unit' | 'unit-role' | 'category' | 'delegation' | 'session' | 'year'
export type SuggestionDimension = 'category' | 'delegation' | 'session' | 'year'

export interface GroupRow {
  /** Unit id, `unitId|role`, category, delegation, session id, or the year (`'2026'`); null when not set. */
  key: string | null
  figures: Figures
}

export interface LeagueRow {
  rank: number
  unitId: Id
  /** 0–100, one decimal; null when the unit has no value for any weighted measure. */
  score: number | null
  /** Each weighted measure's contribution, for the table's columns. */
  figures: Figures
}
