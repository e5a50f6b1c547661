/**
 * The domain model of 代表建议办理: the records the application keeps, in the domain's own words.
 *
 * Owns: the shapes of sessions, deputies, units, suggestions, assignments (one per unit and round), due dates
 * with the rule that produced them, replies, ratings, events and settings. Pure types — no DOM, Node, Dexie,
 * React or i18next. Days are `YYYY-MM-DD` strings, instants are ISO timestamps, ids are ULIDs (strings, never
 * auto-increment: records travel between workstations).
 *
 * Nothing is deleted: every change is an `SuggestionEvent`, and the current state on the records is kept in step
 * with the events in the same transaction. Overdue is never stored; it is derived from due dates and "today".
 */

/** A ULID. */
export type Id = string
/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string
/** An instant, ISO 8601 with zone, e.g. `2026-02-12T09:30:00.000+08:00` or `...Z`. */
export type IsoInstant = string

/** The person at the keyboard. Deputies never use the app. */
export type OperatorRole = 'administrator' | 'staff' | 'read-only'
export interface Operator {
  id: Id
  name: string
  role: OperatorRole
  createdAt: IsoInstant
  active: boolean
}
/** Who did something, copied onto each event so history survives a renamed or retired profile. */
export interface Actor {
  id: Id
  name: string
}

/** 届次/会次, or 闭会期间 (between sessions). */
export interface Session {
  id: Id
  /** Display name, e.g. `市十七届人大四次会议` or `2026年闭会期间`. */
  name: string
  kind: 'session' | 'interim'
  /** 届 (17 in 十七届); null for interim entries that do not name one. */
  term: number | null
  /** 次 (4 in 四次会议); null for 闭会期间. */
  meeting: number | null
  year: number
  /** Opening day of the meeting (or the first day of the interim period). */
  startsOn: IsoDate | null
  /** Fixed-date mode: the one date by which this session's suggestions must be answered (e.g. 06-30). */
  fixedReplyDate: IsoDate | null
  /** Sort order in lists, newest first by default. */
  order: number
  createdAt: IsoInstant
}

export interface Deputy {
  id: Id
  name: string
  delegation: string | null
  /** Contact data is never published (DOMAIN.md 公开). */
  phone: string | null
  address: string | null
  notes: string | null
}

export type UnitType =
  'government-department' | 'district' | 'court' | 'procuratorate' | 'congress-body' | 'enterprise' | 'other'

export interface UnitContacts {
  /** 分管领导 */
  leader: string | null
  /** 责任科室 */
  department: string | null
  /** 联系人 */
  contact: string | null
  phone: string | null
}

export interface UnitHistoryEntry {
  at: IsoInstant
  by: Actor
  kind: 'created' | 'renamed' | 'merged-into' | 'absorbed' | 'edited' | 'retired'
  /** Name before the change (for renamed), or the other unit's name (for merges). */
  detail: string
}

export interface Unit {
  id: Id
  name: string
  shortNames: string[]
  aliases: string[]
  type: UnitType
  /** Official order (机构排序) used in lists and the league table. */
  order: number
  active: boolean
  /** After 机构改革: the unit that took over this one's work. */
  successorId: Id | null
  contacts: UnitContacts
  history: UnitHistoryEntry[]
}

/** Where a suggestion stands as a whole. Per-unit progress lives on its assignments. */
export type SuggestionStage =
  | 'registered' // 登记
  | 'accepted' // 立案, awaiting 交办
  | 'not-accepted' // 不予立案 (may be 转来信处理)
  | 'withdrawn' // 撤回
  | 'merged' // 并案 into another suggestion, answered with it
  | 'assigned' // 交办: at least one live assignment
  | 'closed' // 办结

export interface Publicity {
  public: boolean
  /** Required when not public. */
  reason: string | null
}

