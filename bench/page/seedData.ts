/**
 * What the benchmark seeds: reference data made through the store's repositories (operator, sessions, units)
 * and `generateScaleData` for the suggestions, plus a thin adapter (below) for what the generator leaves out
 * and a real list would have: a paragraph of content per suggestion and the `registered` / `assigned` events
 * the detail view reads. The adapter keeps the generator's ids and fields, and rebuilds `searchText` with the
 * store's own `suggestionSearchText` once content is there.
 */
import type { Actor, Assignment, Id, Suggestion, SuggestionEvent } from '@shared/domain/model'
import { DEMO_DISTRICTS, DEMO_TOPICS, DEMO_UNITS } from '@shared/demo/catalogue'
import { createIdFactory, createRandom, generateScaleData } from '@shared/demo'
import type { SuggestionDb } from '@renderer/store/db'
import { createOperator } from '@renderer/store/repositories/operators'
import { addSession } from '@renderer/store/repositories/sessions'
import { addUnit } from '@renderer/store/repositories/units'
import { suggestionSearchText } from '@renderer/store/repositories/suggestions'

export const BENCH_NOW = '2026-03-01T09:00:00.000+08:00'
export const BENCH_TODAY = '2026-03-01'
export const BENCH_OPERATOR_NAME = '基准测试员'

export interface ReferenceData {
  operator: Actor
  sessionIds: Id[]
  unitIds: Id[]
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五']

/**
 * Ten years of a national-scale congress: two five-year terms (十三届, 十四届) with one meeting a year, plus a
 * 闭会期间 entry per year — 20 sessions; 30 city departments and their counterparts in three districts — 120
 * units. All through the repositories, so ids, order and history are what the app would write.
 */
export async function seedReferenceData(db: SuggestionDb): Promise<ReferenceData> {
  const created = await createOperator(db, { name: BENCH_OPERATOR_NAME, role: 'administrator' }, BENCH_NOW)
  if (!created.ok) throw new Error(`createOperator: ${created.error.code}`)
  const operator: Actor = { id: created.value.id, name: created.value.name }
  const sessionIds: Id[] = []
  for (let y = 0; y < 10; y++) {
    const year = 2017 + y
    const term = y < 5 ? 13 : 14
    const meeting = (y % 5) + 1
    const session = await addSession(
      db,
      {
        name: `第${term === 13 ? '十三' : '十四'}届全国人大${CHINESE_NUMERALS[meeting - 1]}次会议`,
        kind: 'session',
        term,
        meeting,
        year,
        startsOn: `${year}-03-05`,
        fixedReplyDate: null,
      },
      BENCH_NOW,
    )
    const interim = await addSession(
      db,
      {
        name: `${year}年闭会期间`,
        kind: 'interim',
        term,
        meeting: null,
        year,
        startsOn: `${year}-03-20`,
        fixedReplyDate: null,
      },
      BENCH_NOW,
    )
    sessionIds.push(session.id, interim.id)
  }
  const unitIds: Id[] = []
  const prefixes = ['', ...DEMO_DISTRICTS.slice(0, 3)]
  for (const prefix of prefixes) {
    for (const u of DEMO_UNITS) {
      const name = prefix ? u.name.replace(/^市/, prefix) : u.name
      const added = await addUnit(
        db,
        { name, shortNames: prefix ? [] : [u.shortName], type: u.type },
        operator,
        BENCH_NOW,
      )
      if (!added.ok) throw new Error(`addUnit ${name}: ${added.error.code}`)
      unitIds.push(added.value.id)
    }
  }
  return { operator, sessionIds, unitIds }
}

export interface SeedRecords {
  suggestions: Suggestion[]
  assignments: Assignment[]
  events: SuggestionEvent[]
}

/** `generateScaleData` plus the adapter's content and events (deterministic: same size, same records). */
export function buildSeedRecords(size: number, refs: ReferenceData): SeedRecords {
  const { suggestions, assignments } = generateScaleData(size, { sessionIds: refs.sessionIds, unitIds: refs.unitIds })
  const random = createRandom(11)
  const newId = createIdFactory(random, Date.UTC(2024, 6, 1))
  const byS = new Map(assignments.map((a) => [a.suggestionId, a]))
  const events: SuggestionEvent[] = []
  for (let i = 0; i < suggestions.length; i++) {
    let s = suggestions[i]!
    if (!s.content) {
      const topic = random.pick(DEMO_TOPICS)
      const district = s.delegation?.replace('代表团', '') ?? ''
      const content =
        `${district}群众反映，${topic.subject.replace(/^加快|^加强|^推进/, '')}方面仍存在短板。` +
        `建议有关部门加强统筹，明确责任和时间表，${topic.subject}，切实回应群众关切。`
      s = { ...s, content }
      s = { ...s, searchText: suggestionSearchText(s) }
      suggestions[i] = s
    }
    const by = refs.operator
    events.push(event(newId(), s, null, 'registered', s.receivedOn, by, { number: s.number, numberText: s.numberText }))
    if (s.stage !== 'registered') events.push(event(newId(), s, null, 'accepted', s.receivedOn, by, {}))
    const a = byS.get(s.id)
    if (a) events.push(event(newId(), s, a, 'assigned', a.assignedOn, by, { role: a.role, unitId: a.unitId }))
  }
  return { suggestions, assignments, events }
}

function event(
  id: Id,
  s: Suggestion,
  a: Assignment | null,
  type: SuggestionEvent['type'],
  on: string,
  by: Actor,
  data: Record<string, unknown>,
): SuggestionEvent {
  return {
    id,
    suggestionId: s.id,
    assignmentId: a?.id ?? null,
    unitId: a?.unitId ?? null,
    type,
    at: `${on}T10:00:00.000+08:00`,
    on,
    by,
    reason: null,
    data,
  }
}
