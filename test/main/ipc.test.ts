import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { Channels } from '@shared/bridge/channels'
import type { HostResult } from '@shared/bridge/hostBridge'
import {
  type FrameLike,
  guardedHandler,
  type HostImplementation,
  isTrustedSender,
  registerIpcHandlers,
} from '../../src/main/ipc'

const appFrame: FrameLike = { url: 'app://bundle/index.html#/list', processId: 4, routingId: 1 }
const policy = { mainFrame: () => appFrame }
const ok = <T>(value: T): HostResult<T> => ({ ok: true, value })

function implementation(overrides: Partial<HostImplementation> = {}): HostImplementation {
  return {
    appInfo: async () =>
      ok({
        name: '代表建议办理系统',
        version: '0.1.0',
        host: 'electron',
        dataPath: '/d',
        backupPath: '/d/backups',
        platform: 'linux',
        locale: 'zh-CN',
      }),
    openFile: async () => ok({ name: 'a.xlsx', size: 1, bytes: new Uint8Array([1]) }),
    saveFile: async () => ok({ path: '/tmp/a.xlsx' }),
    printHtml: async () => ok(undefined),
    saveHtmlAsPdf: async () => ok({ path: '/tmp/a.pdf' }),
    writeBackup: async ({ reason, bytes }) =>
      ok({ name: 'backup-20261126T101500.000Z-manual.dbjson', createdAt: '', reason, size: bytes.byteLength }),
    listBackups: async () => ok([]),
    readBackup: async () => ok(new Uint8Array([7])),
    setLanguage: async () => ok(undefined),
    ...overrides,
  }
}

describe('isTrustedSender', () => {
  it('accepts the main window’s main frame on app://bundle', () => {
    expect(isTrustedSender(appFrame, policy)).toBe(true)
    // WebFrameMain objects may be re-created; the same process and routing id is the same frame.
    expect(isTrustedSender({ ...appFrame }, policy)).toBe(true)
  })

  it('refuses a sub-frame, another window, a destroyed frame, and the main frame on a foreign page', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', processId: 4, routingId: 7 }, policy)).toBe(false)
    expect(isTrustedSender({ url: 'app://bundle/index.html', processId: 9, routingId: 1 }, policy)).toBe(false)
    expect(isTrustedSender(null, policy)).toBe(false)
    expect(isTrustedSender({ ...appFrame, url: 'https://evil.example/' }, policy)).toBe(false)
    expect(isTrustedSender(appFrame, { mainFrame: () => undefined })).toBe(false)
  })
})

describe('guardedHandler', () => {
  it('answers forbidden-sender to a foreign frame without calling the implementation', async () => {
    const openFile = vi.fn(implementation().openFile)
    const handler = guardedHandler('openFile', implementation({ openFile }), policy)
    const result = await handler(
      { senderFrame: { url: 'https://evil.example/', processId: 4, routingId: 1 } as never },
      { title: 't', filters: [] },
    )
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } })
    expect(openFile).not.toHaveBeenCalled()
  })

  it('passes a valid call from the app frame through', async () => {
    const handler = guardedHandler('readBackup', implementation(), policy)
    const result = await handler(
      { senderFrame: appFrame as never },
      { name: 'backup-20261126T101500.000Z-daily.dbjson' },
    )
    expect(result).toEqual({ ok: true, value: new Uint8Array([7]) })
  })

  it.each([
    ['readBackup', { name: '../../etc/passwd' }],
    ['readBackup', { name: 'backup-20261126T101500.000Z-daily.dbjson/../x' }],
    ['readBackup', undefined],
    ['setLanguage', { language: 'fr-FR' }],
    ['openFile', { title: 't', filters: [{ name: 'x', extensions: ['.xlsx'] }] }],
    ['saveFile', { title: 't', suggestedName: '../a.xlsx', filters: [], bytes: new Uint8Array(1) }],
    ['saveFile', { title: 't', suggestedName: 'a.xlsx', filters: [], bytes: [1, 2, 3] }],
    ['writeBackup', { reason: 'hourly', bytes: new Uint8Array(1) }],
    ['printHtml', { html: '<p>', title: 't', script: 'x' }],
    ['appInfo', { anything: true }],
  ] as const)('answers invalid-argument to %s(%j)', async (method, arg) => {
    const handler = guardedHandler(method, implementation(), policy)
    const result = await handler({ senderFrame: appFrame as never }, arg)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('invalid-argument')
  })

  it('turns an exception into an internal error instead of throwing across IPC', async () => {
    const handler = guardedHandler(
      'listBackups',
      implementation({
        listBackups: async () => {
          throw new Error('disk gone')
        },
      }),
      policy,
    )
    expect(await handler({ senderFrame: appFrame as never }, undefined)).toEqual({
      ok: false,
      error: { code: 'internal', detail: 'disk gone' },
    })
  })
})

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel', () => {
    const handle = vi.fn()
    registerIpcHandlers({ handle }, implementation(), policy)
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(Object.values(Channels).sort())
  })
})
