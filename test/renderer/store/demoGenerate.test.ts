import { describe, expect, it } from 'vitest'
import { generateDemoData } from '@shared/demo'
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import { collectDueItems } from '@shared/domain/dueItems'
import { defaultSettings } from '@shared/domain/settings'

describe('generateDemoData', () => {
  const data = generateDemoData(42)

  it('is deterministic for a seed', () => {
    const again = generateDemoData(42)
    expect(again.suggestions.map((s) => [s.id, s.title])).toEqual(data.suggestions.map((s) => [s.id, s.title]))
    expect(again.events.length).toBe(data.events.length)
    expect(generateDemoData(43).suggestions[0]!.id).not.toBe(data.suggestions[0]!.id)
  })

  it('describes a city government with two sessions', () => {
    expect(data.units).toHaveLength(30)
    expect(data.units.map((u) => u.name)).toContain('市发展和改革委员会')
    expect(data.units.find((u) => u.name === '市发展和改革委员会')?.shortNames).toEqual(['市发改委'])
    expect(data.sessions.map((s) => s.name)).toEqual(['市十七届人大四次会议', '市十七届人大五次会议'])
    expect(data.suggestions).toHaveLength(300)
  })

  it('covers the lifecycle: closed, replied, being handled, re-handled, not accepted', () => {
    const stages = new Set(data.suggestions.map((s) => s.stage))
    expect(stages.has('closed')).toBe(true)
    expect(stages.has('assigned')).toBe(true)
    expect(stages.has('not-accepted')).toBe(true)
    const states = new Set(data.assignments.map((a) => a.state))
    for (const state of ['signed', 'replied', 'closed', 'opinion-sent']) expect(states.has(state as never)).toBe(true)
    expect(data.suggestions.some((s) => s.round === 2)).toBe(true)
    expect(data.suggestions.some((s) => s.key)).toBe(true)
    expect(data.ratings.length).toBeGreaterThan(100)
  })

  it('keeps every record tied to a suggestion and every event in time order', () => {
    const ids = new Set(data.suggestions.map((s) => s.id))
    for (const r of [...data.assignments, ...data.replies, ...data.ratings, ...data.contacts, ...data.events]) {
      expect(ids.has(r.suggestionId)).toBe(true)
    }
    const unitIds = new Set(data.units.map((u) => u.id))
    expect(data.assignments.every((a) => unitIds.has(a.unitId))).toBe(true)
    // Nothing happens after the "today" of the data.
    expect(data.events.every((e) => e.on <= '2026-05-20')).toBe(true)
    // Ids are unique across all tables.
    const all = [
      ...data.suggestions,
      ...data.assignments,
      ...data.replies,
      ...data.ratings,
      ...data.contacts,
      ...data.events,
    ]
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length)
  })

  it('numbers each session from 1 without repeats', () => {
    for (const session of data.sessions) {
      const numbers = data.suggestions.filter((s) => s.sessionId === session.id).map((s) => s.number)
      expect(new Set(numbers).size).toBe(numbers.length)
      expect(numbers[0]).toBe('1')
    }
  })

  it('publishes most public replies within 20 working days and keeps some promises, leaving tens overdue', () => {
    const calendar = createWorkingDayCalendar(builtInHolidayYears())
    const sentPublic = data.replies.filter((r) => r.state === 'sent' && r.publicity.public)
    const published = sentPublic.filter((r) => r.publishedOn !== null)
    const inTime = published.filter((r) => r.publishedOn! <= calendar.addWorkingDays(r.sentOn!, 20).date)
    expect([sentPublic.length, published.length, inTime.length]).toEqual([295, 260, 246])
    expect(data.events.filter((e) => e.type === 'published')).toHaveLength(260)
    const promises = data.replies.flatMap((r) => r.promises)
    expect([promises.length, promises.filter((p) => p.fulfilledOn !== null).length]).toEqual([110, 47])
    expect(data.events.filter((e) => e.type === 'promise-fulfilled')).toHaveLength(47)

    const aggregates = data.suggestions.map((suggestion) => ({
      suggestion,
      assignments: data.assignments.filter((a) => a.suggestionId === suggestion.id),
      replies: data.replies.filter((r) => r.suggestionId === suggestion.id),
      ratings: data.ratings.filter((r) => r.suggestionId === suggestion.id),
    }))
    const items = collectDueItems({
      aggregates,
      interimSessionIds: new Set(),
      assignRule: defaultSettings().deadlines.assign,
      calendar,
    })
    const overdue = items.filter((i) => i.date < '2026-05-20')
    const byKind = (kind: string) => overdue.filter((i) => i.kind === kind).length
    expect([items.length, overdue.length]).toEqual([142, 69])
    expect([byKind('publish'), byKind('follow-up')]).toEqual([11, 12])
  })
})
