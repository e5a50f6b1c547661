import { describe, expect, it, vi } from 'vitest'

type PrintCallback = (success: boolean, reason: string) => void
const windows = vi.hoisted(() => ({ created: [] as FakeWindow[], printOutcome: [true, ''] as [boolean, string] }))
interface FakeWindow {
  options: unknown
  loadedUrl?: string
  destroyed: boolean
}

vi.mock('electron', () => ({
  BrowserWindow: class {
    state: FakeWindow
    webContents: unknown
    constructor(options: unknown) {
      this.state = { options, destroyed: false }
      windows.created.push(this.state)
      this.webContents = {
        setWindowOpenHandler: vi.fn(),
        on: vi.fn(),
        print: (_options: unknown, callback: PrintCallback) => callback(...windows.printOutcome),
        printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
      }
    }
    async loadURL(url: string) {
      this.state.loadedUrl = url
    }
    isDestroyed() {
      return this.state.destroyed
    }
    destroy() {
      this.state.destroyed = true
    }
  },
}))

import {
  documentToPdf,
  isCancelReason,
  PrintCancelledError,
  PrintDocuments,
  printDocument,
} from '../../src/main/printing'

describe('printing', () => {
  it('serves the document from app://bundle/print/ only while the job runs', async () => {
    const documents = new PrintDocuments()
    const pdf = await documentToPdf(documents, { html: '<p>答复</p>', title: '答复函' })
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7')
    const window = windows.created.at(-1)
    expect(window?.loadedUrl).toMatch(/^app:\/\/bundle\/print\/[0-9a-f-]{36}\.html$/)
    expect(window?.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } })
    expect(window?.destroyed).toBe(true)
    expect(documents.size).toBe(0)
  })

  it('reports a closed print dialog as a cancellation and still cleans up', async () => {
    windows.printOutcome = [false, 'Print job canceled']
    const documents = new PrintDocuments()
    await expect(printDocument(documents, { html: '<p/>', title: 't' })).rejects.toBeInstanceOf(PrintCancelledError)
    expect(windows.created.at(-1)?.destroyed).toBe(true)
    expect(documents.size).toBe(0)
  })

  it('reports other print failures as errors', async () => {
    windows.printOutcome = [false, 'Printer is out of paper']
    await expect(printDocument(new PrintDocuments(), { html: '<p/>', title: 't' })).rejects.toThrow(
      'Printer is out of paper',
    )
    expect(isCancelReason('Printer is out of paper')).toBe(false)
    expect(isCancelReason('cancelled')).toBe(true)
  })
})
