/**
 * The board snapshot (store/boardSnapshot.ts) and the board index's use of it (store/boardQueries.ts): written
 * after the live load, read on the next open and drawn from at once, replaced by the live data, and ignored when
 * it no longer describes the database (stale) or is not a snapshot of this format (corrupt). The board's first
 * screen (store/boardFirstScreen.ts), written beside it, follows the same rules.
 */
import 'fake-indexeddb/auto'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { createWorkingDayCalendar, builtInHolidayYears } from '@shared/domain/calendar'
import { accept } from '@shared/domain/workflow/review'
import { assign, signFor } from '@shared/domain/workflow/assign'
import { BoardIndex } from '@renderer/store/boardQueries'
import {
  BOARD_SNAPSHOT_KEY,
  readBoardSnapshot,
  restoreBoardSnapshot,
  writeBoardSnapshot,
  type BoardSnapshot,
} from '@renderer/store/boardSnapshot'
import { runCommand } from '@renderer/store/commandRunner'
import { SuggestionDb } from '@renderer/store/db'
import { addUnit } from '@renderer/store/repositories/units'
import {
  EMPTY_FILTERS,
  boardHeadKey,
  boardHeadOf,
  boardModelFromHead,
  buildBoardCards,
  buildBoardCardsFromEntries,
} from '@renderer/features/board/boardModel'
import {
  BOARD_FIRST_SCREEN_KEY,
  readBoardFirstScreen,
  restoreBoardFirstScreen,
  type BoardFirstScreen,
} from '@renderer/store/boardFirstScreen'
import { actor, addTestSession, context, NOW, registered } from '../store/helpers'

let counter = 0
/** One database that can be opened again, as on the next start of the app. */
function database(): { open: () => SuggestionDb } {
  counter += 1
  const name = `board-snapshot-${counter}`
  const factory = new IDBFactory()
  return { open: () => new SuggestionDb(name, { indexedDB: factory, IDBKeyRange }) }
}

const LATER = '2026-03-11T10:00:00.000+08:00'

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10))
}

/** Suggestion 1 registered (待交办), suggestion 2 assigned to 市住建局 as lead (待签收, reply due 2026-06-10). */
async function seeded(db: SuggestionDb) {
  const session = await addTestSession(db)
  const unit = await addUnit(db, { name: '市住房和城乡建设局', type: 'government-department' }, actor, NOW)
  if (!unit.ok) throw new Error('setup')
  await registered(db, session.id, '1', '关于加快老旧小区改造的建议')
  const s2 = await registered(db, session.id, '2', '关于缓解中心城区停车难的建议')
  const ctx = await context(db)
  await runCommand(db, { suggestionId: s2.id, execute: (agg) => accept(agg, {}, ctx) })
  await runCommand(db, {
    suggestionId: s2.id,
    execute: (agg) => assign(agg, { units: [{ unitId: unit.value.id, role: 'lead' }] }, ctx),
  })
  return { sessionId: session.id, unitId: unit.value.id, s2: s2.id }
}

const summary = (snapshot: BoardSnapshot) =>
  snapshot.entries.map((e) => [e.numberText, e.title, e.stage, e.replyDue?.date ?? null])

