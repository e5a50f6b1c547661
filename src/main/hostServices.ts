/**
 * Main's implementation of the host bridge: native dialogs, files, printing, backups, app info, language.
 * Arguments arrive validated (ipc.ts); expected outcomes (cancelled, too large, not found) come back as
 * `HostResult` errors, anything unexpected throws and ipc.ts turns it into `internal`.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { app, dialog, type BrowserWindow, type FileFilter as ElectronFileFilter } from 'electron'
import type { FileFilter, HostResult, UiLanguage } from '@shared/bridge/hostBridge'
import { MAX_FILE_BYTES } from '@shared/bridge/limits'
import { PRODUCT_NAME } from './appIdentity'
import { BackupNotFoundError, type BackupStore } from './backupStore'
import type { HostImplementation } from './ipc'
import { documentToPdf, PrintCancelledError, type PrintDocuments, printDocument } from './printing'

export interface HostServiceDeps {
  mainWindow(): BrowserWindow | undefined
  backups: BackupStore
  printDocuments: PrintDocuments
  dataPath: string
  setLanguage(language: UiLanguage): void
  maxFileBytes?: number
}

const ok = <T>(value: T): HostResult<T> => ({ ok: true, value })
const fail = (code: 'cancelled' | 'too-large' | 'not-found' | 'io-failed' | 'print-failed', detail?: string) =>
  ({ ok: false, error: detail === undefined ? { code } : { code, detail } }) as const

function toElectronFilters(filters: FileFilter[]): ElectronFileFilter[] {
  return filters.map((f) => ({ name: f.name, extensions: f.extensions }))
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function createHostServices(deps: HostServiceDeps): HostImplementation {
  const maxFileBytes = deps.maxFileBytes ?? MAX_FILE_BYTES

  async function askSavePath(title: string, suggestedName: string, filters: FileFilter[]) {
    const options = { title, defaultPath: suggestedName, filters: toElectronFilters(filters) }
    const window = deps.mainWindow()
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? undefined : result.filePath
  }

  async function writeChosen(path: string, bytes: Uint8Array) {
    try {
      await writeFile(path, bytes)
      return ok({ path })
    } catch (error) {
      return fail('io-failed', message(error))
    }
  }

  return {
    async appInfo() {
      return ok({
        name: PRODUCT_NAME,
        version: app.getVersion(),
        host: 'electron' as const,
        dataPath: deps.dataPath,
        backupPath: deps.backups.dir,
        platform: process.platform,
        locale: app.getLocale(),
      })
    },

    async openFile({ title, filters }) {
      const options = { title, filters: toElectronFilters(filters), properties: ['openFile' as const] }
      const window = deps.mainWindow()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      const path = result.filePaths[0]
      if (result.canceled || path === undefined) return fail('cancelled')
      try {
        const info = await stat(path)
        if (info.size > maxFileBytes) return fail('too-large', `${info.size} > ${maxFileBytes}`)
        const bytes = new Uint8Array(await readFile(path))
        return ok({ name: basename(path), size: bytes.byteLength, bytes })
      } catch (error) {
        return fail('io-failed', message(error))
      }
    },

    async saveFile({ title, suggestedName, filters, bytes }) {
      const path = await askSavePath(title, suggestedName, filters)
      if (path === undefined) return fail('cancelled')
      return writeChosen(path, bytes)
    },

    async printHtml(req) {
      try {
        await printDocument(deps.printDocuments, req)
        return ok(undefined)
      } catch (error) {
        if (error instanceof PrintCancelledError) return fail('cancelled')
        return fail('print-failed', message(error))
      }
    },

    async saveHtmlAsPdf(req) {
      const path = await askSavePath(req.title, req.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }])
      if (path === undefined) return fail('cancelled')
      let pdf: Uint8Array
      try {
        pdf = await documentToPdf(deps.printDocuments, req)
      } catch (error) {
        return fail('print-failed', message(error))
      }
      return writeChosen(path, pdf)
    },

    async writeBackup({ reason, bytes }) {
      try {
        return ok(await deps.backups.write(reason, bytes))
      } catch (error) {
        return fail('io-failed', message(error))
      }
    },

    async listBackups() {
      try {
        return ok(await deps.backups.list())
      } catch (error) {
        return fail('io-failed', message(error))
      }
    },

    async readBackup({ name }) {
      try {
        return ok(await deps.backups.read(name))
      } catch (error) {
        if (error instanceof BackupNotFoundError) return fail('not-found', name)
        return fail('io-failed', message(error))
      }
    },

    async setLanguage({ language }) {
      deps.setLanguage(language)
      return ok(undefined)
    },
  }
}
