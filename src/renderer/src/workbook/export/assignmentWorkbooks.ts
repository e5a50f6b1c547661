/**
 * The assignment list per handling unit (交办清单): what each unit was given, its role and its time limits. One
 * workbook per unit for sending out, and optionally one workbook with a sheet per unit for the office's file.
 * Units without assignments get no workbook.
 */
import ExcelJS from 'exceljs'
import type { Workbook } from 'exceljs'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import type { Assignment, DueKind, Id, IsoDate, Session, Suggestion, Unit } from '@shared/domain/model'
import { dayText, exportMessages, fill, localToday } from './exportText'
import type { ExportMessages } from './exportText'
import { coSignersText, subtitleLine } from './suggestionList'
import type { ExportedWorkbook } from './suggestionList'
import type { TableColumn, TableValue } from './tableSheet'
import { writeTableSheet } from './tableSheet'
import { safeFileName, safeSheetName, workbookBytes } from './workbookCells'

export interface UnitWorkbookFile extends ExportedWorkbook {
  unitId: Id
  unitName: string
}

export interface AssignmentWorkbooksOptions {
  suggestions: readonly Suggestion[]
  sessions: readonly Session[]
  language?: UiLanguage
  exportedOn?: IsoDate
  /** One workbook per unit (default true). */
  perUnit?: boolean
  /** Also one workbook with a sheet per unit (default false). */
  combined?: boolean
}

export interface AssignmentWorkbooks {
  files: UnitWorkbookFile[]
  combined: ExportedWorkbook | null
}

export type AssignmentsByUnit = ReadonlyMap<Id, readonly Assignment[]> | Readonly<Record<Id, readonly Assignment[]>>

const COLUMN_KINDS = [
  ['session', 'text'],
  ['number', 'text'],
  ['title', 'longText'],
  ['leadDeputy', 'text'],
  ['coSigners', 'text'],
  ['role', 'text'],
  ['assignedOn', 'date'],
  ['returnLimit', 'date'],
  ['replyDue', 'date'],
  ['coOpinionDue', 'date'],
  ['unitContact', 'text'],
] as const

function assignmentColumns(messages: ExportMessages): TableColumn[] {
  return COLUMN_KINDS.map(([key, kind]) => ({ key, header: messages.columns[key], kind }))
}

function due(assignment: Assignment, kind: DueKind): IsoDate | null {
  return assignment.dueDates.find((d) => d.kind === kind)?.date ?? null
}

function contactText(assignment: Assignment, unit: Unit): string | null {
  const name = assignment.people.handler ?? unit.contacts.contact
  const phone = assignment.people.handler ? assignment.people.phone : unit.contacts.phone
  const text = [name, phone].filter((v): v is string => !!v && v.trim() !== '').join(' ')
  return text === '' ? null : text
}

function listOf(byUnit: AssignmentsByUnit, unitId: Id): readonly Assignment[] {
  if (byUnit instanceof Map) return byUnit.get(unitId) ?? []
  return (byUnit as Readonly<Record<Id, readonly Assignment[]>>)[unitId] ?? []
}

interface Lookup {
  suggestions: Map<Id, Suggestion>
  sessions: Map<Id, Session>
}

function unitRows(
  unit: Unit,
  assignments: readonly Assignment[],
  lookup: Lookup,
  messages: ExportMessages,
): TableValue[][] {
  const lines = assignments
    .map((a) => ({ a, s: lookup.suggestions.get(a.suggestionId) }))
    .filter((x): x is { a: Assignment; s: Suggestion } => x.s !== undefined)
  lines.sort((x, y) => {
    const ox = lookup.sessions.get(x.s.sessionId)?.order ?? 0
    const oy = lookup.sessions.get(y.s.sessionId)?.order ?? 0
    return ox - oy || x.s.numberSort - y.s.numberSort
  })
  return lines.map(({ a, s }) => [
    lookup.sessions.get(s.sessionId)?.name ?? null,
    s.numberText,
    s.title,
    s.leadDeputy,
    coSignersText(s, messages),
    messages.roles[a.role],
    a.assignedOn,
    due(a, 'return-limit'),
    due(a, 'rehandling-reply') ?? due(a, 'reply'),
    a.role === 'co' ? due(a, 'co-opinion') : null,
    contactText(a, unit),
  ])
}

function addUnitSheet(
  workbook: Workbook,
  taken: Set<string>,
  sheetName: string,
  title: string,
  rows: TableValue[][],
  messages: ExportMessages,
  exportedOn: IsoDate,
): void {
  const ws = workbook.addWorksheet(safeSheetName(sheetName, taken))
  writeTableSheet(ws, {
    title,
    subtitle: subtitleLine(messages, { count: rows.length, exportedOn }),
    columns: assignmentColumns(messages),
    rows,
    messages,
  })
}

/** Writes the assignment lists of `units` (in the order given). */
export async function exportAssignmentWorkbooks(
  units: readonly Unit[],
  assignmentsByUnit: AssignmentsByUnit,
  options: AssignmentWorkbooksOptions,
): Promise<AssignmentWorkbooks> {
  const messages = exportMessages(options.language)
  const exportedOn = options.exportedOn ?? localToday()
  const date = dayText(messages, exportedOn)
  const lookup: Lookup = {
    suggestions: new Map(options.suggestions.map((s) => [s.id, s])),
    sessions: new Map(options.sessions.map((s) => [s.id, s])),
  }
  const unitTitle = (unit: Unit): string => fill(messages.assignment.title, { unit: unit.name })
  const perUnit = units
    .map((unit) => ({ unit, rows: unitRows(unit, listOf(assignmentsByUnit, unit.id), lookup, messages) }))
    .filter((u) => u.rows.length > 0)

  const files: UnitWorkbookFile[] = []
  if (options.perUnit !== false) {
    for (const { unit, rows } of perUnit) {
      const workbook = new ExcelJS.Workbook()
      addUnitSheet(workbook, new Set(), messages.assignment.sheetName, unitTitle(unit), rows, messages, exportedOn)
      files.push({
        unitId: unit.id,
        unitName: unit.name,
        fileName: safeFileName(fill(messages.assignment.fileName, { unit: unit.name, date })),
        bytes: await workbookBytes(workbook),
      })
    }
  }

  let combined: ExportedWorkbook | null = null
  if (options.combined) {
    const workbook = new ExcelJS.Workbook()
    const taken = new Set<string>()
    for (const { unit, rows } of perUnit) {
      addUnitSheet(workbook, taken, unit.shortNames[0] ?? unit.name, unitTitle(unit), rows, messages, exportedOn)
    }
    if (perUnit.length === 0) {
      const title = messages.assignment.combinedTitle
      addUnitSheet(workbook, taken, messages.assignment.sheetName, title, [], messages, exportedOn)
    }
    combined = {
      fileName: safeFileName(fill(messages.assignment.combinedFileName, { date })),
      bytes: await workbookBytes(workbook),
    }
  }
  return { files, combined }
}
