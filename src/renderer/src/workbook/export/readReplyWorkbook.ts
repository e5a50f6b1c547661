/**
 * Reads a returned reply workbook into plain rows for `previewReplyWorkbook`. Finds the columns from the hidden
 * `_meta` sheet the export wrote; when a unit copied the data into a fresh workbook and the metadata is gone, it
 * falls back to finding the header row by its column titles (Chinese or English). Every cell becomes trimmed
 * text; date cells and date serials in the reply-date column become `YYYY-MM-DD`.
 */
import ExcelJS from 'exceljs'
import type { CellValue, Worksheet } from 'exceljs'
import { err, ok } from '@shared/domain/model'
import type { Result } from '@shared/domain/model'
import {
  REPLY_META_SHEET,
  REPLY_WORKBOOK_FIELDS,
  REPLY_WORKBOOK_FORMAT,
  REPLY_WORKBOOK_VERSION,
  isReplyWorkbookField,
} from '@shared/exchange/replyWorkbookLayout'
import type { ReplyWorkbookField, ReplyWorkbookMeta, ReplyWorkbookRow } from '@shared/exchange/replyWorkbookLayout'
import { exportMessages } from './exportText'
import { isoDayOfExcelDate } from './workbookCells'

export interface ReadReplyWorkbook {
  /** Null when the metadata sheet was missing and the header was found by its titles. */
  meta: ReplyWorkbookMeta | null
  sheetName: string
  rows: ReplyWorkbookRow[]
}

/** Rows searched for a header when there is no metadata. */
const HEADER_SEARCH_ROWS = 10

/** The text of a cell value, unwrapping rich text, formulas and hyperlinks; null when blank. */
function cellText(value: CellValue, field: ReplyWorkbookField): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return isoDayOfExcelDate(value)
  if (typeof value === 'number') {
    // A serial typed into a text-formatted date cell, or a date the reader did not recognise.
    if (field === 'replyDate' && value > 0 && value < 2958466) {
      return isoDayOfExcelDate(new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86400000))
    }
    return String(value)
  }
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'boolean') return String(value)
  if ('richText' in value) return cellText(value.richText.map((r) => r.text).join(''), field)
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value && value.result !== undefined ? cellText(value.result as CellValue, field) : null
  }
  if ('hyperlink' in value) return cellText(value.text, field)
  return null
}

function readMeta(sheet: Worksheet): Record<string, string> {
  const out: Record<string, string> = {}
  sheet.eachRow((row) => {
    const key = row.getCell(1).value
    const value = row.getCell(2).value
    if (typeof key === 'string' && value !== null && value !== undefined) out[key] = String(value)
  })
  return out
}

function headerFromTitles(sheet: Worksheet): { headerRow: number; fields: (ReplyWorkbookField | null)[] } | null {
  const byTitle = new Map<string, ReplyWorkbookField>()
  for (const language of ['zh-CN', 'en-US'] as const) {
    const columns = exportMessages(language).columns
    for (const field of REPLY_WORKBOOK_FIELDS) byTitle.set(columns[field].trim().toLowerCase(), field)
  }
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const row = sheet.getRow(r)
    const fields: (ReplyWorkbookField | null)[] = []
    for (let c = 1; c <= row.cellCount; c++) {
      const v = row.getCell(c).value
      fields.push(typeof v === 'string' ? (byTitle.get(v.trim().toLowerCase()) ?? null) : null)
    }
    if (fields.includes('number') && fields.some((f) => f === 'replyDate' || f === 'resultClass')) {
      return { headerRow: r, fields }
    }
  }
  return null
}

/**
 * Loads the workbook and returns its data rows. Errors: `not-a-workbook` (not a readable .xlsx),
 * `unknown-format` (made by something else or a newer version), `no-reply-sheet` (no recognisable header).
 */
export async function readReplyWorkbook(bytes: Uint8Array): Promise<Result<ReadReplyWorkbook>> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0])
  } catch (e) {
    return err({ code: 'not-a-workbook', params: { detail: e instanceof Error ? e.message : String(e) } })
  }
  const metaSheet = workbook.getWorksheet(REPLY_META_SHEET)
  const dataSheets = workbook.worksheets.filter((ws) => ws.name !== REPLY_META_SHEET)

  let meta: ReplyWorkbookMeta | null = null
  let sheet: Worksheet | undefined
  let headerRow = 0
  let fields: (ReplyWorkbookField | null)[] = []

  if (metaSheet) {
    const m = readMeta(metaSheet)
    const version = Number(m.version)
    if (m.format !== REPLY_WORKBOOK_FORMAT || !(version >= 1 && version <= REPLY_WORKBOOK_VERSION)) {
      return err({ code: 'unknown-format', params: { format: m.format ?? '', version: m.version ?? '' } })
    }
    const metaFields = (m.fields ?? '').split(',').filter(isReplyWorkbookField)
    meta = {
      format: m.format,
      version,
      unitId: m.unitId ?? null,
      unitName: m.unitName ?? null,
      exportedOn: m.exportedOn ?? null,
      headerRow: Number(m.headerRow) || 0,
      fields: metaFields,
    }
    sheet = dataSheets[0]
    headerRow = meta.headerRow
    fields = metaFields
  }
  if (!sheet || headerRow < 1 || fields.length === 0) {
    for (const candidate of dataSheets) {
      const found = headerFromTitles(candidate)
      if (found) {
        sheet = candidate
        headerRow = found.headerRow
        fields = found.fields
        break
      }
    }
  }
  if (!sheet || headerRow < 1 || !fields.includes('number')) return err({ code: 'no-reply-sheet' })

  const rows: ReplyWorkbookRow[] = []
  const width = fields.length
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return
    const cells: ReplyWorkbookRow['cells'] = {}
    let any = false
    for (let c = 0; c < width; c++) {
      const field = fields[c]
      if (!field) continue
      const text = cellText(row.getCell(c + 1).value, field)
      cells[field] = text
      if (text !== null) any = true
    }
    if (any) rows.push({ rowNumber, cells })
  })
  return ok({ meta, sheetName: sheet.name, rows })
}