export interface Suggestion {
  id: Id
  sessionId: Id
  /** The number exactly as entered or imported: `第0123号`, `0123`, `2017546`. Shown to users. */
  numberText: string
  /** Normalised for matching: digits without leading zeros, year prefix removed where recognised, e.g. `123`. */
  number: string
  /** Numeric sort key derived from `number`. */
  numberSort: number
  title: string
  content: string
  leadDeputy: string
  /** Named co-signers (附议/联名). */
  coSigners: string[]
  /** When the list only says `樊奇等11名代表`: 11 (all signers, lead included). null when not stated. */
  signerCount: number | null
  delegation: string | null
  category: string | null
  receivedOn: IsoDate
  publicity: Publicity
  /** 重点建议 chosen by the chairpersons' meeting. */
  key: boolean
  tags: string[]
  stage: SuggestionStage
  /** 不予立案 / 撤回 reason; for not-accepted also whether it goes on as a deputy's letter. */
  stageReason: string | null
  handledAsLetter: boolean
  /** When merged (并案): the suggestion that answers for this one. */
  mergedIntoId: Id | null
  /** Current handling round: 1, then 2 after the first 不满意 … */
  round: number
  /** Lower-cased search text (number, title, content, deputies) kept in step for full-text search. */
  searchText: string
  createdAt: IsoInstant
  updatedAt: IsoInstant
  /** Bumped on every change; lets imports and sync detect concurrent edits. */
  revision: number
}

export type AssignmentRole = 'lead' | 'co' | 'separate'

/**
 * One unit's part in one round of a suggestion.
 * A reassignment ends the old assignment (`state: 'returned'`) and creates a new one; history stays.
 */
export type AssignmentState =
  | 'assigned' // 待签收
  | 'signed' // 已签收, 办理中
  | 'return-requested' // 申请退回 pending
  | 'returned' // 退回 approved; ended (a new assignment replaces it)
  | 'review' // reply drafted, 待审核签发
  | 'replied' // 已答复, 待测评 (lead/separate) — co units end with 'opinion-sent'
  | 'opinion-sent' // co-handler sent 协办意见 to the lead unit
  | 'rehandling' // 重新办理 after 不满意
  | 'closed' // 办结 for this unit
  | 'transferred' // moved to a successor unit after 机构改革; ended

export interface HandlingPeople {
  leader: string | null // 分管领导
  department: string | null // 责任科室
  handler: string | null // 经办人
  phone: string | null
}

export interface Assignment {
  id: Id
  suggestionId: Id
  unitId: Id
  role: AssignmentRole
  round: number
  state: AssignmentState
  assignedOn: IsoDate
  signedOn: IsoDate | null
  people: HandlingPeople
  /** Current due dates; superseded ones stay in `dueDateHistory`. */
  dueDates: DueDate[]
  dueDateHistory: DueDate[]
  /** Pending return request, if any. */
  returnRequest: ReturnRequest | null
  /** The assignment this one replaced (reassignment, transfer or re-handling round). */
  previousId: Id | null
  /** 是否延期: approved extension end, if any. */
  extendedTo: IsoDate | null
  /** Pending extension request (延期申请), if any. Optional: records written before it existed lack it. */
  extensionRequest?: ExtensionRequest | null
  createdAt: IsoInstant
  updatedAt: IsoInstant
  revision: number
}

export interface ExtensionRequest {
  requestedOn: IsoDate
  /** The reply date asked for. */
  until: IsoDate
  reason: string
}

export interface ReturnRequest {
  requestedOn: IsoDate
  reason: string
  proposedUnitId: Id | null
  proposedUnitName: string | null
}

/** The kinds of date the app watches. */
export type DueKind =
  | 'assign' // 交办 after receipt (between sessions)
  | 'return-limit' // last day a unit may ask to return
  | 'co-opinion' // co-handler's opinion to the lead unit
  | 'internal-review' // review and sign-off finished
  | 'reply' // reply to the deputy (after extensions: the extended date)
  | 'rehandling-reply' // reply again after 不满意
  | 'publish' // publish a reply after sending it
  | 'follow-up' // a promise made in a B/C reply

/** How a due date is produced. Stored with every due date so settings changes never move it silently. */
export type DeadlineRule =
  | { type: 'working-days'; days: number }
  | { type: 'calendar-months'; months: number }
  /** N working days before another due date (internal review before the reply deadline). */
  | { type: 'working-days-before'; days: number; of: DueKind }
  /** A fixed day (fixed-date mode, or a date stated in a reply's promise). */
  | { type: 'fixed-date'; date: IsoDate }

