/**
 * The one table layout all exported sheets share: a merged title row, an optional subtitle line (filters, export
 * date), a frozen header row with an auto-filter, then the data. Printed on A4 landscape, fit to the page width,
 * the header row repeated on every page and page numbers in the footer.
 *
 * Styling is done per column (wrap, borders, date format, lock state) so data cells inherit it: no style object
 * is built per data cell, which keeps the export close to a bare exceljs write of the same rows.
 */
import type { Alignment, Borders, Fill, Font, Style, Worksheet } from 'exceljs'
import { cleanCellText } from '@shared/exchange/cellText'
import type { ExportMessages } from './exportText'
import { displayWidth, excelDate, isoDayOfExcelDate } from './workbookCells'

/** How a column's values are written: `longText` for titles and reply texts (wide, wrapped). */
export type ColumnKind = 'text' | 'longText' | 'date' | 'number'

export interface TableColumn {
  key: string
  header: string
  kind: ColumnKind
  /** Fixed width in Excel character units; computed from header and contents when absent. */
  width?: number
  hidden?: boolean
  /** For protected sheets: false makes the column's cells editable. Default true (Excel's default). */
  locked?: boolean
  /** Background colour (ARGB) of the column's data cells. */
  fillColor?: string
  /** Number format of the column; `@` keeps what people type as text (phone numbers, document numbers). */
  numFmt?: string
}

export type TableValue = string | number | boolean | Date | readonly string[] | null | undefined

export interface TableSheetSpec {
  title: string
  subtitle: string | null
  columns: readonly TableColumn[]
  /** One array per row, aligned with `columns`. */
  rows: readonly (readonly TableValue[])[]
  messages: ExportMessages
  /** Height in points of the subtitle row (default 20); taller for instructions. */
  subtitleHeight?: number
}

export interface TableSheetLayout {
  headerRow: number
  firstDataRow: number
  /** Equal to `headerRow` when there are no rows. */
  lastDataRow: number
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } }
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }
const HEADER_FONT: Partial<Font> = { bold: true, size: 11 }
const TITLE_FONT: Partial<Font> = { bold: true, size: 16 }
const SUBTITLE_FONT: Partial<Font> = { size: 10, color: { argb: 'FF595959' } }

/** Rows looked at when sizing columns; enough to see typical values without walking a huge export twice. */
const WIDTH_SAMPLE_ROWS = 2000
const WIDTH_LIMITS: Record<ColumnKind, { min: number; max: number }> = {
  text: { min: 8, max: 40 },
  longText: { min: 30, max: 60 },
  date: { min: 12, max: 20 },
  number: { min: 8, max: 16 },
}

/** Converts one value to what exceljs writes: real dates, real numbers, clean text. */
export function toCellValue(
  value: TableValue,
  kind: ColumnKind,
  messages: ExportMessages,
): string | number | Date | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'boolean') return value ? messages.yes : messages.no
  // Style ids are cached per column, so only date columns carry a date format: elsewhere a Date is written as text.
  if (value instanceof Date) return kind === 'date' ? value : isoDayOfExcelDate(value)
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') {
    const joined = value.filter((v) => v.trim() !== '').join(messages.listSeparator)
    return joined === '' ? null : cleanCellText(joined)
  }
  if (value.trim() === '') return null
  if (kind === 'date') return excelDate(value.trim()) ?? cleanCellText(value)
  if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim())
  return cleanCellText(value)
}

function columnWidth(
  column: TableColumn,
  rows: readonly (readonly (string | number | Date | null)[])[],
  index: number,
  dateFormat: string,
): number {
  if (column.width !== undefined) return column.width
  const limits = WIDTH_LIMITS[column.kind]
  let widest = displayWidth(column.header) + 2
  if (column.kind === 'date') {
    // `2025年12月31日` is 14 units wide, `2025-12-31` 10.
    widest = Math.max(widest, (dateFormat.includes('年') ? 14 : 10) + 2)
  } else {
    const n = Math.min(rows.length, WIDTH_SAMPLE_ROWS)
    for (let r = 0; r < n; r++) {
      const v = rows[r]?.[index]
      if (v === null || v === undefined || v instanceof Date) continue
      const w = typeof v === 'number' ? String(v).length : displayWidth(v)
      if (w + 2 > widest) widest = w + 2
      if (widest >= limits.max) break
    }
  }
  return Math.min(limits.max, Math.max(limits.min, widest))
}

function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Writes the table into an empty worksheet. */
export function writeTableSheet(ws: Worksheet, spec: TableSheetSpec): TableSheetLayout {
  const { columns, messages } = spec
  const dateFormat = messages.dateFormat
  const values = spec.rows.map((row) => columns.map((c, i) => toCellValue(row[i], c.kind, messages)))

  // Column styles first, before any cell exists, so data cells inherit them.
  const columnStyles: Partial<Style>[] = []
  ws.columns = columns.map((c, i) => {
    const alignment: Partial<Alignment> = {
      vertical: 'top',
      wrapText: true,
      horizontal: c.kind === 'date' || c.kind === 'number' ? 'center' : 'left',
    }
    const style: Partial<Style> = { alignment, border: BORDERS }
    if (c.kind === 'date') style.numFmt = dateFormat
    else if (c.numFmt) style.numFmt = c.numFmt
    if (c.locked === false) style.protection = { locked: false }
    if (c.fillColor) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fillColor } }
    columnStyles.push(style)
    return {
      key: c.key,
      width: columnWidth(c, values, i, dateFormat),
      hidden: c.hidden === true,
      style: style as Style,
    }
  })

  const visible = columns.reduce((last, c, i) => (c.hidden ? last : i + 1), 1)
  const lastLetter = columnLetter(visible)
  let rowNumber = 1

  const bannerRow = (text: string, font: Partial<Font>, height: number, horizontal: Alignment['horizontal']): void => {
    const row = ws.getRow(rowNumber)
    row.height = height
    const master = row.getCell(1)
    master.value = cleanCellText(text)
    master.style = { font, alignment: { horizontal, vertical: 'middle', wrapText: true } }
    if (visible > 1) ws.mergeCells(rowNumber, 1, rowNumber, visible)
    rowNumber += 1
  }
  bannerRow(spec.title, TITLE_FONT, 32, 'center')
  if (spec.subtitle) bannerRow(spec.subtitle, SUBTITLE_FONT, spec.subtitleHeight ?? 20, 'left')

  const headerRow = rowNumber
  const header = ws.getRow(headerRow)
  header.height = 28
  const headerStyle: Partial<Style> = {
    font: HEADER_FONT,
    fill: HEADER_FILL,
    border: BORDERS,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  }
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = cleanCellText(c.header)
    cell.style = headerStyle
  })

  const firstDataRow = headerRow + 1
  const lastDataRow = headerRow + values.length
  if (values.length) ws.addRows(values)
  // Each new cell got a fresh copy of its column's style; give it the column's own object back. exceljs caches
  // style ids by object identity, so shared objects are serialised once per column instead of once per cell.
  for (let r = firstDataRow; r <= lastDataRow; r++) {
    const row = ws.getRow(r)
    for (let c = 0; c < columnStyles.length; c++) row.getCell(c + 1).style = columnStyles[c]!
  }

  ws.views = [
    { state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${firstDataRow}`, activeCell: `A${firstDataRow}` },
  ]
  ws.autoFilter = `A${headerRow}:${lastLetter}${Math.max(lastDataRow, headerRow)}`
  Object.assign(ws.pageSetup, {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  })
  ws.headerFooter.oddFooter = `&C${messages.footer}`
  return { headerRow, firstDataRow, lastDataRow }
}
