/**
 * The reply workbook (答复情况表) a unit fills in offline and sends back. One row per live assignment of the
 * unit. Key columns (session, number, title, unit) are locked on a protected sheet; the fill-in columns are
 * unlocked, the result class has a drop-down of the configured classes and the reply date a date check. Hidden
 * id columns and a hidden `_meta` sheet let `readReplyWorkbook` + `previewReplyWorkbook` match every row back
 * even after re-sorting. Existing reply values are pre-filled, so the unit corrects rather than retypes.
 *
 * The sheet protection has no password: it guards against slips, not against people.
 */
import ExcelJS from 'exceljs'
import type { DataValidation, Worksheet } from 'exceljs'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import type {
  Assignment,
  Id,
  IsoDate,
  Reply,
  ResultClassSetting,
  Session,
  Suggestion,
  Unit,
} from '@shared/domain/model'
import {
  REPLY_FILL_FIELDS,
  REPLY_ID_FIELDS,
  REPLY_META_SHEET,
  REPLY_WORKBOOK_FIELDS,
  REPLY_WORKBOOK_FORMAT,
  REPLY_WORKBOOK_VERSION,
} from '@shared/exchange/replyWorkbookLayout'
import type { ReplyWorkbookField } from '@shared/exchange/replyWorkbookLayout'
import { dayText, exportMessages, fill, localToday } from './exportText'
import type { ExportMessages } from './exportText'
import type { ExportedWorkbook } from './suggestionList'
import type { ColumnKind, TableColumn, TableValue } from './tableSheet'
import { writeTableSheet } from './tableSheet'
import { excelDate, safeFileName, safeSheetName, workbookBytes } from './workbookCells'

export interface ReplyWorkbookOptions {
  suggestions: readonly Suggestion[]
  sessions: readonly Session[]
  /** Stored replies, to pre-fill the current round's values. */
  replies?: readonly Reply[]
  resultClasses: readonly ResultClassSetting[]
  language?: UiLanguage
  exportedOn?: IsoDate
}

const KIND: Record<ReplyWorkbookField, ColumnKind> = {
  session: 'text',
  number: 'text',
  title: 'longText',
  unit: 'text',
  replyDate: 'date',
  resultClass: 'text',
  documentNumber: 'text',
  signer: 'text',
  contactName: 'text',
  contactPhone: 'text',
  body: 'longText',
  sessionId: 'text',
  suggestionId: 'text',
  assignmentId: 'text',
}
const LOCKED_FILL = 'FFEDEDED'
/** Room to type in, whatever the pre-filled contents. */
const FILL_WIDTHS: Partial<Record<ReplyWorkbookField, number>> = {
  resultClass: 14,
  documentNumber: 20,
  signer: 12,
  contactName: 12,
  contactPhone: 16,
}
const TEXT_FORMAT_FIELDS = new Set<ReplyWorkbookField>(['documentNumber', 'contactPhone'])
const ENDED = new Set<Assignment['state']>(['returned', 'transferred'])

function replyColumns(messages: ExportMessages): TableColumn[] {
  return REPLY_WORKBOOK_FIELDS.map((field) => {
    const column: TableColumn = { key: field, header: messages.columns[field], kind: KIND[field] }
    if ((REPLY_FILL_FIELDS as readonly string[]).includes(field)) column.locked = false
    else column.fillColor = LOCKED_FILL
    if ((REPLY_ID_FIELDS as readonly string[]).includes(field)) {
      column.hidden = true
      column.width = 28
    }
    const fillWidth = FILL_WIDTHS[field]
    if (fillWidth !== undefined) column.width = fillWidth
    if (TEXT_FORMAT_FIELDS.has(field)) column.numFmt = '@'
    return column
  })
}

