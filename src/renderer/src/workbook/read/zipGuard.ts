/**
 * Checks on a zip before exceljs inflates anything: the central directory must be whole (a truncated download
 * loses it), the sum of declared uncompressed sizes must stay under a cap (zip bomb), and each worksheet is
 * inflated as a stream — counting `<row` elements and bytes — and abandoned as soon as it passes the row cap
 * or its declared size, so a million-row sheet or a lying header costs milliseconds, not the whole inflate.
 */
import { ReadFailure, type ReadLimits } from './readErrors'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const ZIP64_MARK = 0xffffffff

function damaged(detail: string): ReadFailure {
  return new ReadFailure({ code: 'damaged', detail })
}

/** The entries of the central directory. Throws `damaged` when it is missing or cut. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw damaged('no end-of-central-directory record (truncated?)')
  const count = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  if (offset === ZIP64_MARK || offset + size > eocd) throw damaged('central directory out of bounds')
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  let p = offset
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw damaged('bad central directory entry')
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    })
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Throws `zip-bomb` when the declared sizes add up to more than the cap (ZIP64 sizes count as over it). */
export function checkDeclaredSizes(entries: ZipEntry[], limits: ReadLimits): void {
  let total = 0
  for (const entry of entries) {
    total += entry.uncompressedSize === ZIP64_MARK ? Infinity : entry.uncompressedSize
  }
  if (total > limits.maxUncompressedBytes) {
    throw new ReadFailure({
      code: 'zip-bomb',
      params: { max: limits.maxUncompressedBytes },
      detail: `declared uncompressed total ${total}`,
    })
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const p = entry.localHeaderOffset
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_SIGNATURE)
    throw damaged(`bad local header: ${entry.name}`)
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw damaged(`entry cut short: ${entry.name}`)
  return bytes.subarray(start, end)
}

const ROW_TAG = /<(?:\w+:)?row[\s>/]/g

/**
 * Inflates one entry as a stream, counting bytes (and rows for worksheets); stops early past a cap.
 * Returns the row count (0 for non-sheets).
 */
async function inspectEntry(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits, isSheet: boolean): Promise<number> {
  const data = entryData(bytes, entry)
  if (entry.method === 0) {
    return isSheet ? countRows(new TextDecoder().decode(data), limits, entry) : 0
  }
  if (entry.method !== 8) throw damaged(`unsupported compression ${entry.method}: ${entry.name}`)
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let inflated = 0
  let rows = 0
  let tail = ''
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      inflated += value.length
      if (inflated > entry.uncompressedSize || inflated > limits.maxUncompressedBytes) {
        throw new ReadFailure({ code: 'zip-bomb', params: { max: limits.maxUncompressedBytes }, detail: entry.name })
      }
      if (isSheet) {
        const text = tail + decoder.decode(value, { stream: true })
        rows += text.match(ROW_TAG)?.length ?? 0
        // Keep a few characters so a tag split across chunks is counted once, in the next chunk.
        const cut = Math.max(0, text.length - 6)
        const kept = text.slice(cut)
        rows -= kept.match(ROW_TAG)?.length ?? 0
        tail = kept
        if (rows > limits.maxRows) throw tooManyRows(limits, entry)
      }
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    if (error instanceof ReadFailure) throw error
    throw damaged(`inflate failed: ${entry.name}: ${String(error)}`)
  }
  if (isSheet) rows += tail.match(ROW_TAG)?.length ?? 0
  if (rows > limits.maxRows) throw tooManyRows(limits, entry)
  return rows
}

function countRows(xml: string, limits: ReadLimits, entry: ZipEntry): number {
  const rows = xml.match(ROW_TAG)?.length ?? 0
  if (rows > limits.maxRows) throw tooManyRows(limits, entry)
  return rows
}

function tooManyRows(limits: ReadLimits, entry: ZipEntry): ReadFailure {
  return new ReadFailure({ code: 'too-many-rows', params: { max: limits.maxRows }, detail: entry.name })
}

/** Is this zip an Office Open XML spreadsheet? */
export function isSpreadsheetPackage(entries: ZipEntry[]): boolean {
  const names = new Set(entries.map((e) => e.name))
  return names.has('[Content_Types].xml') && names.has('xl/workbook.xml')
}

/**
 * All checks before exceljs sees the bytes. Resolves to the total row count over all worksheets; throws a
 * `ReadFailure` otherwise.
 */
export async function guardZip(bytes: Uint8Array, limits: ReadLimits): Promise<{ entries: ZipEntry[]; rows: number }> {
  const entries = readCentralDirectory(bytes)
  checkDeclaredSizes(entries, limits)
  if (!isSpreadsheetPackage(entries)) {
    const ods = entries.some((e) => e.name === 'content.xml')
    throw new ReadFailure({ code: 'not-a-workbook', params: { detected: ods ? 'ods' : 'zip' } })
  }
  let rows = 0
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    rows += await inspectEntry(bytes, entry, limits, /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name))
  }
  return { entries, rows }
}
