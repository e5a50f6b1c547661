/**
 * Printing and PDF: the document (a complete HTML string from src/shared/letters) is served from memory at
 * `app://bundle/print/<random>.html` and loaded into a hidden, sandboxed window with JavaScript off and no
 * preload. Serving it on the app origin, rather than as a data: URL or a temp file, keeps it under the same CSP
 * (nothing remote can load), lets it use the bundled fonts by relative URL, and has no 2 MB URL limit for a
 * batch of letters. The window is destroyed and the document forgotten when the job ends.
 */
import { randomUUID } from 'node:crypto'
import { BrowserWindow } from 'electron'
import type { PrintRequest } from '@shared/bridge/hostBridge'
import { APP_ORIGIN } from './appIdentity'
import { windowOpenHandler } from './security'
import { printWindowOptions } from './windowOptions'

/** The documents currently being printed, by URL path (`/print/<uuid>.html`). */
export class PrintDocuments {
  private readonly documents = new Map<string, string>()

  add(html: string): { path: string; url: string } {
    const path = `/print/${randomUUID()}.html`
    this.documents.set(path, html)
    return { path, url: `${APP_ORIGIN}${path}` }
  }

  get(path: string): string | undefined {
    return this.documents.get(path)
  }

  remove(path: string): void {
    this.documents.delete(path)
  }

  get size(): number {
    return this.documents.size
  }
}

export class PrintCancelledError extends Error {}

/** Chromium reports a closed print dialog as a failure with this reason. */
export function isCancelReason(reason: string): boolean {
  return /cancel/i.test(reason)
}

async function withDocumentWindow<T>(
  documents: PrintDocuments,
  req: PrintRequest,
  work: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const { path, url } = documents.add(req.html)
  const window = new BrowserWindow({ ...printWindowOptions(req.landscape ?? false), title: req.title })
  window.webContents.setWindowOpenHandler(windowOpenHandler)
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  try {
    await window.loadURL(url)
    return await work(window)
  } finally {
    documents.remove(path)
    if (!window.isDestroyed()) window.destroy()
  }
}

/** Opens the system print dialog for the document. Rejects with PrintCancelledError when the user cancels. */
export function printDocument(documents: PrintDocuments, req: PrintRequest): Promise<void> {
  return withDocumentWindow(
    documents,
    req,
    (window) =>
      new Promise<void>((resolve, reject) => {
        window.webContents.print(
          { silent: false, printBackground: true, landscape: req.landscape ?? false },
          (success, failureReason) => {
            if (success) resolve()
            else if (isCancelReason(failureReason)) reject(new PrintCancelledError(failureReason))
            else reject(new Error(failureReason))
          },
        )
      }),
  )
}

/** A4 PDF of the document; the document's own `@page` rules (margins per GB/T 9704) win. */
export function documentToPdf(documents: PrintDocuments, req: PrintRequest): Promise<Uint8Array> {
  return withDocumentWindow(documents, req, async (window) => {
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      landscape: req.landscape ?? false,
    })
    return new Uint8Array(pdf)
  })
}
