/**
 * Demo data: a fictitious city's two congress sessions with a few hundred suggestions in every stage of the
 * lifecycle, for trying the app and for screenshots.
 *
 * Pure and deterministic: the same seed gives the same data (seeded PRNG, ids drawn from it, dates counted on
 * the built-in working-day calendar, never the clock). Consistent by construction: every suggestion is driven
 * through the real workflow commands (register → accept → assign → sign for → reply → rate → re-handle → close),
 * each on its own business day, stopping at `today`. So the demo exercises exactly the rules the app enforces.
 */
import { builtInHolidayYears } from '../domain/calendar/builtInHolidays'
import { createWorkingDayCalendar } from '../domain/calendar/workingDayCalendar'
import { addCalendarMonths, addDays, compareDates } from '../domain/dates'
import { createDueDateCalculator } from '../domain/deadlines'
import type {
  Actor,
  Assignment,
  AssignmentRole,
  ContactRecord,
  Deputy,
  IsoDate,
  RatingLevel,
  Rating,
  Reply,
  Result,
  Session,
  Suggestion,
  SuggestionEvent,
  Unit,
  WorkflowChange,
  WorkflowContext,
} from '../domain/model'
import { normaliseSuggestionNumber } from '../domain/numbers'
import { buildSearchText } from '../domain/search'
import { defaultSettings } from '../domain/settings'
import {
  accept,
  applyChange,
  assign,
  close,
  draftReply,
  fulfilPromise,
  markKey,
  notAccept,
  publishReply,
  rate,
  recordContact,
  register,
  sendCoOpinion,
  sendReply,
  signFor,
  signOffReply,
  startRehandling,
  withdraw,
  type SuggestionAggregate,
} from '../domain/workflow'
import { DEMO_DISTRICTS, DEMO_TOPICS, DEMO_UNITS, GIVEN_NAMES, SURNAMES, TITLE_FORMS } from './catalogue'
import { createIdFactory, createRandom, type Random } from './random'

export interface DemoOptions {
  /** Suggestions per session (two sessions). Default 150. */
  suggestionsPerSession?: number
  /** The day the data is "as of": nothing happens after it. Default 2026-05-20. */
  today?: IsoDate
}

export interface DemoData {
  sessions: Session[]
  deputies: Deputy[]
  units: Unit[]
  suggestions: Suggestion[]
  assignments: Assignment[]
  replies: Reply[]
  ratings: Rating[]
  contacts: ContactRecord[]
  events: SuggestionEvent[]
}

/** Who the demo's events are recorded as. */
export const DEMO_ACTOR: Actor = { id: 'demo', name: '演示数据' }

const calendar = createWorkingDayCalendar(builtInHolidayYears())
const BASE_MS = Date.UTC(2025, 0, 1)
/** Ids of publication and fulfilment events: after every id of the main pass, so ids still sort by creation. */
const AFTER_REPLY_BASE_MS = Date.UTC(2025, 6, 1)

/** The separate random source and ids of what happens after a reply is sent (公开, 跟踪办理). */
interface AfterReply {
  random: Random
  newId: () => string
}

/** How publication goes: most within the 20 working days, a few late, a handful never (overdue on purpose). */
const PUBLICATION: ReadonlyArray<readonly ['prompt' | 'late' | 'never', number]> = [
  ['prompt', 88],
  ['late', 8],
  ['never', 4],
]
/** How a promise goes: mostly kept before its date, some late, some still open. */
const FULFILMENT: ReadonlyArray<readonly ['early' | 'late' | 'open', number]> = [
  ['early', 70],
  ['late', 15],
  ['open', 15],
]

