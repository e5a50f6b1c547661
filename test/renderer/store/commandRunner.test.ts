import { describe, expect, it } from 'vitest'
import type { SuggestionEvent, WorkflowChange } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { accept } from '@shared/domain/workflow/review'
import { runCommand } from '@renderer/store/commandRunner'
import { getSuggestionDetail } from '@renderer/store/repositories/suggestions'
import { addTestSession, context, freshDb, registered, snapshot } from './helpers'

describe('runCommand', () => {
  it('writes the suggestion and its event in one go and moves the revision by one', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const s = await registered(db, session.id, '第0012号')
    const ctx = await context(db)

    const outcome = await runCommand(db, {
      suggestionId: s.id,
      expectedRevision: 1,
      execute: (agg) => accept(agg, {}, ctx),
    })

    expect(outcome.ok).toBe(true)
    const detail = await getSuggestionDetail(db, s.id)
    expect(detail?.suggestion.stage).toBe('accepted')
    expect(detail?.suggestion.revision).toBe(2)
    expect(detail?.events.map((e) => e.type)).toEqual(['registered', 'accepted'])
  })

  it('writes nothing when the domain command refuses', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const s = await registered(db, session.id, '12')
    const ctx = await context(db)
    await runCommand(db, { suggestionId: s.id, execute: (agg) => accept(agg, {}, ctx) })
    const before = await snapshot(db)

    // Accepting twice is refused by the domain (stage is no longer 'registered').
    const outcome = await runCommand(db, { suggestionId: s.id, execute: (agg) => accept(agg, {}, ctx) })

    expect(outcome.ok).toBe(false)
    expect(await snapshot(db)).toEqual(before)
  })

  it('leaves no half record when a write fails in the middle of the transaction', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const s = await registered(db, session.id, '12')
    const before = await snapshot(db)
    const registeredEvent = (before.events as SuggestionEvent[])[0]!

    // The suggestion is written first, then the events: reusing an existing event id makes bulkAdd fail.
    const bad = (): ReturnType<typeof ok<WorkflowChange>> =>
      ok({
        suggestion: { ...s, title: '半途而废的修改' },
        assignments: [],
        replies: [],
        ratings: [],
        contacts: [],
        events: [{ ...registeredEvent, type: 'edited' }],
      })
    await expect(runCommand(db, { suggestionId: s.id, execute: bad })).rejects.toThrow()

    expect(await snapshot(db)).toEqual(before)
    expect((await db.suggestions.get(s.id))?.title).toBe('关于加快老旧小区改造的建议')
  })

  it('writes nothing when the command throws', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const s = await registered(db, session.id, '12')
    const before = await snapshot(db)

    await expect(
      runCommand(db, {
        suggestionId: s.id,
        execute: () => {
          throw new Error('boom')
        },
      }),
    ).rejects.toThrow('boom')
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses a command made on an outdated revision', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const s = await registered(db, session.id, '12')
    const ctx = await context(db)

    const outcome = await runCommand(db, {
      suggestionId: s.id,
      expectedRevision: 3,
      execute: (agg) => accept(agg, {}, ctx),
    })

    expect(outcome).toEqual(err({ code: 'stale-revision', params: { expected: 3, actual: 1 } }))
    expect((await db.suggestions.get(s.id))?.stage).toBe('registered')
  })

  it('refuses a change that touches another suggestion', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const a = await registered(db, session.id, '12')
    const b = await registered(db, session.id, '13')
    const before = await snapshot(db)

    const outcome = await runCommand(db, {
      suggestionId: a.id,
      execute: () =>
        ok({ suggestion: { ...b, title: 'x' }, assignments: [], replies: [], ratings: [], contacts: [], events: [] }),
    })

    expect(outcome).toEqual(err({ code: 'change-for-other-suggestion', params: { id: b.id } }))
    expect(await snapshot(db)).toEqual(before)
  })

  it('reports an unknown suggestion', async () => {
    const db = freshDb()
    const outcome = await runCommand(db, { suggestionId: 'nope', execute: () => err({ code: 'never' }) })
    expect(outcome).toEqual(err({ code: 'suggestion-not-found', params: { id: 'nope' } }))
  })
})
