// A host bridge stand-in for backup tests: keeps written backups in memory.
import type { BackupEntry, BackupReason, HostBridge } from '@shared/bridge/hostBridge'

export interface FakeHost extends Pick<HostBridge, 'writeBackup' | 'appInfo' | 'listBackups' | 'readBackup'> {
  written: { entry: BackupEntry; bytes: Uint8Array }[]
  failWrites: boolean
}

export function fakeHost(): FakeHost {
  let clock = 0
  const host: FakeHost = {
    written: [],
    failWrites: false,
    appInfo: async () => ({
      ok: true,
      value: {
        name: '代表建议办理系统',
        version: '0.1.0',
        host: 'browser',
        dataPath: '',
        backupPath: '',
        platform: 'test',
        locale: 'zh-CN',
      },
    }),
    writeBackup: async ({ reason, bytes }: { reason: BackupReason; bytes: Uint8Array }) => {
      if (host.failWrites) return { ok: false, error: { code: 'io-failed' } }
      clock += 1
      const createdAt = new Date(Date.UTC(2026, 2, 10, 1, 0, clock)).toISOString()
      const entry: BackupEntry = { name: `backup-${clock}-${reason}.dbjson`, createdAt, reason, size: bytes.length }
      host.written.push({ entry, bytes })
      return { ok: true, value: entry }
    },
    listBackups: async () => ({ ok: true, value: host.written.map((w) => w.entry) }),
    readBackup: async ({ name }) => {
      const found = host.written.find((w) => w.entry.name === name)
      return found ? { ok: true, value: found.bytes } : { ok: false, error: { code: 'not-found' } }
    },
  }
  return host
}
