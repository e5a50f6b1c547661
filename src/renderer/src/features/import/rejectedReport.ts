/**
 * The import report as a workbook (导入结果): a sheet of the rows that were not imported — rejected rows and
 * duplicates inside the file — with their original cells under the original header and the reason in a last
 * column, so the office can fix them and import that sheet again; and a sheet with the counts.
 *
 * The original cells are read again from the file's bytes on this thread (the preview carries only normalised
 * records); the report is written with exceljs directly.
 */
import ExcelJS from 'exceljs'
import type { ImportPreview } from '@shared/import/types'
import { readWorkbook } from '../../workbook/read/readWorkbook'

export interface ReportTexts {
  rejectedSheet: string
  summarySheet: string
  rowNumber: string
  reason: string
  /** Label and value pairs for the summary sheet. */
  summary: [string, string | number][]
  /** Sentences per row number. */
  reasons: Map<number, string[]>
}

export async function buildRejectedReport(
  bytes: Uint8Array,
  preview: ImportPreview,
  texts: ReportTexts,
): Promise<Uint8Array> {
  const read = await readWorkbook(bytes)
  const sheet = read.ok ? read.value.sheets.find((s) => s.name === preview.sheet) : undefined
  const workbook = new ExcelJS.Workbook()
  const rejected = workbook.addWorksheet(texts.rejectedSheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  const labels = preview.columns.map((c) => c.label)
  rejected.addRow([...labels, texts.rowNumber, texts.reason]).font = { bold: true }
  const notImported = preview.rows.filter((r) => r.status === 'rejected' || r.status === 'duplicate')
  for (const row of notImported) {
    const cells = sheet?.cells[row.rowNumber - 1] ?? []
    const original = labels.map((_, i) => cells[i] ?? null)
    const added = rejected.addRow([...original, row.rowNumber, (texts.reasons.get(row.rowNumber) ?? []).join('；')])
    added.alignment = { wrapText: true, vertical: 'top' }
  }
  rejected.columns.forEach((column, i) => {
    column.width = i === labels.length + 1 ? 60 : i === labels.length ? 10 : 18
  })
  const summary = workbook.addWorksheet(texts.summarySheet)
  for (const pair of texts.summary) summary.addRow(pair)
  summary.getColumn(1).width = 24
  summary.getColumn(2).width = 40
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
