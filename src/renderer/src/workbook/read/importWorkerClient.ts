/**
 * The UI side of the import worker: `startImportPreview(bytes, options, onProgress)` returns the preview promise
 * and a `cancel()` that asks the worker to stop (it answers `cancelled` at the next batch of rows).
 */
import type { ImportOptions, ImportProgress } from '@shared/import/types'
import type { ImportJobResult } from './importJob'
import type { ReadLimits } from './readErrors'
import type { ImportWorkerMessage, ImportWorkerRequest } from './workerProtocol'

let worker: Worker | null = null
let nextJobId = 1

function getWorker(): Worker {
  worker ??= new Worker(new URL('../importWorker.ts', import.meta.url), { type: 'module' })
  return worker
}

export function startImportPreview(
  bytes: Uint8Array,
  options: ImportOptions,
  onProgress?: (progress: ImportProgress) => void,
  limits?: Partial<ReadLimits>,
): { result: Promise<ImportJobResult>; cancel: () => void } {
  const target = getWorker()
  const jobId = nextJobId++
  const result = new Promise<ImportJobResult>((resolve) => {
    const listen = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data
      if (message.jobId !== jobId) return
      if (message.type === 'progress') {
        onProgress?.(message.progress)
        return
      }
      target.removeEventListener('message', listen)
      resolve(message.type === 'done' ? { ok: true, value: message.preview } : { ok: false, error: message.error })
    }
    target.addEventListener('message', listen)
  })
  const copy = bytes.slice()
  const request: ImportWorkerRequest = { type: 'preview', jobId, bytes: copy, options, limits }
  target.postMessage(request, [copy.buffer])
  return { result, cancel: () => target.postMessage({ type: 'cancel', jobId } satisfies ImportWorkerRequest) }
}