export function generateDemoData(seed = 20260101, options: DemoOptions = {}): DemoData {
  const perSession = options.suggestionsPerSession ?? 150
  const today = options.today ?? '2026-05-20'
  const random = createRandom(seed)
  const newId = createIdFactory(random, BASE_MS)
  const settings = defaultSettings()

  const sessions: Session[] = [
    makeSession(newId(), '市十七届人大四次会议', 4, 2025, '2025-01-14', 1),
    makeSession(newId(), '市十七届人大五次会议', 5, 2026, '2026-01-13', 2),
  ]
  const units = makeUnits(random, newId)
  const unitByShort = new Map(units.map((u) => [u.shortNames[0] ?? u.name, u]))
  const deputies = makeDeputies(random, newId)

  const data: DemoData = {
    sessions,
    deputies,
    units,
    suggestions: [],
    assignments: [],
    replies: [],
    ratings: [],
    contacts: [],
    events: [],
  }
  const context = (day: IsoDate, ids: () => string = newId): WorkflowContext => {
    const now = `${day}T10:00:00.000+08:00`
    return { now, today: day, actor: DEMO_ACTOR, settings, newId: ids, dueDate: createDueDateCalculator(calendar, now) }
  }
  // Publication and promise fulfilment draw from their own source and ids, so adding them left every other
  // record of the demo (ids, dates, stages) exactly as it was.
  const afterReplyRandom = createRandom((seed ^ 0x5eed5eed) >>> 0)
  const afterReply: AfterReply = {
    random: afterReplyRandom,
    newId: createIdFactory(afterReplyRandom, AFTER_REPLY_BASE_MS),
  }

  for (const session of sessions) {
    for (let n = 1; n <= perSession; n++) {
      const story = new SuggestionStory(random, context, today, afterReply)
      const topic = random.pick(DEMO_TOPICS)
      const lead = random.pick(deputies)
      const coSigners = random.chance(0.4)
        ? [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(deputies).name))].filter(
            (x) => x !== lead.name,
          )
        : []
      const district = (lead.delegation ?? '').replace('代表团', '')
      const title = random.pick(TITLE_FORMS)(topic.subject, district)
      const numberText = random.chance(0.5) ? `第${String(n).padStart(4, '0')}号` : String(n)
      const normalised = normaliseSuggestionNumber(numberText, session.year)
      if (!normalised.ok) throw new Error(`demo number ${numberText}: ${normalised.error.code}`)
      const receivedOn = addDays(session.startsOn ?? `${session.year}-01-10`, random.int(0, 4))
      const fields = {
        sessionId: session.id,
        numberText,
        number: normalised.value.number,
        numberSort: normalised.value.sort,
        title,
        content: `${district}群众反映，${topic.subject.replace(/^加快|^加强|^推进/, '')}方面仍存在短板。建议有关部门加强统筹，明确责任和时间表，${topic.subject}，切实回应群众关切。`,
        leadDeputy: lead.name,
        coSigners,
        signerCount: coSigners.length > 0 ? coSigners.length + 1 : null,
        delegation: lead.delegation,
        category: topic.category,
        receivedOn,
        publicity: { public: true, reason: null },
        tags: [],
      }
      const registered = story.start({
        ...fields,
        searchText: buildSearchText([
          numberText,
          fields.number,
          title,
          lead.name,
          ...coSigners,
          lead.delegation,
          topic.category,
          fields.content,
        ]),
        on: receivedOn,
      })
      if (!registered) continue
      const leadUnit = unitByShort.get(topic.lead)
      const coUnit = topic.co ? unitByShort.get(topic.co) : undefined
      if (!leadUnit) throw new Error(`demo topic without unit: ${topic.lead}`)
      story.live(session, leadUnit, coUnit)
      story.collect(data)
    }
  }
  return data
}

function makeSession(
  id: string,
  name: string,
  meeting: number,
  year: number,
  startsOn: IsoDate,
  order: number,
): Session {
  return {
    id,
    name,
    kind: 'session',
    term: 17,
    meeting,
    year,
    startsOn,
    fixedReplyDate: null,
    order,
    createdAt: `${startsOn}T08:00:00.000+08:00`,
  }
}

