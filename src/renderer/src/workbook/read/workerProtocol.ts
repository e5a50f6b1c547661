/**
 * Messages between the UI and the import worker (`../importWorker.ts`). Plain JSON plus the file's bytes
 * (transferred, not copied).
 */
import type { ImportOptions, ImportPreview, ImportProgress } from '@shared/import/types'
import type { ReadError, ReadLimits } from './readErrors'

export type ImportWorkerRequest =
  | { type: 'preview'; jobId: number; bytes: Uint8Array; options: ImportOptions; limits?: Partial<ReadLimits> }
  | { type: 'cancel'; jobId: number }

export type ImportWorkerMessage =
  | { type: 'progress'; jobId: number; progress: ImportProgress }
  | { type: 'done'; jobId: number; preview: ImportPreview }
  | { type: 'failed'; jobId: number; error: ReadError }

/**
 * The worker's message handling, separate from `self` so it can be tested in Node: `post` sends to the UI.
 * Returns the handler for incoming requests.
 */
export function createImportWorkerHandler(
  post: (message: ImportWorkerMessage) => void,
  run: typeof import('./importJob').previewImportFile,
): (request: ImportWorkerRequest) => Promise<void> {
  const cancelled = new Set<number>()
  return async (request) => {
    if (request.type === 'cancel') {
      cancelled.add(request.jobId)
      return
    }
    const { jobId } = request
    const result = await run(request.bytes, request.options, {
      limits: request.limits,
      isCancelled: () => cancelled.has(jobId),
      onProgress: (progress) => post({ type: 'progress', jobId, progress }),
    })
    cancelled.delete(jobId)
    post(result.ok ? { type: 'done', jobId, preview: result.value } : { type: 'failed', jobId, error: result.error })
  }
}
