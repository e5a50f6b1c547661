/**
 * Test hooks of the browser host, on `window.__hostTestHooks`. A browser has no API that turns HTML into a
 * PDF file, so end-to-end tests read the document the app asked to print or save as PDF from here and render
 * it themselves (`page.setContent(job.html)` then `page.pdf()`).
 *
 * Under automation (`navigator.webdriver`, true in Playwright) the real print dialog is skipped by default,
 * because a modal print preview would stall the page; a test may flip `suppressPrintDialog` to exercise it.
 */

export interface PrintJobRecord {
  kind: 'print' | 'pdf'
  html: string
  title: string
  landscape: boolean
  /** For `kind: 'pdf'`: the file name the app suggested. */
  suggestedName?: string
  /** ISO instant the job was recorded. */
  at: string
}

export interface HostTestHooks {
  /** The last print / PDF jobs, oldest first (at most 20 are kept). */
  printJobs: PrintJobRecord[]
  /** When true, printHtml / saveHtmlAsPdf record the job and return without opening the print dialog. */
  suppressPrintDialog: boolean
}

declare global {
  interface Window {
    __hostTestHooks?: HostTestHooks
  }
}

const MAX_JOBS = 20

/** The hooks object, created on first use (a test may pre-create it with `page.addInitScript`). */
export function hostTestHooks(): HostTestHooks {
  const existing = window.__hostTestHooks
  if (existing) {
    existing.printJobs ??= []
    existing.suppressPrintDialog ??= navigator.webdriver === true
    return existing
  }
  const hooks: HostTestHooks = { printJobs: [], suppressPrintDialog: navigator.webdriver === true }
  window.__hostTestHooks = hooks
  return hooks
}

export function recordPrintJob(job: PrintJobRecord): void {
  const hooks = hostTestHooks()
  hooks.printJobs.push(job)
  if (hooks.printJobs.length > MAX_JOBS) hooks.printJobs.splice(0, hooks.printJobs.length - MAX_JOBS)
}
