/**
 * Export of the current suggestion list with the columns the user chose (建议清单). Takes view rows — plain
 * objects keyed by column key — so the list feature decides what a row shows; `suggestionListRow` builds the
 * standard keys from model records for callers that have no view rows of their own.
 */
import ExcelJS from 'exceljs'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import type { IsoDate, Session, Suggestion } from '@shared/domain/model'
import { dayText, exportMessages, fill, localToday } from './exportText'
import type { ExportMessages } from './exportText'
import type { ColumnKind, TableColumn, TableValue } from './tableSheet'
import { writeTableSheet } from './tableSheet'
import { safeFileName, safeSheetName, workbookBytes } from './workbookCells'

/** Columns the app knows, with their kind; headers come from the `export` namespace (`columns.<key>`). */
export const SUGGESTION_LIST_COLUMNS = {
  session: 'text',
  number: 'text',
  title: 'longText',
  leadDeputy: 'text',
  coSigners: 'text',
  delegation: 'text',
  category: 'text',
  receivedOn: 'date',
  stage: 'text',
  key: 'text',
  units: 'text',
  leadUnit: 'text',
  assignedOn: 'date',
  replyDue: 'date',
  repliedOn: 'date',
  resultClass: 'text',
  rating: 'text',
  tags: 'text',
} as const satisfies Record<string, ColumnKind>

export type SuggestionListColumnKey = keyof typeof SUGGESTION_LIST_COLUMNS

/** A known column by key, or any column with its own (already translated) header. */
export type ListColumn = SuggestionListColumnKey | { key: string; header?: string; kind?: ColumnKind; width?: number }

/** One row of the list: values by column key. Days as `YYYY-MM-DD`, lists as arrays, flags as booleans. */
export type SuggestionListRow = Readonly<Record<string, TableValue>>

export interface SuggestionListOptions {
  columns: readonly ListColumn[]
  /** Title row; default `代表建议清单`. */
  title?: string
  /** Already-translated description of the active filters; the line is left out when absent and no date given. */
  filtersDescription?: string | null
  language?: UiLanguage
  /** Export date printed under the title and used in the file name; default today on this machine. */
  exportedOn?: IsoDate
  /** Print the export date line (default true). */
  showExportDate?: boolean
}

export interface ExportedWorkbook {
  fileName: string
  bytes: Uint8Array
}

function isKnown(key: string): key is SuggestionListColumnKey {
  return Object.prototype.hasOwnProperty.call(SUGGESTION_LIST_COLUMNS, key)
}

export function resolveListColumn(column: ListColumn, messages: ExportMessages): TableColumn {
  const spec = typeof column === 'string' ? { key: column } : column
  const known = isKnown(spec.key) ? spec.key : null
  const header = ('header' in spec && spec.header) || (known ? messages.columns[known] : undefined) || spec.key
  const kind: ColumnKind = ('kind' in spec && spec.kind) || (known ? SUGGESTION_LIST_COLUMNS[known] : 'text')
  const resolved: TableColumn = { key: spec.key, header, kind }
  if ('width' in spec && spec.width !== undefined) resolved.width = spec.width
  return resolved
}

/** The subtitle line: filters and export date, joined; null when both are left out. */
export function subtitleLine(
  messages: ExportMessages,
  parts: { filters?: string | null; exportedOn?: IsoDate | null; count?: number | null },
): string | null {
  const out: string[] = []
  if (parts.filters) out.push(fill(messages.subtitle.filters, { filters: parts.filters }))
  if (parts.count !== undefined && parts.count !== null) out.push(fill(messages.subtitle.count, { count: parts.count }))
  if (parts.exportedOn) out.push(fill(messages.subtitle.exportedOn, { date: dayText(messages, parts.exportedOn) }))
  return out.length ? out.join(messages.subtitle.separator) : null
}

/** Writes the list as an .xlsx workbook with one sheet. */
export async function exportSuggestionList(
  rows: readonly SuggestionListRow[],
  options: SuggestionListOptions,
): Promise<ExportedWorkbook> {
  const messages = exportMessages(options.language)
  const exportedOn = options.exportedOn ?? localToday()
  const columns = options.columns.map((c) => resolveListColumn(c, messages))
  const workbook = new ExcelJS.Workbook()
  workbook.creator = messages.list.title
  const ws = workbook.addWorksheet(safeSheetName(messages.list.sheetName, new Set()))
  writeTableSheet(ws, {
    title: options.title ?? messages.list.title,
    subtitle: subtitleLine(messages, {
      filters: options.filtersDescription ?? null,
      exportedOn: options.showExportDate === false ? null : exportedOn,
    }),
    columns,
    rows: rows.map((row) => columns.map((c) => row[c.key])),
    messages,
  })
  return {
    fileName: safeFileName(fill(messages.list.fileName, { date: dayText(messages, exportedOn) })),
    bytes: await workbookBytes(workbook),
  }
}

/** Standard list keys from model records, for callers without view rows. */
export function suggestionListRow(
  suggestion: Suggestion,
  extra: { session?: Session | null; messages?: ExportMessages } = {},
): SuggestionListRow {
  const messages = extra.messages ?? exportMessages('zh-CN')
  return {
    session: extra.session?.name ?? null,
    number: suggestion.numberText,
    title: suggestion.title,
    leadDeputy: suggestion.leadDeputy,
    coSigners: coSignersText(suggestion, messages),
    delegation: suggestion.delegation,
    category: suggestion.category,
    receivedOn: suggestion.receivedOn,
    key: suggestion.key,
    tags: suggestion.tags,
  }
}

/** Named co-signers, or `等11名代表` when the list only gave a count. */
export function coSignersText(suggestion: Suggestion, messages: ExportMessages): string | null {
  if (suggestion.coSigners.length) return suggestion.coSigners.join(messages.listSeparator)
  if (suggestion.signerCount !== null) return fill(messages.signerCount, { count: suggestion.signerCount })
  return null
}
