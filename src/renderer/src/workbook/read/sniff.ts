/**
 * What a file really is, from its first bytes (never its extension): a zip (maybe .xlsx), an OLE compound file
 * (legacy .xls, WPS .et, or an encrypted .xlsx — Office wraps those in OLE with an `EncryptedPackage` stream),
 * a known non-workbook binary, or text (CSV).
 */
export type FileKind =
  | { kind: 'empty' }
  | { kind: 'zip' }
  | { kind: 'ole'; encrypted: boolean }
  | { kind: 'binary'; what: 'png' | 'jpeg' | 'gif' | 'pdf' | 'rar' | '7z' | 'gzip' | 'unknown' }
  | { kind: 'text' }

const MAGIC: { bytes: number[]; what: 'png' | 'jpeg' | 'gif' | 'pdf' | 'rar' | '7z' | 'gzip' }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'png' },
  { bytes: [0xff, 0xd8, 0xff], what: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'pdf' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'rar' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '7z' },
  { bytes: [0x1f, 0x8b], what: 'gzip' },
]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/** The stream name as OLE directory entries store it: UTF-16LE. */
function utf16le(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0]
  outer: for (
    let i = bytes.indexOf(first ?? 0);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: 'empty' }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' }
  if (startsWith(bytes, OLE)) {
    // Directory entries hold stream names in UTF-16LE; an encrypted OOXML package always has this one.
    return { kind: 'ole', encrypted: contains(bytes, utf16le('EncryptedPackage')) }
  }
  for (const magic of MAGIC) if (startsWith(bytes, magic.bytes)) return { kind: 'binary', what: magic.what }
  const head = bytes.subarray(0, 8192)
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
  if (!utf16 && head.includes(0)) return { kind: 'binary', what: 'unknown' }
  return { kind: 'text' }
}
