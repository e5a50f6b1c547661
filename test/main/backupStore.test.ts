import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupFileName, backupsToDelete, parseBackupName } from '@shared/bridge/backupNames'
import { BackupNotFoundError, createBackupStore, writeFileAtomic } from '../../src/main/backupStore'

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'backups-'))
}

describe('backup names', () => {
  it('encode the instant and the reason', () => {
    expect(backupFileName('2026-11-26T10:15:00.123Z', 'daily')).toBe('backup-20261126T101500.123Z-daily.dbjson')
    expect(backupFileName('2026-11-26T10:15:00Z', 'before-bulk')).toBe('backup-20261126T101500.000Z-before-bulk.dbjson')
  })

  it('parse back to instant and reason', () => {
    expect(parseBackupName('backup-20261126T101500.123Z-before-restore.dbjson')).toEqual({
      name: 'backup-20261126T101500.123Z-before-restore.dbjson',
      createdAt: '2026-11-26T10:15:00.123Z',
      reason: 'before-restore',
    })
  })

  it.each([
    '../backup-20261126T101500.123Z-daily.dbjson',
    'backup-20261126T101500.123Z-daily.dbjson.tmp',
    'backup-20261126T101500.123Z-weekly.dbjson',
    'C:\\backup-20261126T101500.123Z-daily.dbjson',
    'notes.txt',
  ])('are not confused with %s', (name) => {
    expect(parseBackupName(name)).toBeUndefined()
  })
})

describe('backup rotation', () => {
  const daily = (day: number) => backupFileName(`2026-10-${String(day).padStart(2, '0')}T02:00:00.000Z`, 'daily')
  const manual = (day: number) => backupFileName(`2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z`, 'manual')

  it('keeps the newest 30 daily and the newest 20 others', () => {
    const names = [
      ...Array.from({ length: 31 }, (_, i) => daily(i + 1)),
      ...Array.from({ length: 22 }, (_, i) => manual(i + 1)),
    ]
    expect(backupsToDelete(names).sort()).toEqual([daily(1), manual(1), manual(2)].sort())
  })

  it('never deletes files that are not backups', () => {
    expect(backupsToDelete(['readme.txt', daily(1), daily(2)], { daily: 1, other: 0 })).toEqual([daily(1)])
  })
})

describe('backup store', () => {
  it('writes a backup named by time and reason and reads it back', async () => {
    const dir = join(tempDir(), 'backups')
    const store = createBackupStore(dir, { now: () => new Date('2026-11-26T10:15:00.123Z') })
    const entry = await store.write('manual', new Uint8Array([1, 2, 3]))
    expect(entry).toEqual({
      name: 'backup-20261126T101500.123Z-manual.dbjson',
      createdAt: '2026-11-26T10:15:00.123Z',
      reason: 'manual',
      size: 3,
    })
    expect(readdirSync(dir)).toEqual(['backup-20261126T101500.123Z-manual.dbjson'])
    expect([...(await store.read(entry.name))]).toEqual([1, 2, 3])
  })

  it('gives two backups in the same millisecond different names', async () => {
    const store = createBackupStore(tempDir(), { now: () => new Date('2026-11-26T10:15:00.123Z') })
    const a = await store.write('manual', new Uint8Array([1]))
    const b = await store.write('manual', new Uint8Array([2]))
    expect([a.name, b.name]).toEqual([
      'backup-20261126T101500.123Z-manual.dbjson',
      'backup-20261126T101500.124Z-manual.dbjson',
    ])
  })

  it('rotates after each write and lists newest first', async () => {
    let t = Date.parse('2026-11-01T00:00:00.000Z')
    const store = createBackupStore(tempDir(), { now: () => new Date((t += 60_000)), keep: { daily: 2, other: 1 } })
    for (let i = 0; i < 3; i++) await store.write('daily', new Uint8Array([i]))
    for (let i = 0; i < 2; i++) await store.write('manual', new Uint8Array([i]))
    expect((await store.list()).map((e) => e.name)).toEqual([
      'backup-20261101T000500.000Z-manual.dbjson',
      'backup-20261101T000300.000Z-daily.dbjson',
      'backup-20261101T000200.000Z-daily.dbjson',
    ])
  })

  it('lists nothing for a folder that does not exist yet and ignores stray files', async () => {
    const dir = tempDir()
    expect(await createBackupStore(join(dir, 'none')).list()).toEqual([])
    writeFileSync(join(dir, 'backup-20261126T101500.123Z-daily.dbjson.123.tmp'), 'half')
    expect(await createBackupStore(dir).list()).toEqual([])
  })

  it('refuses names that are not backups and reports missing ones as not found', async () => {
    const store = createBackupStore(tempDir())
    await expect(store.read('../secret')).rejects.toBeInstanceOf(BackupNotFoundError)
    await expect(store.read('backup-20261126T101500.123Z-daily.dbjson')).rejects.toBeInstanceOf(BackupNotFoundError)
  })
})

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temp file behind', async () => {
    const dir = tempDir()
    const file = join(dir, 'data.bin')
    writeFileSync(file, 'old content that is longer')
    await writeFileAtomic(file, new TextEncoder().encode('new'))
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['data.bin'])
  })

  it('removes its temp file and leaves the target alone when the rename fails', async () => {
    const dir = tempDir()
    const target = join(dir, 'target')
    mkdirSync(join(target, 'inside'), { recursive: true }) // a non-empty folder cannot be replaced by a file
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['target'])
    expect(readdirSync(target)).toEqual(['inside'])
  })
})
