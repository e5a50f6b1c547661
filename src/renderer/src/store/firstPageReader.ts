/**
 * Starts reading the list's first page in a worker (firstPageWorker.ts) and resolves to its rows, or to null when
 * the worker cannot run or fails (the caller then reads on the window's thread). Imported by the renderer entry
 * alone, so it adds nothing to what the entry waits for; the entry hands the promise to the read-ahead.
 */
import type { SuggestionListEntry } from './listEntries'

/** Past this, the window reads the page itself (a worker that never answers must not hold up the list). */
const WORKER_TIMEOUT_MS = 3000

export function readFirstPageInWorker(): Promise<SuggestionListEntry[] | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null)
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./firstPageWorker.ts', import.meta.url), { type: 'module', name: 'first-page' })
    } catch {
      resolve(null)
      return
    }
    const done = (rows: SuggestionListEntry[] | null) => {
      window.clearTimeout(timer)
      worker.terminate()
      resolve(rows)
    }
    const timer = window.setTimeout(() => done(null), WORKER_TIMEOUT_MS)
    worker.onmessage = (e: MessageEvent<{ ok: boolean; rows?: SuggestionListEntry[] }>) =>
      done(e.data.ok && e.data.rows ? e.data.rows : null)
    worker.onerror = () => done(null)
    worker.postMessage(null)
  })
}
