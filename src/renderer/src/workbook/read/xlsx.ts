/**
 * .xlsx into plain cell grids with exceljs (its browser build under vite, its Node build in tests and the CLI).
 * Formula cells give their cached result, rich text its plain text, hyperlinks their text, dates `YYYY-MM-DD`
 * read with UTC getters (exceljs returns UTC midnight), merged cells only their top-left value plus the range.
 */
import ExcelJS from 'exceljs'
import type { CellValue, MergeRange, SheetGrid } from '@shared/import/types'
import { ReadFailure, type ReadLimits } from './readErrors'

function day(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null
  const y = date.getUTCFullYear()
  const m = String(date.getUTCMonth() + 1).padStart(2, '0')
  const d = String(date.getUTCDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** Any exceljs cell value (or formula result) as a plain cell. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return day(value)
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('')
    }
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result)
    if ('error' in v) return null
    if ('text' in v) return plainValue(v.text)
  }
  return null
}

export async function readXlsx(bytes: Uint8Array, limits: ReadLimits): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    await workbook.xlsx.load(buffer)
  } catch (error) {
    throw new ReadFailure({ code: 'damaged', detail: String(error) })
  }
  return workbook.worksheets.map((worksheet) => readSheet(worksheet, limits))
}

function readSheet(worksheet: ExcelJS.Worksheet, limits: ReadLimits): SheetGrid {
  const cells: CellValue[][] = []
  const oversizeCells: SheetGrid['oversizeCells'] = []
  const merges = new Map<string, MergeRange>()
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1
    const values: CellValue[] = []
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master
        const key = master.address
        const range = merges.get(key) ?? {
          top: Number(master.row) - 1,
          left: Number(master.col) - 1,
          bottom: Number(master.row) - 1,
          right: Number(master.col) - 1,
        }
        range.bottom = Math.max(range.bottom, r)
        range.right = Math.max(range.right, c)
        merges.set(key, range)
        return
      }
      let value = plainValue(cell.value)
      if (typeof value === 'string' && value.length > limits.maxCellLength) {
        oversizeCells.push({ row: r, col: c, length: value.length })
        value = value.slice(0, limits.maxCellLength)
      }
      values[c] = value
    })
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null
    cells[r] = values
  })
  for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = []
  return { name: worksheet.name, cells, merges: [...merges.values()], oversizeCells }
}
