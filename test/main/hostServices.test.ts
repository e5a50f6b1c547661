import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const dialog = vi.hoisted(() => ({ showOpenDialog: vi.fn(), showSaveDialog: vi.fn() }))
vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0', getLocale: () => 'zh-CN' },
  dialog,
  BrowserWindow: class {},
}))

import { createBackupStore } from '../../src/main/backupStore'
import { createHostServices } from '../../src/main/hostServices'
import { PrintDocuments } from '../../src/main/printing'

const dir = mkdtempSync(join(tmpdir(), 'host-services-'))
const services = createHostServices({
  mainWindow: () => undefined,
  backups: createBackupStore(join(dir, 'backups')),
  printDocuments: new PrintDocuments(),
  dataPath: dir,
  setLanguage: () => undefined,
  maxFileBytes: 10,
})

beforeEach(() => {
  dialog.showOpenDialog.mockReset()
  dialog.showSaveDialog.mockReset()
})

describe('openFile', () => {
  it('returns the chosen file’s name and bytes', async () => {
    const file = join(dir, '建议.csv')
    writeFileSync(file, 'a,b')
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] })
    const result = await services.openFile({ title: '导入', filters: [{ name: 'CSV', extensions: ['csv'] }] })
    expect(result).toEqual({ ok: true, value: { name: '建议.csv', size: 3, bytes: new Uint8Array([97, 44, 98]) } })
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toEqual({
      title: '导入',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['openFile'],
    })
  })

  it('refuses a file above the size cap as too-large', async () => {
    const file = join(dir, 'big.xlsx')
    writeFileSync(file, 'x'.repeat(11))
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] })
    const result = await services.openFile({ title: '导入', filters: [] })
    expect(result).toEqual({ ok: false, error: { code: 'too-large', detail: '11 > 10' } })
  })

  it('reports a closed dialog as cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await services.openFile({ title: '导入', filters: [] })).toEqual({ ok: false, error: { code: 'cancelled' } })
  })
})

describe('saveFile', () => {
  it('writes the bytes where the user chose', async () => {
    const target = join(dir, 'out.xlsx')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await services.saveFile({
      title: '导出',
      suggestedName: 'a.xlsx',
      filters: [],
      bytes: new Uint8Array([65, 66]),
    })
    expect(result).toEqual({ ok: true, value: { path: target } })
    expect(readFileSync(target, 'utf8')).toBe('AB')
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'a.xlsx' })
  })

  it('reports a closed dialog as cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    const result = await services.saveFile({
      title: '导出',
      suggestedName: 'a.xlsx',
      filters: [],
      bytes: new Uint8Array(),
    })
    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } })
  })

  it('reports a write into a missing folder as io-failed', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'no', 'such', 'a.xlsx') })
    const result = await services.saveFile({
      title: '导出',
      suggestedName: 'a.xlsx',
      filters: [],
      bytes: new Uint8Array(),
    })
    expect(!result.ok && result.error.code).toBe('io-failed')
  })
})

describe('saveHtmlAsPdf', () => {
  it('asks for the target first and renders nothing when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    const result = await services.saveHtmlAsPdf({ html: '<p>x</p>', title: '答复函', suggestedName: '答复函.pdf' })
    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } })
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: '答复函.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
  })
})

describe('backups and app info', () => {
  it('round-trips a backup through write, list and read', async () => {
    const written = await services.writeBackup({ reason: 'manual', bytes: new Uint8Array([9, 8]) })
    expect(written.ok).toBe(true)
    const name = written.ok ? written.value.name : ''
    const listed = await services.listBackups(undefined)
    expect(listed.ok && listed.value.map((e) => e.name)).toEqual([name])
    expect(await services.readBackup({ name })).toEqual({ ok: true, value: new Uint8Array([9, 8]) })
  })

  it('reports an unknown backup as not-found', async () => {
    const name = 'backup-20000101T000000.000Z-daily.dbjson'
    expect(await services.readBackup({ name })).toEqual({ ok: false, error: { code: 'not-found', detail: name } })
  })

  it('reports where data and backups live', async () => {
    expect(await services.appInfo(undefined)).toEqual({
      ok: true,
      value: {
        name: '代表建议办理系统',
        version: '0.1.0',
        host: 'electron',
        dataPath: dir,
        backupPath: join(dir, 'backups'),
        platform: process.platform,
        locale: 'zh-CN',
      },
    })
  })
})