export interface DueDate {
  kind: DueKind
  date: IsoDate
  /** The day counting starts from (not itself counted). */
  start: IsoDate
  rule: DeadlineRule
  /** True when the calendar had no official data for a year the count passed through. */
  usedFallbackCalendar: boolean
  computedAt: IsoInstant
  /** Why it exists or was recomputed: 'assigned', 'extension approved', 'recomputed by admin' … */
  note: string | null
}

export type ResultClass = string // 'A' | 'B' | 'C' | 'D' by default; the set is a setting

export interface Promise_ {
  text: string
  dueOn: IsoDate
  fulfilledOn: IsoDate | null
}

export type ReplyState = 'draft' | 'signed-off' | 'sent'

export interface Reply {
  id: Id
  suggestionId: Id
  assignmentId: Id
  unitId: Id
  round: number
  state: ReplyState
  resultClass: ResultClass
  /** 发文字号, e.g. `X建复〔2025〕12号`. */
  documentNumber: string | null
  body: string
  signer: string | null // 签发人
  signedOffOn: IsoDate | null
  sentOn: IsoDate | null
  contactName: string | null
  contactPhone: string | null
  /** B/C replies state a plan and a date: followed up until fulfilled. */
  promises: Promise_[]
  /** C-style replies explain why it cannot be solved now. Optional: absent on older records. */
  explanation?: string | null
  publicity: Publicity
  publishedOn: IsoDate | null
  createdAt: IsoInstant
  updatedAt: IsoInstant
  revision: number
}

export type RatingLevel = 'satisfied' | 'basically-satisfied' | 'dissatisfied'
export type CommunicationMode = 'face-to-face' | 'phone' | 'written' | 'none'

export interface Rating {
  id: Id
  suggestionId: Id
  assignmentId: Id
  unitId: Id
  round: number
  receivedReply: boolean
  receivedOn: IsoDate | null
  communication: CommunicationMode
  attitude: RatingLevel
  process: RatingLevel
  result: RatingLevel
  overall: RatingLevel
  /** Required when overall is dissatisfied. */
  reasons: string | null
  signedBy: string
  ratedOn: IsoDate
  /** 0–100 with the points and weights in force when entered. */
  score: number
  createdAt: IsoInstant
}

export type ContactKind = 'face-to-face' | 'phone' | 'written' | 'survey' | 'forum'
export type ContactPhase = 'before' | 'during' | 'after'

export interface ContactRecord {
  id: Id
  suggestionId: Id
  assignmentId: Id
  unitId: Id
  kind: ContactKind
  phase: ContactPhase
  on: IsoDate
  people: string
  summary: string
  createdAt: IsoInstant
}

export type EventType =
  | 'registered'
  | 'edited'
  | 'accepted'
  | 'not-accepted'
  | 'withdrawn'
  | 'merged'
  | 'assigned'
  | 'signed-for'
  | 'return-requested'
  | 'return-approved'
  | 'return-denied'
  | 'reassigned'
  | 'transferred'
  | 'co-opinion-sent'
  | 'extension-requested'
  | 'extension-approved'
  | 'extension-denied'
  | 'progress-noted'
  | 'contact-recorded'
  | 'reply-drafted'
  | 'reply-signed-off'
  | 'reply-sent'
  | 'rated'
  | 'rehandling-started'
  | 'closed'
  | 'corrected'
  | 'reminded'
  | 'due-dates-recomputed'
  | 'key-marked'
  | 'supervision-recorded'
  | 'published'
  | 'promise-fulfilled' // 跟踪办理: a promise of a B/C reply done
  | 'imported'

export interface SuggestionEvent {
  id: Id
  suggestionId: Id
  assignmentId: Id | null
  unitId: Id | null
  type: EventType
  /** When it was recorded. */
  at: IsoInstant
  /** The business day it happened on (may differ from `at` when entered later from paper). */
  on: IsoDate
  by: Actor
  reason: string | null
  /** Event-specific details, plain JSON. */
  data: Record<string, unknown>
}

