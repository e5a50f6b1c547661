/**
 * Backups in the browser: files in the Origin Private File System under `backups/`, with the same names and
 * rotation as the desktop app's backup folder. `createWritable()` writes to a swap file and commits on
 * `close()`, so a backup is replaced atomically just like the temp-file-and-rename on disk.
 */
import type { BackupEntry, BackupReason } from '@shared/bridge/hostBridge'
import { BACKUP_KEEP, backupFileName, backupsToDelete, parseBackupName } from '@shared/bridge/backupNames'

export const OPFS_BACKUP_FOLDER = 'backups'

async function backupFolder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory()
  return root.getDirectoryHandle(OPFS_BACKUP_FOLDER, { create: true })
}

async function fileNames(dir: FileSystemDirectoryHandle): Promise<string[]> {
  const names: string[] = []
  for await (const [name, handle] of dir.entries()) if (handle.kind === 'file') names.push(name)
  return names
}

async function exists(dir: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await dir.getFileHandle(name)
    return true
  } catch {
    return false
  }
}

export async function writeOpfsBackup(reason: BackupReason, bytes: Uint8Array, now: Date): Promise<BackupEntry> {
  const dir = await backupFolder()
  let instant = now
  let name = backupFileName(instant.toISOString(), reason)
  while (await exists(dir, name)) {
    instant = new Date(instant.getTime() + 1)
    name = backupFileName(instant.toISOString(), reason)
  }
  const handle = await dir.getFileHandle(name, { create: true })
  const writable = await handle.createWritable()
  try {
    await writable.write(bytes as Uint8Array<ArrayBuffer>)
    await writable.close()
  } catch (error) {
    await writable.abort().catch(() => undefined)
    await dir.removeEntry(name).catch(() => undefined)
    throw error
  }
  for (const old of backupsToDelete(await fileNames(dir), BACKUP_KEEP)) await dir.removeEntry(old)
  return { name, createdAt: instant.toISOString(), reason, size: bytes.byteLength }
}

export async function listOpfsBackups(): Promise<BackupEntry[]> {
  const dir = await backupFolder()
  const entries: BackupEntry[] = []
  for (const name of await fileNames(dir)) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    const file = await (await dir.getFileHandle(name)).getFile()
    entries.push({ name, createdAt: parsed.createdAt, reason: parsed.reason, size: file.size })
  }
  return entries.sort((a, b) => (a.name < b.name ? 1 : -1))
}

/** The backup's bytes, or undefined when there is no backup of that name (or it is not a backup name). */
export async function readOpfsBackup(name: string): Promise<Uint8Array | undefined> {
  if (!parseBackupName(name)) return undefined
  const dir = await backupFolder()
  try {
    const file = await (await dir.getFileHandle(name)).getFile()
    return new Uint8Array(await file.arrayBuffer())
  } catch {
    return undefined
  }
}
