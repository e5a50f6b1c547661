/**
 * Shapes of the import pipeline: a workbook read into plain cell grids (stage 1, done by the renderer's reader),
 * then sheet and header detection, column mapping, row normalisation and the preview (stages 2–5, pure).
 *
 * Everything here is plain JSON so it can cross a Web Worker boundary and be saved (mapping templates).
 * Errors and warnings are codes with params; the UI translates `import.errors.<code>` / `import.warnings.<code>`.
 */
import type { IsoDate } from '../domain/model'

/** One cell as read: text, number, boolean, a day (`YYYY-MM-DD` string) or empty. */
export type CellValue = string | number | boolean | null

/** Rows of cells; row 0 is the sheet's first row. Rows may have different lengths. */
export type CellGrid = CellValue[][]

/** A merged range, 0-based inclusive. Only the top-left cell holds the value in `cells`. */
export interface MergeRange {
  top: number
  left: number
  bottom: number
  right: number
}

/** A cell longer than the cell length cap: its value in `cells` is cut to the cap. */
export interface OversizeCell {
  row: number
  col: number
  length: number
}

export interface SheetGrid {
  name: string
  cells: CellGrid
  merges: MergeRange[]
  oversizeCells: OversizeCell[]
}

export type WorkbookFormat = 'xlsx' | 'csv'

export interface WorkbookGrid {
  format: WorkbookFormat
  /** For CSV: the text encoding that decoded it ('utf-8', 'utf-8-bom', 'gbk', 'utf-16le'). */
  encoding: string | null
  sheets: SheetGrid[]
}

/** The fields a column can be mapped to; close to `Suggestion` in model.ts plus the units. */
export const IMPORT_FIELDS = [
  'number',
  'title',
  'leadDeputy',
  'coSigners',
  'delegation',
  'category',
  'leadUnit',
  'coUnits',
  'content',
  'receivedOn',
  'session',
  'public',
  'key',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/**
 * Manual column choice per field: a header label as shown in the preview (`'建议号'`, or `'承办单位/主办'` for
 * a two-row header), a 0-based column index, or null for "do not import this field".
 */
export type ColumnMapping = Partial<Record<ImportField, string | number | null>>

/** A saved mapping (plain JSON the store keeps), applied with `options.mapping = template.mapping`. */
export interface MappingTemplate {
  version: 1
  name: string
  mapping: ColumnMapping
}

/** One handling unit as the directory knows it (from `Unit` in model.ts). */
export interface UnitDirectoryEntry {
  id: string
  name: string
  shortNames: string[]
  aliases: string[]
}

export interface UnitRef {
  /** As written in the file (cleaned of spaces). */
  text: string
  /** The directory unit it resolved to, or null when unknown. */
  unitId: string | null
  /** The directory unit's official name when resolved. */
  name: string | null
  /** For unknown units: closest directory names, best first (at most 3). */
  candidates: string[]
}

/** A row as it will be stored. */
export interface NormalisedSuggestionRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  rowNumber: number
  /** Session name from the 届次 column, or `options.session`; null when neither. */
  session: string | null
  numberText: string
  number: string
  numberSort: number
  title: string
  content: string
  leadDeputy: string
  coSigners: string[]
  /** From `王某等11名代表`: 11 (all signers, lead included); null when not stated. */
  signerCount: number | null
  delegation: string | null
  category: string | null
  receivedOn: IsoDate | null
  /** 是否公开; null when the file does not say. */
  public: boolean | null
  key: boolean
  leadUnit: UnitRef | null
  /** Further units written in the lead-unit cell (several lead units), in order. */
  otherLeadUnits: UnitRef[]
  coUnits: UnitRef[]
  /** The unit list ended with 等 (more units than named). */
  unitsAndOthers: boolean
}

export interface ImportIssue {
  code: string
  params?: Record<string, string | number>
}

/** Fields compared against an existing record; `ExistingSuggestion` carries any subset of them. */
export type ComparableField = Exclude<keyof NormalisedSuggestionRow, 'rowNumber' | 'session' | 'numberText'>

export interface ExistingSuggestion {
  id: string
  session: string | null
  /** Normalised number (as `Suggestion.number`). */
  number: string
  /** Any fields to compare; absent ones are not compared. */
  fields?: Partial<Pick<NormalisedSuggestionRow, ComparableField>>
}

export interface FieldChange {
  field: ComparableField
  before: unknown
  after: unknown
}

export type RowStatus = 'new' | 'exists-unchanged' | 'exists-changed' | 'duplicate' | 'rejected'

export interface PreviewRow {
  rowNumber: number
  status: RowStatus
  /** Present unless rejected. */
  record: NormalisedSuggestionRow | null
  errors: ImportIssue[]
  warnings: ImportIssue[]
  /** For `exists-*`: the existing record's id and the changes this row would make. */
  existingId: string | null
  changes: FieldChange[]
  /** For `duplicate`: the row number of the first row with the same session and number. */
  duplicateOf: number | null
}

export interface HeaderColumn {
  index: number
  /** The label as read; for two header rows `group/sub`. */
  label: string
  field: ImportField | null
}

export interface ImportPreview {
  sheet: string
  sheetNames: string[]
  /** 1-based row numbers of the header (one, or two for a group header above sub-headers). */
  headerRows: number[]
  columns: HeaderColumn[]
  mapping: Partial<Record<ImportField, number>>
  /** File-level problems (no header found, required column missing…). When non-empty, `rows` is empty. */
  fileErrors: ImportIssue[]
  /** File-level remarks, e.g. `no-date-column` (every row will need a received date). */
  fileWarnings: ImportIssue[]
  rows: PreviewRow[]
  /** Same session+number more than once in the file. */
  duplicates: { key: string; rows: number[] }[]
  skipped: { rowNumber: number; reason: 'blank' | 'totals' }[]
  summary: {
    total: number
    accepted: number
    rejected: number
    new: number
    changed: number
    unchanged: number
    duplicate: number
    warnings: number
    /** True when committing would write nothing (e.g. the same file imported again). */
    nothingToChange: boolean
  }
}

export interface ImportOptions {
  /** Sheet name; default: the sheet that looks most like a list. */
  sheet?: string
  /** 1-based header row (the last one when there are two); default: detected. */
  headerRow?: number
  mapping?: ColumnMapping
  /** Session name for rows without a 届次 column. */
  session?: string
  directory?: UnitDirectoryEntry[]
  existing?: ExistingSuggestion[]
  /** Year of the session: a bare number starting with it loses it (`2017546` → `546`), as in the domain. */
  sessionYear?: number
}

export interface ImportProgress {
  phase: 'reading' | 'normalising'
  done: number
  total: number
}
