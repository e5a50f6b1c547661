/**
 * Bulk synthetic data for benchmarks: `n` suggestions spread over sessions and units, each registered, accepted
 * or assigned (one lead unit with a reply due date). Deterministic and fast (no workflow replay: 100,000
 * suggestions must generate in about a second). Not consistent enough for anything but load and list tests.
 */
import type { Assignment, DueDate, IsoDate, Suggestion, SuggestionStage } from '../domain/model'
import { addCalendarMonths, addDays } from '../domain/dates'
import { buildSearchText } from '../domain/search'
import { defaultCategories } from '../domain/settings'
import { DEMO_DISTRICTS, DEMO_TOPICS, GIVEN_NAMES, SURNAMES, TITLE_FORMS } from './catalogue'
import { createIdFactory, createRandom } from './random'

export interface ScaleData {
  suggestions: Suggestion[]
  assignments: Assignment[]
}

/** `sessionIds` and `unitIds` must exist in the database the data is written to. */
export function generateScaleData(n: number, refs: { sessionIds: string[]; unitIds: string[] }, seed = 7): ScaleData {
  const random = createRandom(seed)
  const newId = createIdFactory(random, Date.UTC(2024, 0, 1))
  const suggestions: Suggestion[] = []
  const assignments: Assignment[] = []
  const now = '2026-03-01T09:00:00.000+08:00'
  for (let i = 0; i < n; i++) {
    const sessionId = refs.sessionIds[i % refs.sessionIds.length]!
    const number = String(Math.floor(i / refs.sessionIds.length) + 1)
    const topic = random.pick(DEMO_TOPICS)
    const district = random.pick(DEMO_DISTRICTS)
    const title = random.pick(TITLE_FORMS)(topic.subject, district)
    const leadDeputy = `${SURNAMES[random.int(0, SURNAMES.length - 1)]}${random.pick(GIVEN_NAMES)}`
    const delegation = `${district}代表团`
    const category = random.pick(defaultCategories)
    const receivedOn: IsoDate = addDays('2025-01-10', random.int(0, 420))
    const stage: SuggestionStage = random.weighted([
      ['registered', 5],
      ['accepted', 5],
      ['assigned', 90],
    ] as const)
    const id = newId()
    suggestions.push({
      id,
      sessionId,
      numberText: number,
      number,
      numberSort: Number(number),
      title,
      content: '',
      leadDeputy,
      coSigners: [],
      signerCount: null,
      delegation,
      category,
      receivedOn,
      publicity: { public: true, reason: null },
      key: random.chance(0.05),
      tags: [],
      stage,
      stageReason: null,
      handledAsLetter: false,
      mergedIntoId: null,
      round: 1,
      searchText: buildSearchText([number, title, leadDeputy, delegation, category]),
      createdAt: now,
      updatedAt: now,
      revision: 1,
    })
    if (stage !== 'assigned') continue
    const assignedOn = addDays(receivedOn, 10)
    const due: DueDate = {
      kind: 'reply',
      date: addCalendarMonths(assignedOn, 3),
      start: assignedOn,
      rule: { type: 'calendar-months', months: 3 },
      usedFallbackCalendar: false,
      computedAt: now,
      note: 'assigned',
    }
    assignments.push({
      id: newId(),
      suggestionId: id,
      unitId: random.pick(refs.unitIds),
      role: 'lead',
      round: 1,
      state: random.chance(0.7) ? 'signed' : 'assigned',
      assignedOn,
      signedOn: null,
      people: { leader: null, department: null, handler: null, phone: null },
      dueDates: [due],
      dueDateHistory: [],
      returnRequest: null,
      previousId: null,
      extendedTo: null,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    })
  }
  return { suggestions, assignments }
}
