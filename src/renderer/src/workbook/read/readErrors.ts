/**
 * Coded failures of reading a file into cell grids. The UI translates `import.errors.<code>`; `detail` is for
 * logs only. Each hostile or unsupported file ends here with a clean code, never an exception.
 */
export type ReadErrorCode =
  | 'empty-file'
  | 'too-large' // bytes over the byte cap
  | 'legacy-format' // OLE compound file: .xls or WPS .et
  | 'encrypted' // password-protected .xlsx (an OLE file with an EncryptedPackage stream)
  | 'not-a-workbook' // a picture, PDF, other zip or binary
  | 'damaged' // truncated or corrupt zip / workbook
  | 'zip-bomb' // declared or actual uncompressed size over the cap
  | 'too-many-rows' // a sheet over the row cap
  | 'unreadable-text' // CSV in an encoding we cannot decode
  | 'cancelled'

export interface ReadError {
  code: ReadErrorCode
  params?: Record<string, string | number>
  detail?: string
}

export interface ReadLimits {
  maxBytes: number
  maxRows: number
  maxCellLength: number
  maxUncompressedBytes: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxRows: 200_000,
  maxCellLength: 32_767,
  maxUncompressedBytes: 512 * 1024 * 1024,
}

export class ReadFailure extends Error {
  constructor(readonly error: ReadError) {
    super(`${error.code}${error.detail ? `: ${error.detail}` : ''}`)
  }
}
