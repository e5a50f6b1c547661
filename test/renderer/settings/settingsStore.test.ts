import { describe, expect, it } from 'vitest'
import { accept } from '@shared/domain/workflow/review'
import { assign } from '@shared/domain/workflow/assign'
import { runCommand } from '@renderer/store/commandRunner'
import { addUnit, listUnits } from '@renderer/store/repositories/units'
import type { SuggestionDb } from '@renderer/store/db'
import {
  categoryUsage,
  mergeUnitWithWork,
  openDueDates,
  recomputeChosenDueDates,
  retireUnit,
} from '@renderer/features/settings/settingsStore'
import { putHolidayYear } from '@renderer/store/repositories/holidayYears'
import { builtInHolidayYears } from '@shared/domain/calendar'
import { actor, addTestSession, context, freshDb, NOW, registered, TODAY } from '../store/helpers'

async function unit(db: SuggestionDb, name: string) {
  const result = await addUnit(db, { name, type: 'government-department' }, actor, NOW)
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}

/** A suggestion accepted and assigned to `unitId` as lead unit on 2026-03-10. */
async function assignedTo(db: SuggestionDb, unitId: string, numberText = '第0001号') {
  const session = (await db.sessions.toArray())[0] ?? (await addTestSession(db))
  const s = await registered(db, session.id, numberText)
  const ctx = await context(db)
  await runCommand(db, { suggestionId: s.id, execute: (agg) => accept(agg, {}, ctx) })
  const done = await runCommand(db, {
    suggestionId: s.id,
    execute: (agg) => assign(agg, { units: [{ unitId, role: 'lead' }] }, ctx),
  })
  if (!done.ok) throw new Error(done.error.code)
  return s
}

describe('retiring a unit', () => {
  it('retires a unit without open work and notes it in the history', async () => {
    const db = freshDb()
    const old = await unit(db, '市粮食局')
    const result = await retireUnit(db, old.id, actor, NOW)
    expect(result.ok).toBe(true)
    const stored = await db.units.get(old.id)
    expect(stored?.active).toBe(false)
    expect(stored?.history.map((h) => h.kind)).toEqual(['created', 'retired'])
    expect((await listUnits(db)).map((u) => u.name)).toEqual([])
  })

  it('refuses a unit that still has open assignments', async () => {
    const db = freshDb()
    const busy = await unit(db, '市教育局')
    await assignedTo(db, busy.id)
    expect(await retireUnit(db, busy.id, actor, NOW)).toEqual({
      ok: false,
      error: { code: 'unit-has-open-work', params: { count: 1 } },
    })
  })
})

describe('merging a unit (机构改革)', () => {
  it('moves the open work to the successor with a transferred event and keeps the due dates', async () => {
    const db = freshDb()
    const from = await unit(db, '市文化局')
    const into = await unit(db, '市文化和旅游局')
    const s = await assignedTo(db, from.id)
    const before = (await db.assignments.where('suggestionId').equals(s.id).toArray())[0]!

    const result = await mergeUnitWithWork(db, from.id, into.id, actor, { now: NOW, today: TODAY })
    expect(result.ok && { transferred: result.value.transferred, skipped: result.value.skipped }).toEqual({
      transferred: 1,
      skipped: [],
    })
    const assignments = await db.assignments.where('suggestionId').equals(s.id).toArray()
    expect(assignments.map((a) => [a.unitId === from.id ? 'old' : 'new', a.state]).sort()).toEqual([
      ['new', 'assigned'],
      ['old', 'transferred'],
    ])
    const moved = assignments.find((a) => a.unitId === into.id)!
    expect(moved.dueDates).toEqual(before.dueDates)
    const events = await db.events.where('suggestionId').equals(s.id).toArray()
    expect(events.filter((e) => e.type === 'transferred')).toHaveLength(1)
    const retired = await db.units.get(from.id)
    expect([retired?.active, retired?.successorId]).toEqual([false, into.id])
    expect((await db.units.get(into.id))?.aliases).toEqual(['市文化局'])
  })
})

describe('open due dates', () => {
  it('lists the due dates of open assignments with the suggestion and unit, without the 交办 limit', async () => {
    const db = freshDb()
    const edu = await unit(db, '市教育局')
    await assignedTo(db, edu.id, '第0007号')
    const open = await openDueDates(db)
    expect(open.map((d) => d.kind).sort()).toEqual(['internal-review', 'reply', 'return-limit'])
    const reply = open.find((d) => d.kind === 'reply')!
    expect([reply.numberText, reply.unitName, reply.sessionName, reply.date]).toEqual([
      '第0007号',
      '市教育局',
      '市十七届人大五次会议',
      '2026-06-10',
    ])
  })
})

describe('recomputing due dates after a holiday change', () => {
  it('moves the chosen reply date on the new calendar, logs one event, and reports a suggestion where nothing moved', async () => {
    const db = freshDb()
    const edu = await unit(db, '市教育局')
    const moving = await assignedTo(db, edu.id, '第0007号')
    const still = await assignedTo(db, edu.id, '第0008号')
    // An administrator's 2026: the built-in data plus a day off on Wednesday 2026-06-10, the reply date of both.
    const builtIn2026 = builtInHolidayYears().find((y) => y.year === 2026)!
    await putHolidayYear(db, {
      ...builtIn2026,
      holidays: [...builtIn2026.holidays, '2026-06-10'],
      source: 'administrator',
      updatedAt: NOW,
    })
    const open = await openDueDates(db)
    const chosen = open.filter(
      (d) =>
        (d.suggestionId === moving.id && d.kind === 'reply') ||
        (d.suggestionId === still.id && d.kind === 'return-limit'),
    )
    const progress: string[] = []
    const summary = await recomputeChosenDueDates(
      db,
      chosen,
      '2026年节假日数据调整',
      actor,
      { now: '2026-04-01T10:00:00.000+08:00', today: '2026-04-01' },
      (done, total) => progress.push(`${done}/${total}`),
    )
    const [part] = await db.assignments.where('suggestionId').equals(moving.id).toArray()
    expect(summary).toEqual({
      recomputed: [
        {
          suggestionId: moving.id,
          moved: [{ assignmentId: part!.id, unitId: edu.id, kind: 'reply', from: '2026-06-10', to: '2026-06-11' }],
        },
      ],
      unchanged: [still.id],
      failed: [],
    })
    expect(progress).toEqual(['1/2', '2/2'])
    expect(part!.dueDates.find((d) => d.kind === 'reply')?.date).toBe('2026-06-11')
    expect(part!.dueDateHistory.map((d) => `${d.kind} ${d.date}`)).toEqual(['reply 2026-06-10'])
    const events = await db.events.where('suggestionId').equals(moving.id).toArray()
    expect(events.filter((e) => e.type === 'due-dates-recomputed').map((e) => [e.reason, e.on, e.by.name])).toEqual([
      ['2026年节假日数据调整', '2026-04-01', '王敏'],
    ])
    const stillEvents = await db.events.where('suggestionId').equals(still.id).toArray()
    expect(stillEvents.map((e) => e.type)).toEqual(['registered', 'accepted', 'assigned'])
  })
})

describe('category usage', () => {
  it('counts the suggestions carrying each category', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    await registered(db, session.id, '1')
    await registered(db, session.id, '2')
    expect(await categoryUsage(db, ['城乡建设', '教科文卫'])).toEqual({ 城乡建设: 2, 教科文卫: 0 })
  })
})