describe('board snapshot', () => {
  it('is written after the live load and read back, current, on the next open', async () => {
    const data = database()
    const db = data.open()
    const { unitId } = await seeded(db)
    const index = new BoardIndex(db)
    await index.ensureLoaded()
    expect(await index.saveSnapshot(LATER)).toBe('written')

    const read = await readBoardSnapshot(data.open())
    if (!read.ok) throw new Error(`snapshot not read: ${read.reason}`)
    expect(read.snapshot.writtenAt).toBe(LATER)
    expect(read.snapshot.marker).toEqual({ suggestions: 2, assignments: 1, lastUpdatedAt: NOW })
    expect(summary(read.snapshot)).toEqual([
      ['1', '关于加快老旧小区改造的建议', 'to-assign', null],
      ['2', '关于缓解中心城区停车难的建议', 'to-sign', '2026-06-10'],
    ])
    expect(read.snapshot.entries[1]!.leadUnitId).toBe(unitId)
    // Nothing changed since: the next save writes nothing.
    expect(await index.saveSnapshot(LATER)).toBe('unchanged')
  })

  it('draws the board from the snapshot on open, then replaces it with the live data', async () => {
    const data = database()
    const db = data.open()
    await seeded(db)
    const first = new BoardIndex(db)
    await first.ensureLoaded()
    await first.saveSnapshot(LATER)

    const index = new BoardIndex(data.open())
    expect(index.board()).toBeUndefined()
    expect(await index.ensurePreview()).toBe(true)
    const shown = index.board()
    if (shown?.source !== 'snapshot') throw new Error('expected the snapshot')
    expect(shown.writtenAt).toBe(LATER)
    expect(index.status).toBe('idle')

    await index.ensureLoaded()
    const live = index.board()
    if (live?.source !== 'live') throw new Error('expected the live data')
    // The same cards either way, for the same day.
    const calendar = createWorkingDayCalendar(builtInHolidayYears())
    expect(buildBoardCardsFromEntries(shown.entries, calendar, '2026-03-12')).toEqual(
      buildBoardCards(live.aggregates, calendar, '2026-03-12'),
    )
    // Once live, asking for the snapshot again does not bring it back.
    expect(await index.ensurePreview()).toBe(false)
    expect(index.board()?.source).toBe('live')
  })

  it('never keeps showing a snapshot the live data contradicts: the live load replaces it and rewrites it', async () => {
    const data = database()
    const db = data.open()
    await seeded(db)
    const first = new BoardIndex(db)
    await first.ensureLoaded()
    await first.saveSnapshot(LATER)
    // A snapshot that is current by its marker but holds a wrong title (as a missed change would).
    const row = (await db.meta.get(BOARD_SNAPSHOT_KEY))!.value as BoardSnapshot
    const wrong = { ...row, entries: row.entries.map((e, i) => (i === 0 ? { ...e, title: '旧标题' } : e)) }
    await db.meta.put({ key: BOARD_SNAPSHOT_KEY, value: wrong })

    const index = new BoardIndex(data.open())
    await index.ensurePreview()
    const shown = index.board()
    expect(shown?.source === 'snapshot' ? shown.entries[0]!.title : null).toBe('旧标题')
    await index.ensureLoaded()
    const live = index.board()
    expect(live?.source === 'live' ? live.aggregates.map((a) => a.suggestion.title) : null).toEqual([
      '关于加快老旧小区改造的建议',
      '关于缓解中心城区停车难的建议',
    ])
    expect(await index.saveSnapshot(LATER)).toBe('written')
    const read = await readBoardSnapshot(data.open())
    expect(read.ok ? read.snapshot.entries[0]!.title : read.reason).toBe('关于加快老旧小区改造的建议')
  })

  it('is stale, and not shown, after a command committed while the board was closed', async () => {
    const data = database()
    const db = data.open()
    const { s2 } = await seeded(db)
    const first = new BoardIndex(db)
    await first.ensureLoaded()
    await first.saveSnapshot(LATER)

    // Next start: the unit signs for suggestion 2 from its detail page; the board is never opened.
    const other = data.open()
    const ctx = await context(other, '2026-03-12T09:30:00.000+08:00', '2026-03-12')
    const people = { leader: '李副局长', department: '城建科', handler: '赵经办', phone: null }
    const signed = await runCommand(other, {
      suggestionId: s2,
      execute: (agg) => signFor(agg, { assignmentId: agg.assignments[0]!.id, people }, ctx),
    })
    expect(signed.ok).toBe(true)

    const read = await readBoardSnapshot(data.open())
    expect(read.ok ? 'current' : read.reason).toBe('stale')
    const index = new BoardIndex(data.open())
    expect(await index.ensurePreview()).toBe(false)
    expect(index.board()).toBeUndefined()
  })

  it('is stale when it was taken from a database of another size', async () => {
    const a = database().open()
    await seeded(a)
    const index = new BoardIndex(a)
    await index.ensureLoaded()
    await index.saveSnapshot(LATER)
    const row = (await a.meta.get(BOARD_SNAPSHOT_KEY))!

    const b = database().open()
    const session = await addTestSession(b)
    await registered(b, session.id, '9')
    await b.meta.put(row)
    const read = await readBoardSnapshot(b)
    expect(read.ok ? 'current' : read.reason).toBe('stale')
    expect(read.ok ? null : read.marker.suggestions).toBe(1)
  })

  it('is ignored when missing, corrupt or of another format', async () => {
    const db = database().open()
    await seeded(db)
    expect(await readBoardSnapshot(db)).toMatchObject({ ok: false, reason: 'missing' })
    const index = new BoardIndex(db)
    await index.ensureLoaded()
    await index.saveSnapshot(LATER)
    const good = (await db.meta.get(BOARD_SNAPSHOT_KEY))!.value as BoardSnapshot

    for (const value of [
      'not a snapshot',
      { ...good, format: 2 },
      { ...good, entries: [{ id: 'x' }] },
      { ...good, entries: [{ ...good.entries[0]!, stage: 'not-in-play' }] },
      { ...good, marker: { suggestions: -1, assignments: 1, lastUpdatedAt: NOW } },
    ]) {
      await db.meta.put({ key: BOARD_SNAPSHOT_KEY, value })
      expect(await readBoardSnapshot(db)).toMatchObject({ ok: false, reason: 'corrupt' })
      const fresh = new BoardIndex(db)
      expect(await fresh.ensurePreview()).toBe(false)
    }
    expect(restoreBoardSnapshot(null)).toBeNull()
    expect(restoreBoardSnapshot(good)).toBe(good)
  })

  it('is not written while the board has not caught up with a change', async () => {
    const db = database().open()
    await seeded(db)
    const write = await writeBoardSnapshot(db, {
      now: LATER,
      settled: () => false,
      entries: () => [],
      previous: null,
    })
    expect(write.result).toBe('busy')
    expect(await db.meta.get(BOARD_SNAPSHOT_KEY)).toBeUndefined()
  })

  it('is kept in step once the board asked for it: after the load, and again after a change', async () => {
    const data = database()
    const db = data.open()
    const { sessionId } = await seeded(db)
    const index = new BoardIndex(db)
    index.keepSnapshot(() => LATER, { debounceMs: 20 })
    await index.ensureLoaded()
    const entries = async () => {
      const read = await readBoardSnapshot(data.open())
      return read.ok ? read.snapshot.entries.map((e) => e.numberText) : []
    }
    await until(async () => (await entries()).length === 2)
    expect(await entries()).toEqual(['1', '2'])

    await registered(db, sessionId, '3', '关于推进生活垃圾分类的建议')
    await until(async () => (await entries()).length === 3)
    expect(await entries()).toEqual(['1', '2', '3'])
  })
})

