/**
 * CSV files as offices save them: UTF-8 with or without a BOM, GBK from older Excel and WPS (tried when strict
 * UTF-8 fails; the WHATWG `gbk` decoder is GB18030, a superset), or UTF-16 "Unicode text". Comma, tab or
 * semicolon separated, RFC 4180 quoting. Cells stay text: the pure stages read numbers and dates from text.
 */
import type { CellValue, SheetGrid } from '@shared/import/types'
import { ReadFailure, type ReadLimits } from './readErrors'

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // not UTF-8: older Excel and WPS on Chinese Windows save CSV in the ANSI code page, GBK
  }
  try {
    return { text: new TextDecoder('gbk', { fatal: true }).decode(bytes), encoding: 'gbk' }
  } catch (error) {
    throw new ReadFailure({ code: 'unreadable-text', detail: String(error) })
  }
}

function guessDelimiter(text: string): string {
  const firstLines = text.slice(0, 4096).split(/\r?\n/).slice(0, 5).join('\n')
  const counts = [',', '\t', ';'].map((d) => ({ d, n: firstLines.split(d).length - 1 }))
  counts.sort((a, b) => b.n - a.n)
  return counts[0] && counts[0].n > 0 ? counts[0].d : ','
}

/** Parses CSV text into one sheet; stops with `too-many-rows` at the row cap, cuts cells at the length cap. */
export function parseCsv(text: string, name: string, limits: ReadLimits): SheetGrid {
  const delimiter = guessDelimiter(text)
  const cells: CellValue[][] = []
  const oversizeCells: SheetGrid['oversizeCells'] = []
  let row: CellValue[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = () => {
    if (field.length > limits.maxCellLength) {
      oversizeCells.push({ row: cells.length, col: row.length, length: field.length })
      field = field.slice(0, limits.maxCellLength)
    }
    row.push(field === '' ? null : field)
    field = ''
  }
  const endRow = () => {
    endField()
    cells.push(row)
    row = []
    if (cells.length > limits.maxRows) throw new ReadFailure({ code: 'too-many-rows', params: { max: limits.maxRows } })
  }
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === delimiter) endField()
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRow()
    } else field += ch
    i++
  }
  if (field !== '' || row.length > 0) endRow()
  return { name, cells, merges: [], oversizeCells }
}
