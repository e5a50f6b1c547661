/**
 * The layout of the reply workbook (答复情况表) that an office hands to a unit and gets back filled in. Shared by
 * the writer, the reader and the pure matcher so the three never disagree on a column.
 *
 * Three groups of columns: key columns (locked, what the unit reads), fill-in columns (unlocked, what the unit
 * writes) and id columns (hidden, locked) that carry the records' ids so a returned row matches reliably even
 * after the unit re-sorts or filters the sheet. A hidden sheet `_meta` holds the format name, version, unit and
 * the field order of the data sheet.
 */
import type { Id, IsoDate } from '../domain/model'

export const REPLY_WORKBOOK_FORMAT = 'daibiao-jianyi/reply-workbook'
export const REPLY_WORKBOOK_VERSION = 1
/** Name of the hidden sheet with the workbook's metadata (not translated: the reader looks for it). */
export const REPLY_META_SHEET = '_meta'

export const REPLY_KEY_FIELDS = ['session', 'number', 'title', 'unit'] as const
export const REPLY_FILL_FIELDS = [
  'replyDate',
  'resultClass',
  'documentNumber',
  'signer',
  'contactName',
  'contactPhone',
  'body',
] as const
export const REPLY_ID_FIELDS = ['sessionId', 'suggestionId', 'assignmentId'] as const

export type ReplyKeyField = (typeof REPLY_KEY_FIELDS)[number]
export type ReplyFillField = (typeof REPLY_FILL_FIELDS)[number]
export type ReplyIdField = (typeof REPLY_ID_FIELDS)[number]
export type ReplyWorkbookField = ReplyKeyField | ReplyFillField | ReplyIdField

/** Column order of the data sheet. */
export const REPLY_WORKBOOK_FIELDS: readonly ReplyWorkbookField[] = [
  ...REPLY_KEY_FIELDS,
  ...REPLY_FILL_FIELDS,
  ...REPLY_ID_FIELDS,
]

export function isReplyWorkbookField(value: string): value is ReplyWorkbookField {
  return (REPLY_WORKBOOK_FIELDS as readonly string[]).includes(value)
}

/**
 * One data row of a returned workbook as plain text: every cell trimmed to a string (days already as
 * `YYYY-MM-DD` when the cell was a real date), blank cells as null. `rowNumber` is the sheet row, for messages.
 */
export interface ReplyWorkbookRow {
  rowNumber: number
  cells: Partial<Record<ReplyWorkbookField, string | null>>
}

export interface ReplyWorkbookMeta {
  format: string
  version: number
  unitId: Id | null
  unitName: string | null
  exportedOn: IsoDate | null
  /** Sheet row of the header; data starts on the next row. */
  headerRow: number
  /** Field of each column, left to right. */
  fields: ReplyWorkbookField[]
}