describe('board first screen', () => {
  const calendar = createWorkingDayCalendar(builtInHolidayYears())
  const TODAY = '2026-03-12'
  /** The board screen's head: one card per column, so a column of two shows one and counts two. */
  const headOf =
    (filters = EMPTY_FILTERS) =>
    (entries: Parameters<typeof boardHeadOf>[0]) =>
      boardHeadOf(entries, { calendar, today: TODAY, filters, perColumn: 1 })
  const columns = (head: BoardFirstScreen) =>
    head.columns.filter((c) => c.count > 0).map((c) => [c.stage, c.count, c.entries.map((e) => e.numberText)])

  it('is written beside the snapshot once the board screen asks for it, and read back current', async () => {
    const data = database()
    const db = data.open()
    const { sessionId } = await seeded(db)
    await registered(db, sessionId, '3', '关于推进生活垃圾分类的建议')
    const index = new BoardIndex(db)
    index.keepFirstScreen(headOf())
    await index.ensureLoaded()
    expect(await index.saveSnapshot(LATER)).toBe('written')

    const head = await readBoardFirstScreen(data.open())
    if (!head) throw new Error('first screen not read')
    expect(head.key).toBe(boardHeadKey(TODAY, calendar, EMPTY_FILTERS))
    expect(head.total).toBe(3)
    expect(head.marker).toEqual({ suggestions: 3, assignments: 1, lastUpdatedAt: NOW })
    expect(columns(head)).toEqual([
      ['to-assign', 2, ['1']],
      ['to-sign', 1, ['2']],
    ])
    // Drawn: every column's count, only the cards it holds, with their working days left for today.
    const model = boardModelFromHead(head, calendar, TODAY)
    expect(model.total).toBe(3)
    expect(model.columns.map((c) => [c.stage, c.count, c.cards.length])).toEqual([
      ['to-assign', 2, 1],
      ['to-sign', 1, 1],
      ['handling', 0, 0],
      ['review', 0, 0],
      ['replied', 0, 0],
      ['rehandling', 0, 0],
      ['closed', 0, 0],
    ])
    expect(model.columns[1]!.cards[0]!.due).toMatchObject({ date: '2026-06-10', urgency: 'later' })
    expect(await index.saveSnapshot(LATER)).toBe('unchanged')
  })

  it('is rewritten when the board draws other filters, though the snapshot is unchanged', async () => {
    const data = database()
    const db = data.open()
    const { unitId } = await seeded(db)
    const index = new BoardIndex(db)
    index.keepFirstScreen(headOf())
    await index.ensureLoaded()
    await index.saveSnapshot(LATER)

    const byUnit = { ...EMPTY_FILTERS, unitId }
    index.keepFirstScreen(headOf(byUnit))
    expect(await index.saveSnapshot(LATER)).toBe('written')
    const head = await readBoardFirstScreen(data.open())
    expect(head?.key).toBe(boardHeadKey(TODAY, calendar, byUnit))
    expect(head ? columns(head) : null).toEqual([['to-sign', 1, ['2']]])
    expect(boardHeadKey(TODAY, calendar, byUnit)).not.toBe(boardHeadKey('2026-03-13', calendar, byUnit))
  })

  it('is stale, and not read, after a command committed since it was written', async () => {
    const data = database()
    const db = data.open()
    const { s2 } = await seeded(db)
    const index = new BoardIndex(db)
    index.keepFirstScreen(headOf())
    await index.ensureLoaded()
    await index.saveSnapshot(LATER)
    expect(await readBoardFirstScreen(data.open())).not.toBeNull()

    const other = data.open()
    const ctx = await context(other, '2026-03-12T09:30:00.000+08:00', '2026-03-12')
    const people = { leader: '李副局长', department: '城建科', handler: '赵经办', phone: null }
    await runCommand(other, {
      suggestionId: s2,
      execute: (agg) => signFor(agg, { assignmentId: agg.assignments[0]!.id, people }, ctx),
    })
    expect(await readBoardFirstScreen(data.open())).toBeNull()
  })

  it('is ignored when corrupt or of another format', async () => {
    const db = database().open()
    await seeded(db)
    expect(await readBoardFirstScreen(db)).toBeNull()
    const index = new BoardIndex(db)
    index.keepFirstScreen(headOf())
    await index.ensureLoaded()
    await index.saveSnapshot(LATER)
    const good = (await db.meta.get(BOARD_FIRST_SCREEN_KEY))!.value as BoardFirstScreen
    expect(restoreBoardFirstScreen(good)).toBe(good)
    const column = good.columns[0]!
    for (const value of [
      null,
      { ...good, format: 2 },
      { ...good, key: 7 },
      { ...good, columns: [{ ...column, stage: 'not-in-play' }] },
      { ...good, columns: [{ ...column, count: 0 }] },
      { ...good, columns: [{ ...column, entries: [{ id: 'x' }] }] },
    ]) {
      await db.meta.put({ key: BOARD_FIRST_SCREEN_KEY, value })
      expect(await readBoardFirstScreen(db)).toBeNull()
    }
  })
})
