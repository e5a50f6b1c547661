/**
 * Stage 1 of the import: file bytes to a `WorkbookGrid`, detected by magic bytes (never the extension), with the
 * hostile-file checks first. Resolves to `{ ok: false, error }` with a coded reason for anything it will not
 * read — a legacy .xls/.et, an encrypted workbook, a picture, a truncated or bombed zip, too many rows.
 */
import type { WorkbookGrid } from '@shared/import/types'
import { decodeText, parseCsv } from './csv'
import { DEFAULT_READ_LIMITS, ReadFailure, type ReadError, type ReadLimits } from './readErrors'
import { sniffFile } from './sniff'
import { readXlsx } from './xlsx'
import { guardZip } from './zipGuard'

export type ReadResult = { ok: true; value: WorkbookGrid } | { ok: false; error: ReadError }

export interface ReadOptions {
  limits?: Partial<ReadLimits>
  /** Called between steps; returning true stops with `cancelled`. */
  isCancelled?: () => boolean
  onProgress?: (step: 'checked' | 'read') => void
}

export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits }
  try {
    const workbook = await read(bytes, limits, options)
    return { ok: true, value: workbook }
  } catch (error) {
    if (error instanceof ReadFailure) return { ok: false, error: error.error }
    return { ok: false, error: { code: 'damaged', detail: String(error) } }
  }
}

function checkCancel(options: ReadOptions): void {
  if (options.isCancelled?.()) throw new ReadFailure({ code: 'cancelled' })
}

async function read(bytes: Uint8Array, limits: ReadLimits, options: ReadOptions): Promise<WorkbookGrid> {
  if (bytes.length > limits.maxBytes) {
    throw new ReadFailure({ code: 'too-large', params: { bytes: bytes.length, max: limits.maxBytes } })
  }
  const kind = sniffFile(bytes)
  switch (kind.kind) {
    case 'empty':
      throw new ReadFailure({ code: 'empty-file' })
    case 'ole':
      throw new ReadFailure({ code: kind.encrypted ? 'encrypted' : 'legacy-format' })
    case 'binary':
      throw new ReadFailure({ code: 'not-a-workbook', params: { detected: kind.what } })
    case 'text': {
      const { text, encoding } = decodeText(bytes)
      checkCancel(options)
      const sheet = parseCsv(text, 'CSV', limits)
      if (sheet.cells.every((row) => row.every((cell) => cell === null))) throw new ReadFailure({ code: 'empty-file' })
      options.onProgress?.('read')
      return { format: 'csv', encoding, sheets: [sheet] }
    }
    case 'zip': {
      await guardZip(bytes, limits)
      checkCancel(options)
      options.onProgress?.('checked')
      const sheets = await readXlsx(bytes, limits)
      checkCancel(options)
      options.onProgress?.('read')
      if (sheets.length === 0) throw new ReadFailure({ code: 'empty-file' })
      return { format: 'xlsx', encoding: null, sheets }
    }
  }
}
