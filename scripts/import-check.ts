/**
 * `npm run import:check -- FILE [--sheet NAME] [--header-row N] [--session NAME] [--session-year YYYY] [--json]`
 *
 * Prints what importing FILE would do — sheet, header row, column mapping, accepted rows as normalised records,
 * rejected rows with reasons, warnings — with reasons in Chinese. Writes nothing. Exit code 0 when the file was
 * read (even with rejected rows), 1 when it could not be read, 2 on bad arguments.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ImportIssue, ImportOptions, ImportPreview } from '../src/shared/import/types'
import { previewImportFile } from '../src/renderer/src/workbook/read/importJob'
import zhCN from '../src/renderer/src/i18n/locales/zh-CN/import'

export interface CheckArgs {
  file: string
  options: ImportOptions
  json: boolean
}

export function parseArgs(argv: string[]): CheckArgs | string {
  const options: ImportOptions = {}
  let file: string | null = null
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const next = () => {
      const value = argv[++i]
      if (value === undefined) throw new Error(`${arg} 需要一个值`)
      return value
    }
    try {
      if (arg === '--json') json = true
      else if (arg === '--sheet') options.sheet = next()
      else if (arg === '--session') options.session = next()
      else if (arg === '--header-row') options.headerRow = Number(next())
      else if (arg === '--session-year') options.sessionYear = Number(next())
      else if (arg?.startsWith('--')) return `未知参数：${arg}`
      else if (arg !== undefined) file = arg
    } catch (error) {
      return (error as Error).message
    }
  }
  if (!file) return '用法：npm run import:check -- 文件 [--sheet 工作表] [--header-row 行号] [--session 届次] [--json]'
  return { file, options, json }
}

type Messages = Record<string, string>

/** The Chinese text of an issue, with `{{param}}` filled in. */
export function describe(issue: ImportIssue, kind: 'errors' | 'warnings'): string {
  const table = zhCN[kind] as Messages
  const template = table[issue.code] ?? issue.code
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = issue.params?.[name]
    if (name === 'field' && typeof value === 'string') return (zhCN.fields as Messages)[value] ?? value
    return value === undefined ? '' : String(value)
  })
}

export function formatPreview(preview: ImportPreview): string {
  const fields = zhCN.fields as Messages
  const lines: string[] = []
  lines.push(`工作表：${preview.sheet}（共 ${preview.sheetNames.length} 个：${preview.sheetNames.join('、')}）`)
  for (const issue of preview.fileErrors) lines.push(`错误：${describe(issue, 'errors')}`)
  for (const issue of preview.fileWarnings) lines.push(`提示：${describe(issue, 'warnings')}`)
  if (preview.headerRows.length > 0) lines.push(`表头行：第 ${preview.headerRows.join('、')} 行`)
  const mapped = preview.columns.filter((c) => c.field !== null)
  if (mapped.length > 0) {
    lines.push('列对应：')
    for (const column of mapped) lines.push(`  ${column.label} → ${fields[column.field ?? ''] ?? column.field}`)
  }
  const s = preview.summary
  lines.push(
    `合计：${s.total} 行；可导入 ${s.accepted}（新增 ${s.new}，有变化 ${s.changed}，无变化 ${s.unchanged}，文件内重复 ${s.duplicate}）；不能导入 ${s.rejected}；提示 ${s.warnings} 条`,
  )
  if (s.nothingToChange && preview.fileErrors.length === 0) lines.push('没有需要更改的内容。')
  for (const row of preview.rows) {
    const status = (zhCN.status as Messages)[row.status] ?? row.status
    lines.push(`第 ${row.rowNumber} 行 [${status}]`)
    if (row.record) {
      const r = row.record
      const units = [r.leadUnit, ...r.otherLeadUnits].filter((u) => u !== null).map((u) => u.name ?? u.text)
      lines.push(`  建议号 ${r.number}（原文 ${r.numberText}）  ${r.title}`)
      lines.push(
        `  领衔代表 ${r.leadDeputy}${r.signerCount !== null ? `（共 ${r.signerCount} 名代表）` : ''}` +
          `${r.coSigners.length > 0 ? `  附议 ${r.coSigners.join('、')}` : ''}  日期 ${r.receivedOn ?? '—'}`,
      )
      if (units.length > 0 || r.coUnits.length > 0) {
        lines.push(
          `  主办 ${units.join('、') || '—'}  协办 ${r.coUnits.map((u) => u.name ?? u.text).join('、') || '—'}${r.unitsAndOthers ? ' 等' : ''}`,
        )
      }
    }
    if (row.duplicateOf !== null)
      lines.push(`  原因：${describe({ code: 'duplicate-in-file', params: { row: row.duplicateOf } }, 'errors')}`)
    for (const issue of row.errors) lines.push(`  原因：${describe(issue, 'errors')}`)
    for (const issue of row.warnings) lines.push(`  提示：${describe(issue, 'warnings')}`)
    for (const change of row.changes) {
      lines.push(
        `  变化：${fields[change.field] ?? change.field} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`,
      )
    }
  }
  const skipped = preview.skipped.map((x) => `第 ${x.rowNumber} 行（${(zhCN.skipped as Messages)[x.reason]}）`)
  if (skipped.length > 0) lines.push(`跳过：${skipped.join('、')}`)
  return lines.join('\n')
}

export async function main(argv: string[], out: (text: string) => void = console.log): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    out(args)
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(resolve(args.file)))
  } catch (error) {
    out(`无法打开文件：${(error as Error).message}`)
    return 1
  }
  const result = await previewImportFile(bytes, args.options)
  if (!result.ok) {
    out(args.json ? JSON.stringify({ error: result.error }, null, 2) : `错误：${describe(result.error, 'errors')}`)
    return 1
  }
  out(args.json ? JSON.stringify(result.value, null, 2) : formatPreview(result.value))
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
