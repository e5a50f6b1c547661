import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, arg?: unknown) => ({ ok: true, value: { channel, arg } })) },
}))
vi.mock('electron', () => electron)

import { Channels } from '@shared/bridge/channels'
import type { HostBridge } from '@shared/bridge/hostBridge'
await import('../../src/preload/index')

describe('preload', () => {
  const [key, host] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, HostBridge]

  it('exposes exactly the host bridge as window.host, and no ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(key).toBe('host')
    expect(Object.keys(host).sort()).toEqual(['kind', ...Object.keys(Channels)].sort())
    expect(Object.values(host)).not.toContain(electron.ipcRenderer)
    expect(host.kind).toBe('electron')
  })

  it('sends each method over its own channel with the argument unchanged', async () => {
    const bytes = new Uint8Array([1, 2])
    await host.writeBackup({ reason: 'manual', bytes })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('host:write-backup', { reason: 'manual', bytes })
    await host.listBackups()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('host:list-backups')
    await host.setLanguage({ language: 'en-US' })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('host:set-language', { language: 'en-US' })
  })
})