/** Codes for an Excel list: commas and quotes cannot appear inside `"A,B,C"`. */
function classList(classes: readonly ResultClassSetting[]): string[] {
  return classes.map((c) => c.code.replace(/[",]/g, '').trim()).filter((c) => c !== '')
}

function columnLetter(index: number): string {
  let s = ''
  for (let x = index + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** exceljs 4.4 has `worksheet.dataValidations` (ranges allowed) but its typings leave it out. */
interface DataValidations {
  add(address: string, validation: DataValidation): void
}

function addValidations(ws: Worksheet, first: number, last: number, codes: string[], messages: ExportMessages): void {
  if (last < first) return
  const validations = (ws as unknown as { dataValidations: DataValidations }).dataValidations
  const col = (f: ReplyWorkbookField): string => columnLetter(REPLY_WORKBOOK_FIELDS.indexOf(f))
  const classes = codes.join('/')
  if (codes.length) {
    validations.add(`${col('resultClass')}${first}:${col('resultClass')}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${codes.join(',')}"`],
      showInputMessage: true,
      prompt: fill(messages.reply.classPrompt, { classes }),
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: messages.reply.classErrorTitle,
      error: fill(messages.reply.classError, { classes }),
    })
  }
  validations.add(`${col('replyDate')}${first}:${col('replyDate')}${last}`, {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [excelDate('2000-01-01'), excelDate('2099-12-31')],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: messages.reply.dateErrorTitle,
    error: messages.reply.dateError,
  })
}

function addMetaSheet(workbook: ExcelJS.Workbook, unit: Unit, exportedOn: IsoDate, headerRow: number): void {
  const meta = workbook.addWorksheet(REPLY_META_SHEET, { state: 'hidden' })
  meta.addRows([
    ['format', REPLY_WORKBOOK_FORMAT],
    ['version', REPLY_WORKBOOK_VERSION],
    ['unitId', unit.id],
    ['unitName', unit.name],
    ['exportedOn', exportedOn],
    ['headerRow', headerRow],
    ['fields', REPLY_WORKBOOK_FIELDS.join(',')],
  ])
}

/** Writes the reply workbook of one unit for its live assignments. */
export async function exportReplyWorkbook(
  unit: Unit,
  assignments: readonly Assignment[],
  options: ReplyWorkbookOptions,
): Promise<ExportedWorkbook> {
  const messages = exportMessages(options.language)
  const exportedOn = options.exportedOn ?? localToday()
  const suggestions = new Map<Id, Suggestion>(options.suggestions.map((s) => [s.id, s]))
  const sessions = new Map<Id, Session>(options.sessions.map((s) => [s.id, s]))
  const replies = options.replies ?? []

  const lines = assignments
    .filter((a) => a.unitId === unit.id && !ENDED.has(a.state))
    .map((a) => ({ a, s: suggestions.get(a.suggestionId) }))
    .filter((x): x is { a: Assignment; s: Suggestion } => x.s !== undefined)
    .sort((x, y) => {
      const ox = sessions.get(x.s.sessionId)?.order ?? 0
      const oy = sessions.get(y.s.sessionId)?.order ?? 0
      return ox - oy || x.s.numberSort - y.s.numberSort
    })

  const rows: TableValue[][] = lines.map(({ a, s }) => {
    const reply = replies
      .filter((r) => r.assignmentId === a.id && r.round === a.round)
      .sort((p, q) => (p.updatedAt < q.updatedAt ? 1 : -1))[0]
    const values: Record<ReplyWorkbookField, TableValue> = {
      session: sessions.get(s.sessionId)?.name ?? null,
      number: s.numberText,
      title: s.title,
      unit: unit.name,
      replyDate: reply?.sentOn ?? null,
      resultClass: reply?.resultClass ?? null,
      documentNumber: reply?.documentNumber ?? null,
      signer: reply?.signer ?? null,
      contactName: reply?.contactName ?? null,
      contactPhone: reply?.contactPhone ?? null,
      body: reply?.body ?? null,
      sessionId: s.sessionId,
      suggestionId: s.id,
      assignmentId: a.id,
    }
    return REPLY_WORKBOOK_FIELDS.map((f) => values[f])
  })

  const codes = classList(options.resultClasses)
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet(safeSheetName(messages.reply.sheetName, new Set([REPLY_META_SHEET.toLowerCase()])))
  const layout = writeTableSheet(ws, {
    title: fill(messages.reply.title, { unit: unit.name }),
    subtitle: fill(messages.reply.instructions, { classes: codes.join('/') }),
    subtitleHeight: 36,
    columns: replyColumns(messages),
    rows,
    messages,
  })
  addValidations(ws, layout.firstDataRow, layout.lastDataRow, codes, messages)
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
  })
  addMetaSheet(workbook, unit, exportedOn, layout.headerRow)

  return {
    fileName: safeFileName(fill(messages.reply.fileName, { unit: unit.name, date: dayText(messages, exportedOn) })),
    bytes: await workbookBytes(workbook),
  }
}