/** Default time limits of DOMAIN.md; each is a setting. */
export interface DeadlineSettings {
  assign: DeadlineRule
  returnLimit: DeadlineRule
  coOpinion: DeadlineRule
  reply: DeadlineRule
  /** Longest extension, counted from assignment. */
  extensionCap: DeadlineRule
  internalReview: DeadlineRule
  rehandlingReply: DeadlineRule
  publish: DeadlineRule
}

export interface ResultClassSetting {
  code: ResultClass
  label: string
  /** B/C style classes require a plan with a date (becomes a follow-up item). */
  requiresPromise: boolean
  /** C style: the reply must explain why. */
  requiresExplanation: boolean
}

export interface RatingSettings {
  points: Record<RatingLevel, number>
  /** Weights of attitude, process, result; sum 100. */
  weights: { attitude: number; process: number; result: number }
}

/** The measures a unit league table (绩效考核) can weigh; computed in statistics/league.ts. */
export type LeagueMeasure =
  | 'replyRate'
  | 'onTimeRate'
  | 'satisfactionRate'
  | 'satisfiedRate'
  | 'firstRoundSatisfactionRate'
  | 'solveRate'
  | 'faceToFaceRate'
  | 'closeRate'

export interface StatisticsSettings {
  /** League-table weight per measure; a measure without a positive weight is not scored. */
  leagueWeights: Partial<Record<LeagueMeasure, number>>
  /** The result class that counts as solved for 解决率 (default 'A'). */
  solvedClass: ResultClass
}

export interface Settings {
  /** Name of the office or unit that runs this installation. */
  organisationName: string
  /** 'office' sees all suggestions; 'unit' only what was assigned to `unitId`. */
  mode: 'office' | 'unit'
  unitId: Id | null
  categories: string[]
  deadlines: DeadlineSettings
  resultClasses: ResultClassSetting[]
  rating: RatingSettings
  /** 抄送 line on reply letters. */
  replyCopyTo: string
  /** Prefix of document numbers, e.g. `X建复`. */
  documentNumberPrefix: string
  statistics: StatisticsSettings
}

/** Administrator-entered or built-in working-day data for one year. */
export interface HolidayYear {
  year: number
  /** Days off that would otherwise be working days (statutory holidays and bridging days). */
  holidays: IsoDate[]
  /** Weekend days that are working days (调休上班). */
  workdays: IsoDate[]
  /** Optional names of the holidays and make-up days by date (e.g. `春节`), shown in due-date explanations. */
  names?: Record<IsoDate, string>
  source: 'built-in' | 'administrator'
  updatedAt: IsoInstant | null
  note: string | null
}

/** What a workflow command changes. The store writes all of it in one transaction, or nothing. */
export interface WorkflowChange {
  suggestion?: Suggestion
  /** Inserted or replaced assignments. */
  assignments: Assignment[]
  replies: Reply[]
  ratings: Rating[]
  contacts: ContactRecord[]
  events: SuggestionEvent[]
}

/** A refusal with a code the UI translates (never translated text in the domain). */
export interface DomainError {
  code: string
  /** Values for the message, e.g. `{ limit: '2026-02-24' }`. */
  params?: Record<string, string | number>
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E }
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
export const err = <E = DomainError>(error: E): Result<never, E> => ({ ok: false, error })

/**
 * Everything a workflow command needs from outside, passed in so the domain never reads the clock, the
 * calendar or random sources itself.
 */
export interface WorkflowContext {
  now: IsoInstant
  today: IsoDate
  actor: Actor
  settings: Settings
  /** Returns a fresh ULID (the adapter supplies `ulid()`; tests supply a counter). */
  newId: () => Id
  /**
   * Computes one due date on the working-day calendar: `rule` applied to `start` (start day not counted).
   * Implemented in src/shared/domain/deadlines.ts by `createDueDateCalculator(calendar, now)`.
   */
  dueDate: (kind: DueKind, rule: DeadlineRule, start: IsoDate, note?: string | null) => DueDate
}
