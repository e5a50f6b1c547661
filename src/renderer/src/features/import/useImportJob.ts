/**
 * Runs one import preview in the worker at a time, with its progress and a cancel that terminates the job (the
 * worker answers `cancelled`; nothing is written by a preview anyway).
 */
import { useCallback, useRef, useState } from 'react'
import type { ImportOptions, ImportProgress } from '@shared/import/types'
import type { ImportJobResult } from '../../workbook/read/importJob'
import { startImportPreview } from '../../workbook/read/importWorkerClient'

export interface ImportJobState {
  running: boolean
  progress: ImportProgress | null
  run: (bytes: Uint8Array, options: ImportOptions) => Promise<ImportJobResult>
  cancel: () => void
}

export function useImportJob(): ImportJobState {
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const cancelRef = useRef<(() => void) | null>(null)
  const run = useCallback(async (bytes: Uint8Array, options: ImportOptions) => {
    cancelRef.current?.()
    setRunning(true)
    setProgress(null)
    const job = startImportPreview(bytes, options, setProgress)
    cancelRef.current = job.cancel
    try {
      return await job.result
    } finally {
      if (cancelRef.current === job.cancel) {
        cancelRef.current = null
        setRunning(false)
      }
    }
  }, [])
  const cancel = useCallback(() => cancelRef.current?.(), [])
  return { running, progress, run, cancel }
}