function makeUnits(random: Random, newId: () => string): Unit[] {
  return DEMO_UNITS.map((u, i) => ({
    id: newId(),
    name: u.name,
    shortNames: u.shortName === u.name ? [] : [u.shortName],
    aliases: [],
    type: u.type,
    order: i + 1,
    active: true,
    successorId: null,
    contacts: {
      leader: `${random.pick([...SURNAMES])}${random.pick(GIVEN_NAMES)}`,
      department: '办公室',
      contact: `${random.pick([...SURNAMES])}${random.pick(GIVEN_NAMES)}`,
      phone: `8${String(random.int(1000000, 9999999))}`,
    },
    history: [{ at: '2025-01-01T08:00:00.000+08:00', by: DEMO_ACTOR, kind: 'created' as const, detail: u.name }],
  }))
}

function makeDeputies(random: Random, newId: () => string): Deputy[] {
  const names = new Set<string>()
  while (names.size < 80) names.add(`${random.pick([...SURNAMES])}${random.pick(GIVEN_NAMES)}`)
  return [...names].map((name) => ({
    id: newId(),
    name,
    delegation: `${random.pick(DEMO_DISTRICTS)}代表团`,
    phone: null,
    address: null,
    notes: null,
  }))
}

const LEVELS: ReadonlyArray<readonly [RatingLevel, number]> = [
  ['satisfied', 70],
  ['basically-satisfied', 22],
  ['dissatisfied', 8],
]

/** One suggestion's life, command by command, each on its business day, until `today`. */
class SuggestionStory {
  private state: SuggestionAggregate | null = null
  private contacts: ContactRecord[] = []
  private events: SuggestionEvent[] = []

  constructor(
    private readonly random: Random,
    private readonly context: (day: IsoDate, ids?: () => string) => WorkflowContext,
    private readonly today: IsoDate,
    private readonly afterReply: AfterReply,
  ) {}

  start(input: Parameters<typeof register>[0]): boolean {
    const result = register(input, this.context(input.on ?? this.today))
    const change = expectOk(result, 'register')
    this.state = { suggestion: change.suggestion!, assignments: [], replies: [], ratings: [] }
    this.events.push(...change.events)
    return true
  }

  /** Applies a command on `day` if that day has come; false when the story stops here. */
  private step(
    day: IsoDate,
    name: string,
    command: (s: SuggestionAggregate, ctx: WorkflowContext) => Result<WorkflowChange>,
    ids?: () => string,
  ): boolean {
    if (!this.state || compareDates(day, this.today) > 0) return false
    const change = expectOk(command(this.state, this.context(day, ids)), name)
    this.state = applyChange(this.state, change)
    this.contacts.push(...change.contacts)
    this.events.push(...change.events)
    return true
  }

  live(session: Session, leadUnit: Unit, coUnit: Unit | undefined): void {
    const r = this.random
    const received = this.state!.suggestion.receivedOn
    const fate = r.weighted([
      ['not-accepted', 4],
      ['withdrawn', 2],
      ['handled', 94],
    ] as const)
    const reviewed = workingDay(addDays(received, r.int(3, 8)))
    if (fate === 'not-accepted') {
      this.step(reviewed, 'notAccept', (s, c) =>
        notAccept(s, { on: reviewed, reason: '属于代表个人具体事务，转来信处理', handledAsLetter: true }, c),
      )
      return
    }
    if (fate === 'withdrawn') {
      this.step(reviewed, 'withdraw', (s, c) =>
        withdraw(s, { on: reviewed, reason: '领衔代表书面提出撤回', allSignersAgreed: true }, c),
      )
      return
    }
    if (!this.step(reviewed, 'accept', (s, c) => accept(s, { on: reviewed }, c))) return
    if (r.chance(0.06))
      this.step(reviewed, 'markKey', (s, c) =>
        markKey(s, { on: reviewed, key: true, reason: '主任会议确定为重点督办建议' }, c),
      )

    const assignedOn = workingDay(addDays(reviewed, r.int(5, 15)))
    const separate = coUnit && r.chance(0.1)
    const parts: Array<{ unitId: string; role: AssignmentRole }> = [
      { unitId: leadUnit.id, role: separate ? 'separate' : 'lead' },
    ]
    if (coUnit && (separate || r.chance(0.35))) parts.push({ unitId: coUnit.id, role: separate ? 'separate' : 'co' })
    if (
      !this.step(assignedOn, 'assign', (s, c) =>
        assign(s, { on: assignedOn, units: parts, fixedReplyDate: session.fixedReplyDate }, c),
      )
    )
      return

    const slow = r.chance(0.2)
    for (const part of this.state!.assignments) this.handlePart(part.id, assignedOn, slow)
    this.finish()
  }

