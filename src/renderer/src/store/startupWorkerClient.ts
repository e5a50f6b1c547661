/**
 * Starts one of the first screen's reads in a worker (startupWorker.ts) and resolves to its result, or to null
 * when the worker cannot run, fails or is slow (the caller then reads on the window's thread). Imported by the
 * renderer entry alone, so it adds nothing to what the entry waits for; the entry hands the promise on to the
 * read-ahead.
 */
import type { BoardFirstScreen } from './boardFirstScreen'
import type { SuggestionListEntry } from './listEntries'

/** Past this, the window reads for itself (a worker that never answers must not hold up the screen). */
const WORKER_TIMEOUT_MS = 3000

export interface StartupWorkerResults {
  firstPage: SuggestionListEntry[]
  /** The stored first screen when it is current (null: there is none, or it is stale). */
  boardFirstScreen: { record: BoardFirstScreen | null }
}

export function readInStartupWorker<K extends keyof StartupWorkerResults>(
  read: K,
): Promise<StartupWorkerResults[K] | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null)
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./startupWorker.ts', import.meta.url), { type: 'module', name: `start-${read}` })
    } catch {
      resolve(null)
      return
    }
    const done = (value: StartupWorkerResults[K] | null) => {
      window.clearTimeout(timer)
      worker.terminate()
      resolve(value)
    }
    const timer = window.setTimeout(() => done(null), WORKER_TIMEOUT_MS)
    worker.onmessage = (e: MessageEvent<{ ok: boolean; value?: StartupWorkerResults[K] }>) =>
      done(e.data.ok && e.data.value !== undefined ? e.data.value : null)
    worker.onerror = () => done(null)
    worker.postMessage({ read })
  })
}
