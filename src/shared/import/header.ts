/**
 * Finding the list inside a sheet by itself: real lists open with a merged title row and a line like
 * `填报单位：… 日期：…`, and sometimes have two header rows (a merged group header such as 承办单位 above the
 * sub-headers 主办/协办). Each candidate row — alone, or with the row below as sub-headers — is scored by how
 * many distinct fields its labels name; the best wins, two rows winning ties (they explain the group row).
 */
import { matchField, matchHeaderCell } from './mapping'
import { cleanText } from './text'
import type { CellGrid, CellValue, ImportField, MergeRange, SheetGrid } from './types'

export interface HeaderGuess {
  /** 0-based rows of the header, top first. */
  rows: number[]
  labels: string[]
  matches: ({ field: ImportField; rank: number } | null)[]
  score: number
}

/** How far down a title block can reach before the header. */
const SCAN_ROWS = 30
const MIN_SCORE = 2

function mergeAt(merges: MergeRange[], row: number, col: number): MergeRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)
}

/** A header cell's value, reading through merges (a merged group label covers every column under it). */
function headerValue(sheet: SheetGrid, row: number, col: number): string {
  const merge = mergeAt(sheet.merges, row, col)
  const value = merge ? sheet.cells[merge.top]?.[merge.left] : sheet.cells[row]?.[col]
  return cleanText(value ?? null)
}

function width(cells: CellGrid, from: number, to: number): number {
  let max = 0
  for (let r = from; r <= to && r < cells.length; r++) max = Math.max(max, cells[r]?.length ?? 0)
  return max
}

function score(matches: ({ field: ImportField } | null)[]): number {
  return new Set(matches.filter((m) => m !== null).map((m) => m.field)).size
}

function singleRow(sheet: SheetGrid, row: number): HeaderGuess {
  const labels: string[] = []
  for (let c = 0; c < width(sheet.cells, row, row); c++) labels.push(headerValue(sheet, row, c))
  const matches = labels.map((label) => matchField(label))
  return { rows: [row], labels, matches, score: score(matches) }
}

function twoRows(sheet: SheetGrid, row: number): HeaderGuess {
  const labels: string[] = []
  const matches: HeaderGuess['matches'] = []
  for (let c = 0; c < width(sheet.cells, row, row + 1); c++) {
    const group = headerValue(sheet, row, c)
    const sub = cleanText(sheet.cells[row + 1]?.[c] ?? null)
    labels.push(sub === '' ? group : group !== '' && group !== sub ? `${group}/${sub}` : sub)
    matches.push(matchHeaderCell(group, sub))
  }
  return { rows: [row, row + 1], labels, matches, score: score(matches) }
}

function better(a: HeaderGuess | null, b: HeaderGuess): HeaderGuess {
  if (a === null || b.score > a.score) return b
  if (b.score === a.score && b.rows.length > a.rows.length && b.rows[0] === (a.rows[0] ?? 0) - 1) return b
  return a
}

/**
 * The header of a sheet. `lastHeaderRow` (0-based) forces where it ends. Null when no row names at least two
 * fields.
 */
export function detectHeader(sheet: SheetGrid, lastHeaderRow?: number): HeaderGuess | null {
  let best: HeaderGuess | null = null
  if (lastHeaderRow !== undefined) {
    best = singleRow(sheet, lastHeaderRow)
    if (lastHeaderRow > 0) best = better(best, twoRows(sheet, lastHeaderRow - 1))
    return best
  }
  const last = Math.min(sheet.cells.length, SCAN_ROWS)
  for (let r = 0; r < last; r++) {
    best = better(best, singleRow(sheet, r))
    if (r + 1 < sheet.cells.length) best = better(best, twoRows(sheet, r))
  }
  return best && best.score >= MIN_SCORE ? best : null
}

/**
 * The cells with vertical merges filled down their first column (a 主办单位 merged over three rows applies to
 * each of them). Other cells of a merge stay empty.
 */
export function fillMergesDown(sheet: SheetGrid): CellGrid {
  const cells: CellValue[][] = sheet.cells.map((row) => row.slice())
  for (const merge of sheet.merges) {
    const value = cells[merge.top]?.[merge.left] ?? null
    if (value === null) continue
    for (let r = merge.top + 1; r <= merge.bottom && r < cells.length; r++) {
      const row = cells[r]
      if (row && (row[merge.left] ?? null) === null) row[merge.left] = value
    }
  }
  return cells
}

/** Non-blank rows below a header, for choosing the sheet that looks most like a list. */
export function countDataRows(cells: CellGrid, from: number): number {
  let n = 0
  for (let r = from; r < cells.length; r++) if (cells[r]?.some((v) => cleanText(v) !== '')) n++
  return n
}