  private handlePart(assignmentId: string, assignedOn: IsoDate, slow: boolean): void {
    const r = this.random
    const assignment = () => this.state!.assignments.find((a) => a.id === assignmentId)!
    const signedOn = workingDay(addDays(assignedOn, r.int(1, 4)))
    const people = {
      leader: '分管副局长',
      department: '办公室',
      handler: `${r.pick([...SURNAMES])}${r.pick(GIVEN_NAMES)}`,
      phone: `8${r.int(1000000, 9999999)}`,
    }
    if (!this.step(signedOn, 'signFor', (s, c) => signFor(s, { on: signedOn, assignmentId, people }, c))) return
    if (assignment().role === 'co') {
      const sent = workingDay(addDays(signedOn, r.int(10, 28)))
      this.step(sent, 'sendCoOpinion', (s, c) =>
        sendCoOpinion(s, { on: sent, assignmentId, summary: '我单位同意主办单位意见，将积极配合推进。' }, c),
      )
      return
    }
    if (r.chance(0.6)) {
      const met = workingDay(addDays(signedOn, r.int(5, 30)))
      this.step(met, 'recordContact', (s, c) =>
        recordContact(
          s,
          {
            on: met,
            assignmentId,
            kind: r.pick(['face-to-face', 'phone'] as const),
            phase: 'during',
            people: s.suggestion.leadDeputy,
            summary: '当面听取代表意见，沟通办理思路。',
          },
          c,
        ),
      )
    }
    const sentOn = workingDay(addDays(assignedOn, slow ? r.int(95, 140) : r.int(40, 100)))
    if (!this.reply(assignmentId, sentOn)) return
    const rated = this.rateReply(assignmentId, sentOn)
    if (rated !== 'dissatisfied') return
    const restart = workingDay(addDays(sentOn, r.int(15, 25)))
    if (!this.step(restart, 'startRehandling', (s, c) => startRehandling(s, { on: restart, assignmentId }, c))) return
    const next = this.state!.assignments.find((a) => a.previousId === assignmentId)!
    const againOn = workingDay(addDays(restart, r.int(15, 28)))
    if (!this.reply(next.id, againOn)) return
    this.rateReply(next.id, againOn, true)
  }

  private reply(assignmentId: string, sentOn: IsoDate): boolean {
    const r = this.random
    const s0 = this.state!.suggestion
    const resultClass = r.weighted([
      ['A', 55],
      ['B', 25],
      ['C', 12],
      ['D', 8],
    ] as const)
    const draftOn = workingDay(addDays(sentOn, -7))
    const promises =
      resultClass === 'B' || resultClass === 'C'
        ? [{ text: '列入明年工作计划推进实施', dueOn: addCalendarMonths(sentOn, 6) }]
        : []
    const body = `您提出的《${s0.title}》（第${s0.number}号）收悉。经认真研究，现答复如下：我单位高度重视，已会同有关部门研究落实。感谢您对我们工作的关心和支持。`
    const ok =
      this.step(draftOn, 'draftReply', (s, c) =>
        draftReply(
          s,
          {
            on: draftOn,
            assignmentId,
            resultClass,
            body,
            promises,
            explanation: resultClass === 'C' ? '受资金和用地条件限制，需分步实施' : null,
            contactName: '联系人',
            contactPhone: '80000000',
          },
          c,
        ),
      ) &&
      this.step(workingDay(addDays(sentOn, -2)), 'signOffReply', (s, c) =>
        signOffReply(s, { on: workingDay(addDays(sentOn, -2)), assignmentId, signer: '局长' }, c),
      ) &&
      this.step(sentOn, 'sendReply', (s, c) => sendReply(s, { on: sentOn, assignmentId }, c))
    if (ok) this.afterSending(assignmentId, sentOn)
    return ok
  }

