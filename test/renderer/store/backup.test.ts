import { describe, expect, it } from 'vitest'
import { accept } from '@shared/domain/workflow/review'
import {
  backupBeforeBulk,
  ensureDailyBackup,
  exportBackup,
  inspectBackup,
  restoreBackup,
  startupCheck,
} from '@renderer/store/backup'
import { runCommand } from '@renderer/store/commandRunner'
import { createOperator } from '@renderer/store/repositories/operators'
import { addUnit } from '@renderer/store/repositories/units'
import { setCategories } from '@renderer/store/repositories/settings'
import { putHolidayYear } from '@renderer/store/repositories/holidayYears'
import type { SuggestionDb } from '@renderer/store/db'
import { actor, addTestSession, context, freshDb, NOW, registered, snapshot } from './helpers'
import { fakeHost } from './fakeHost'

async function populate(db: SuggestionDb): Promise<void> {
  const session = await addTestSession(db)
  const s = await registered(db, session.id, '第0001号')
  await registered(db, session.id, '2', '关于增加普惠性幼儿园学位的建议')
  const ctx = await context(db)
  await runCommand(db, { suggestionId: s.id, execute: (agg) => accept(agg, {}, ctx) })
  await createOperator(db, { name: '王敏', role: 'administrator' }, NOW)
  await addUnit(db, { name: '市教育局', type: 'government-department' }, actor, NOW)
  await setCategories(db, ['城乡建设', '教科文卫'])
  await putHolidayYear(db, {
    year: 2027,
    holidays: ['2027-01-01'],
    workdays: [],
    source: 'administrator',
    updatedAt: NOW,
    note: null,
  })
  await db.meta.put({ key: 'lastDailyBackup', value: '2026-03-09' })
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('backup and restore', () => {
  it('restores a populated database table for table', async () => {
    const source = freshDb()
    await populate(source)
    const bytes = await exportBackup(source, { exportedAt: NOW, appVersion: '0.1.0' })

    const target = freshDb()
    await addTestSession(target) // something to be replaced
    const result = await restoreBackup(target, bytes, fakeHost(), NOW)

    expect(result.ok).toBe(true)
    expect(await snapshot(target)).toEqual(await snapshot(source))
  })

  it('restores a backup written at schema version 1 (same records, fewer indexes since)', async () => {
    const source = freshDb()
    await populate(source)
    const file = JSON.parse(decode(await exportBackup(source, { exportedAt: NOW, appVersion: '0.1.0' })))
    file.schemaVersion = 1
    const bytes = new TextEncoder().encode(JSON.stringify(file))
    expect(inspectBackup(bytes).ok && inspectBackup(bytes)).toMatchObject({ value: { schemaVersion: 1 } })

    const target = freshDb()
    const result = await restoreBackup(target, bytes, fakeHost(), NOW)

    expect(result.ok).toBe(true)
    expect(await snapshot(target)).toEqual(await snapshot(source))
    const accepted = (await target.suggestions.toArray()).find((x) => x.stage === 'accepted')!
    expect(await target.events.where('suggestionId').equals(accepted.id).count()).toBe(2)
  })

  it('tells what a file holds before anything is replaced', async () => {
    const db = freshDb()
    await populate(db)
    const summary = inspectBackup(await exportBackup(db, { exportedAt: NOW, appVersion: '0.1.0' }))
    expect(summary.ok && summary.value).toMatchObject({
      exportedAt: NOW,
      appVersion: '0.1.0',
      schemaVersion: 2,
      counts: { suggestions: 2, sessions: 1, units: 1, operators: 1, events: 3, settings: 1, holidayYears: 1, meta: 1 },
    })
  })

  it('leaves the board snapshot (a derived cache) out of the file', async () => {
    const db = freshDb()
    await populate(db)
    await db.meta.put({ key: 'board-snapshot', value: { format: 1, entries: [] } })
    const bytes = await exportBackup(db, { exportedAt: NOW, appVersion: '0.1.0' })
    const summary = inspectBackup(bytes)
    expect(summary.ok && summary.value.counts.meta).toBe(1)
    expect(decode(bytes)).not.toContain('board-snapshot')
  })

  it('takes a before-restore backup of the current data first', async () => {
    const db = freshDb()
    await populate(db)
    const before = await exportBackup(db, { exportedAt: NOW, appVersion: '0.1.0' })
    const empty = await exportBackup(freshDb(), { exportedAt: NOW, appVersion: '0.1.0' })
    const host = fakeHost()

    await restoreBackup(db, empty, host, NOW)

    expect(host.written.map((w) => w.entry.reason)).toEqual(['before-restore'])
    expect(decode(host.written[0]!.bytes)).toBe(decode(before))
    expect(await db.suggestions.count()).toBe(0)
  })

  it('leaves the database unchanged when the file is corrupted', async () => {
    const db = freshDb()
    await populate(db)
    const bytes = await exportBackup(db, { exportedAt: NOW, appVersion: '0.1.0' })
    const before = await snapshot(db)

    const truncated = bytes.slice(0, Math.floor(bytes.length / 2))
    expect(await restoreBackup(db, truncated, fakeHost(), NOW)).toEqual({
      ok: false,
      error: { code: 'backup-unreadable' },
    })
    expect(inspectBackup(new TextEncoder().encode('{"hello":1}'))).toEqual({
      ok: false,
      error: { code: 'backup-not-ours' },
    })
    expect(await snapshot(db)).toEqual(before)
  })

  it('rolls everything back when the import fails halfway', async () => {
    const db = freshDb()
    await populate(db)
    const before = await snapshot(db)
    // A well-formed file whose last table repeats an id: the import fails after earlier tables were refilled.
    const source = freshDb()
    await populate(source)
    const file = JSON.parse(decode(await exportBackup(source, { exportedAt: NOW, appVersion: '0.1.0' })))
    file.tables.meta = [
      { key: 'x', value: 1 },
      { key: 'x', value: 2 },
    ]
    const result = await restoreBackup(db, new TextEncoder().encode(JSON.stringify(file)), fakeHost(), NOW)

    expect(result.ok === false && result.error.code).toBe('restore-failed')
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses to restore when the safety backup cannot be written', async () => {
    const db = freshDb()
    await populate(db)
    const before = await snapshot(db)
    const host = fakeHost()
    host.failWrites = true
    const bytes = await exportBackup(freshDb(), { exportedAt: NOW, appVersion: '0.1.0' })

    const result = await restoreBackup(db, bytes, host, NOW)

    expect(result).toEqual({
      ok: false,
      error: { code: 'backup-before-restore-failed', params: { detail: 'io-failed' } },
    })
    expect(await snapshot(db)).toEqual(before)
  })

  it('writes the daily backup once a day and never for an empty database', async () => {
    const db = freshDb()
    const host = fakeHost()
    expect(await ensureDailyBackup(db, host, '2026-03-10', NOW)).toEqual({ ok: true, value: null })
    await populate(db)
    const first = await ensureDailyBackup(db, host, '2026-03-10', NOW)
    const second = await ensureDailyBackup(db, host, '2026-03-10', NOW)
    const nextDay = await ensureDailyBackup(db, host, '2026-03-11', NOW)

    expect(first.ok && first.value?.reason).toBe('daily')
    expect(second).toEqual({ ok: true, value: null })
    expect(nextDay.ok && nextDay.value?.reason).toBe('daily')
    expect(host.written.map((w) => w.entry.reason)).toEqual(['daily', 'daily'])
    expect((await db.meta.get('lastDailyBackup'))?.value).toBe('2026-03-11')
  })

  it('backs up before a bulk change', async () => {
    const db = freshDb()
    await populate(db)
    const host = fakeHost()
    const written = await backupBeforeBulk(db, host, NOW)
    expect(written.ok && written.value.reason).toBe('before-bulk')
  })

  it('offers the newest backup when the database is empty', async () => {
    const host = fakeHost()
    const db = freshDb()
    expect(await startupCheck(db, host)).toEqual({ kind: 'empty' })
    await populate(db)
    expect(await startupCheck(db, host)).toEqual({ kind: 'ok' })
    await backupBeforeBulk(db, host, NOW)
    await ensureDailyBackup(db, host, '2026-03-10', NOW)

    const state = await startupCheck(freshDb(), host)

    expect(state.kind === 'offer-restore' && state.newest.name).toBe('backup-2-daily.dbjson')
  })
})

describe('restore and the list index', () => {
  it('shows the restored suggestions in a loaded list', async () => {
    const { getSuggestionListIndex } = await import('@renderer/store/listIndex')
    const source = freshDb()
    await populate(source)
    const bytes = await exportBackup(source, { exportedAt: NOW, appVersion: '0.1.0' })
    const target = freshDb()
    const session = await addTestSession(target)
    await registered(target, session.id, '99', '关于推进生活垃圾分类的建议')
    const index = getSuggestionListIndex(target)
    await index.ensureLoaded()
    expect(index.query({}).rows.map((r) => r.numberText)).toEqual(['99'])

    await restoreBackup(target, bytes, fakeHost(), NOW)

    expect(index.query({}).rows.map((r) => r.numberText)).toEqual(['第0001号', '2'])
  })
})
