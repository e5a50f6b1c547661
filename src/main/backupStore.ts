/**
 * Backup files in `<userData>/backups/`, outside IndexedDB so a damaged profile does not take the backups
 * with it. Writes are atomic (temp file, fsync, rename): a crash mid-write leaves the previous backups intact
 * and at most a stray `.tmp` file that listing ignores. Naming and rotation are shared with the browser host
 * (src/shared/bridge/backupNames.ts).
 */
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupEntry, BackupReason } from '@shared/bridge/hostBridge'
import { BACKUP_KEEP, backupFileName, backupsToDelete, parseBackupName } from '@shared/bridge/backupNames'

export class BackupNotFoundError extends Error {}

export interface BackupStore {
  readonly dir: string
  write(reason: BackupReason, bytes: Uint8Array): Promise<BackupEntry>
  list(): Promise<BackupEntry[]>
  read(name: string): Promise<Uint8Array>
}

/** Write `bytes` to `file` so that readers see either the old content or the new, never a half. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

export function createBackupStore(
  dir: string,
  options: { now?: () => Date; keep?: { daily: number; other: number } } = {},
): BackupStore {
  const now = options.now ?? (() => new Date())
  const keep = options.keep ?? BACKUP_KEEP

  async function entryFor(name: string): Promise<BackupEntry | undefined> {
    const parsed = parseBackupName(name)
    if (!parsed) return undefined
    const info = await stat(join(dir, name))
    return { name, createdAt: parsed.createdAt, reason: parsed.reason, size: info.size }
  }

  return {
    dir,
    async write(reason, bytes) {
      await mkdir(dir, { recursive: true })
      let instant = now()
      let name = backupFileName(instant.toISOString(), reason)
      const existing = new Set(await readdir(dir))
      // Two backups within one millisecond: move the later one on so neither overwrites the other.
      while (existing.has(name)) {
        instant = new Date(instant.getTime() + 1)
        name = backupFileName(instant.toISOString(), reason)
      }
      await writeFileAtomic(join(dir, name), bytes)
      const all = await readdir(dir)
      for (const old of backupsToDelete(all, keep)) await rm(join(dir, old), { force: true })
      return { name, createdAt: instant.toISOString(), reason, size: bytes.byteLength }
    },
    async list() {
      let names: string[]
      try {
        names = await readdir(dir)
      } catch {
        return []
      }
      const entries = await Promise.all(names.map(entryFor))
      return entries.filter((e): e is BackupEntry => e !== undefined).sort((a, b) => (a.name < b.name ? 1 : -1))
    },
    async read(name) {
      if (!parseBackupName(name)) throw new BackupNotFoundError(name)
      try {
        return new Uint8Array(await readFile(join(dir, name)))
      } catch {
        throw new BackupNotFoundError(name)
      }
    },
  }
}
