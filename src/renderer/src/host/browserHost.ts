/**
 * The host bridge in a plain browser tab (development with `npm run dev:web`, and the Playwright test rig):
 * - openFile: a hidden `<input type=file>` (tests answer it with `page.waitForEvent('filechooser')`);
 * - saveFile: a download of a Blob URL through `<a download>` (tests: `page.waitForEvent('download')`);
 * - printHtml: the document in a hidden, script-less iframe, then the browser's print dialog;
 * - saveHtmlAsPdf: a browser has no HTML-to-PDF API, so this opens the same print dialog with the suggested
 *   name as the document title (Chromium's "Save as PDF" destination then proposes that name). The resolved
 *   `path` is the suggested name. Every print / PDF job is recorded on `window.__hostTestHooks` so tests can
 *   render the exact HTML with `page.pdf()` (see testHooks.ts);
 * - backups: files in the Origin Private File System (opfsBackups.ts).
 * It never makes a network request.
 */
import type { FileFilter, HostBridge, HostResult, OpenedFile, PrintRequest } from '@shared/bridge/hostBridge'
import { parseBackupName } from '@shared/bridge/backupNames'
import { PRODUCT_NAME } from '@shared/bridge/identity'
import { MAX_FILE_BYTES } from '@shared/bridge/limits'
import { version } from '../../../../package.json'
import { listOpfsBackups, OPFS_BACKUP_FOLDER, readOpfsBackup, writeOpfsBackup } from './opfsBackups'
import { hostTestHooks, recordPrintJob } from './testHooks'

export interface BrowserHostOptions {
  maxFileBytes?: number
  now?: () => Date
}

const ok = <T>(value: T): HostResult<T> => ({ ok: true, value })
const fail = (code: 'cancelled' | 'too-large' | 'not-found' | 'io-failed' | 'print-failed', detail?: string) =>
  ({ ok: false, error: detail === undefined ? { code } : { code, detail } }) as const

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** `[{extensions:['xlsx','csv']}]` → `.xlsx,.csv` for the input's `accept`; `*` means any file. */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((f) => f.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((e) => `.${e.toLowerCase()}`))].join(',')
}

function chooseFile(filters: FileFilter[]): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = acceptAttribute(filters)
    input.style.display = 'none'
    const done = (file: File | undefined) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => done(input.files?.[0]), { once: true })
    input.addEventListener('cancel', () => done(undefined), { once: true })
    document.body.append(input)
    input.click()
  })
}

function download(bytes: Uint8Array, name: string, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL by now; keep it a while for slow disks, then free the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Prints `req.html` from an invisible iframe that may not run scripts (`sandbox` without allow-scripts). */
function printInFrame(req: PrintRequest, documentTitle: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe')
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals')
    frame.setAttribute('aria-hidden', 'true')
    frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:794px;height:1123px;border:0;visibility:hidden'
    frame.addEventListener(
      'load',
      () => {
        try {
          const win = frame.contentWindow
          if (!win) throw new Error('print frame has no window')
          if (win.document) win.document.title = documentTitle
          win.focus()
          win.print() // Chromium blocks here until the dialog closes.
          resolve()
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        } finally {
          setTimeout(() => frame.remove(), 1000)
        }
      },
      { once: true },
    )
    frame.srcdoc = req.html
    document.body.append(frame)
  })
}

export function createBrowserHost(options: BrowserHostOptions = {}): HostBridge {
  const maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES
  const now = options.now ?? (() => new Date())

  async function print(req: PrintRequest, kind: 'print' | 'pdf', suggestedName?: string): Promise<HostResult<void>> {
    recordPrintJob({
      kind,
      html: req.html,
      title: req.title,
      landscape: req.landscape ?? false,
      ...(suggestedName !== undefined ? { suggestedName } : {}),
      at: now().toISOString(),
    })
    if (hostTestHooks().suppressPrintDialog) return ok(undefined)
    try {
      await printInFrame(req, suggestedName?.replace(/\.pdf$/i, '') ?? req.title)
      return ok(undefined)
    } catch (error) {
      return fail('print-failed', message(error))
    }
  }

  return {
    kind: 'browser',

    async appInfo() {
      return ok({
        name: PRODUCT_NAME,
        version,
        host: 'browser' as const,
        dataPath: `${location.origin} (IndexedDB)`,
        backupPath: `${location.origin} (OPFS /${OPFS_BACKUP_FOLDER})`,
        platform: navigator.platform,
        locale: navigator.language,
      })
    },

    async openFile({ filters }): Promise<HostResult<OpenedFile>> {
      const file = await chooseFile(filters)
      if (!file) return fail('cancelled')
      if (file.size > maxFileBytes) return fail('too-large', `${file.size} > ${maxFileBytes}`)
      try {
        return ok({ name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) })
      } catch (error) {
        return fail('io-failed', message(error))
      }
    },

    async saveFile({ suggestedName, bytes }) {
      download(bytes, suggestedName)
      return ok({ path: suggestedName })
    },

    printHtml(req) {
      return print(req, 'print')
    },

    async saveHtmlAsPdf(req) {
      const result = await print(req, 'pdf', req.suggestedName)
      return result.ok ? ok({ path: req.suggestedName }) : result
    },

    async writeBackup({ reason, bytes }) {
      if (bytes.byteLength > maxFileBytes) return fail('too-large')
      try {
        return ok(await writeOpfsBackup(reason, bytes, now()))
      } catch (error) {
        return fail('io-failed', message(error))
      }
    },

    async listBackups() {
      try {
        return ok(await listOpfsBackups())
      } catch (error) {
        return fail('io-failed', message(error))
      }
    },

    async readBackup({ name }) {
      if (!parseBackupName(name)) return { ok: false, error: { code: 'invalid-argument', detail: name } }
      try {
        const bytes = await readOpfsBackup(name)
        return bytes ? ok(bytes) : fail('not-found', name)
      } catch (error) {
        return fail('io-failed', message(error))
      }
    },

    async setLanguage({ language }) {
      document.documentElement.lang = language
      return ok(undefined)
    },
  }
}