  /**
   * 公开 and 跟踪办理 of a sent reply, as far as `today` reaches: publication on a working day within the 20 (or
   * later, or never), each promise fulfilled before its date (or later, or not yet).
   */
  private afterSending(assignmentId: string, sentOn: IsoDate): void {
    const r = this.afterReply.random
    const ids = this.afterReply.newId
    const publication = r.weighted(PUBLICATION)
    const publishAfter = publication === 'prompt' ? r.int(2, 18) : r.int(22, 40)
    if (publication !== 'never') {
      const on = calendar.addWorkingDays(sentOn, publishAfter).date
      this.step(on, 'publishReply', (s, c) => publishReply(s, { on, assignmentId, where: '市政府门户网站' }, c), ids)
    }
    const promises = this.state!.replies.find((x) => x.assignmentId === assignmentId && x.state === 'sent')?.promises
    ;(promises ?? []).forEach((promise, promiseIndex) => {
      const fate = r.weighted(FULFILMENT)
      const offset = fate === 'early' ? -r.int(5, 60) : r.int(10, 40)
      if (fate === 'open') return
      const on = workingDay(addDays(promise.dueOn, offset))
      this.step(
        on,
        'fulfilPromise',
        (s, c) => fulfilPromise(s, { on, assignmentId, promiseIndex, note: '承诺事项已按计划完成' }, c),
        ids,
      )
    })
  }

  private rateReply(assignmentId: string, sentOn: IsoDate, secondRound = false): RatingLevel | null {
    const r = this.random
    const ratedOn = workingDay(addDays(sentOn, r.int(10, 25)))
    const overall = secondRound ? r.weighted(LEVELS.slice(0, 2)) : r.weighted(LEVELS)
    const dim = (): RatingLevel => (overall === 'satisfied' ? 'satisfied' : r.weighted(LEVELS.slice(0, 2)))
    const done = this.step(ratedOn, 'rate', (s, c) =>
      rate(
        s,
        {
          assignmentId,
          receivedReply: true,
          receivedOn: addDays(sentOn, 3),
          communication: r.pick(['face-to-face', 'phone', 'written'] as const),
          attitude: dim(),
          process: dim(),
          result: overall === 'dissatisfied' ? 'dissatisfied' : dim(),
          overall,
          reasons: overall === 'dissatisfied' ? '答复内容较为原则，未提出具体解决措施' : null,
          signedBy: s.suggestion.leadDeputy,
          ratedOn,
        },
        c,
      ),
    )
    return done ? overall : null
  }

  private finish(): void {
    const s = this.state!
    const replying = s.assignments.filter((a) => a.role !== 'co' && a.state !== 'returned' && a.state !== 'transferred')
    const current = replying.filter((a) => !s.assignments.some((b) => b.previousId === a.id))
    const satisfied = current.every((a) =>
      s.ratings.some((x) => x.assignmentId === a.id && x.overall !== 'dissatisfied'),
    )
    if (!satisfied || current.length === 0) return
    const last = s.ratings
      .map((x) => x.ratedOn)
      .sort()
      .at(-1)!
    if (this.random.chance(0.9)) {
      const day = workingDay(addDays(last, this.random.int(2, 6)))
      this.step(day, 'close', (st, c) => close(st, { on: day }, c))
    }
  }

  collect(data: DemoData): void {
    if (!this.state) return
    data.suggestions.push(this.state.suggestion)
    data.assignments.push(...this.state.assignments)
    data.replies.push(...this.state.replies)
    data.ratings.push(...this.state.ratings)
    data.contacts.push(...this.contacts)
    data.events.push(...this.events)
  }
}

const workingDay = (day: IsoDate): IsoDate => calendar.nextWorkingDayOnOrAfter(day)

function expectOk(result: Result<WorkflowChange>, command: string): WorkflowChange {
  if (!result.ok)
    throw new Error(
      `demo data: ${command} refused with ${result.error.code} ${JSON.stringify(result.error.params ?? {})}`,
    )
  return result.value
}
