/**
 * The whole import preview for one file — read, then the pure stages — with progress and cancellation. The
 * worker runs this off the UI thread; tests and the CLI call it directly. Nothing is written anywhere.
 */
import type { ImportOptions, ImportPreview, ImportProgress } from '@shared/import/types'
import { previewImportSteps } from '@shared/import/preview'
import type { ReadError, ReadLimits } from './readErrors'
import { readWorkbook } from './readWorkbook'

export type ImportJobResult = { ok: true; value: ImportPreview } | { ok: false; error: ReadError }

export interface ImportJobHooks {
  limits?: Partial<ReadLimits>
  onProgress?: (progress: ImportProgress) => void
  isCancelled?: () => boolean
}

/** Lets the event loop run (a cancel message arrives) between batches of rows. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export async function previewImportFile(
  bytes: Uint8Array,
  options: ImportOptions = {},
  hooks: ImportJobHooks = {},
): Promise<ImportJobResult> {
  const cancelled = () => hooks.isCancelled?.() ?? false
  hooks.onProgress?.({ phase: 'reading', done: 0, total: 2 })
  const read = await readWorkbook(bytes, {
    limits: hooks.limits,
    isCancelled: cancelled,
    onProgress: (step) => hooks.onProgress?.({ phase: 'reading', done: step === 'checked' ? 1 : 2, total: 2 }),
  })
  if (!read.ok) return read
  const steps = previewImportSteps(read.value, options)
  for (;;) {
    if (cancelled()) return { ok: false, error: { code: 'cancelled' } }
    const step = steps.next()
    if (step.done) return { ok: true, value: step.value }
    hooks.onProgress?.(step.value)
    await breathe()
  }
}
