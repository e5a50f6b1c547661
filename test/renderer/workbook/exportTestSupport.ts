/** Helpers for the export tests: load bytes back with exceljs, check the zip, and open with LibreOffice if present. */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0])
  return workbook
}

/** Every part of the zip, as text, for checks on the raw XML. */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name)
    if (file) parts.set(name, await file.async('string'))
  }
  return parts
}

/** Characters XML 1.0 forbids. */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function libreOffice(): string | null {
  for (const name of ['libreoffice', 'soffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim()
  }
  return null
}

/**
 * Converts the workbook to CSV with LibreOffice when it is installed and returns the CSV text; returns null
 * after printing why when it is not (it is not installed on purpose).
 */
export function openWithLibreOffice(bytes: Uint8Array, name: string): string | null {
  const binary = libreOffice()
  if (!binary) {
    console.log(`skipped LibreOffice check for ${name}: libreoffice is not installed on this machine`)
    return null
  }
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'))
  const file = join(dir, `${name}.xlsx`)
  writeFileSync(file, bytes)
  execFileSync(binary, ['--headless', '--convert-to', 'csv', '--outdir', dir, file], { timeout: 120000 })
  const csv = readdirSync(dir).find((f) => f.endsWith('.csv'))
  if (!csv) throw new Error(`LibreOffice did not convert ${name}`)
  return readFileSync(join(dir, csv), 'utf8')
}
