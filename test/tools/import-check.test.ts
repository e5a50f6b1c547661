import { beforeAll, describe, expect, it } from 'vitest'
import { ensureFixtures, fixturePath } from '../../scripts/make-fixtures'
import { main, parseArgs } from '../../scripts/import-check'

beforeAll(async () => {
  await ensureFixtures()
}, 60_000)

async function run(...argv: string[]): Promise<{ code: number; text: string }> {
  const out: string[] = []
  const code = await main(argv, (t) => out.push(t))
  return { code, text: out.join('\n') }
}

describe('npm run import:check', () => {
  it('prints sheet, header rows, mapping, records, reasons and warnings in Chinese', async () => {
    const { code, text } = await run(fixturePath('messy.xlsx'))
    expect(code).toBe(0)
    const lines = text.split('\n')
    expect(lines.slice(0, 3)).toEqual(['工作表：Sheet1（共 2 个：Sheet1、统计）', '表头行：第 3、4 行', '列对应：'])
    expect(lines).toContain('  承办单位/主办 → 主办单位')
    expect(lines).toContain('  建议号 123（原文 第0123号）  关于加强老旧小区改造的建议')
    expect(lines).toContain('  领衔代表 王某（共 11 名代表）  日期 2025-01-15')
    expect(lines).toContain('  原因：日期“2025-02-30”无法识别，或不是有效日期。')
    expect(lines).toContain('  原因：与第 6 行建议号重复。')
    expect(lines).toContain('跳过：第 8 行（空行）、第 13 行（合计行）')
  })

  it('chooses a sheet by name and prints JSON with --json', async () => {
    const { code, text } = await run(fixturePath('clean.xlsx'), '--sheet', '建议清单', '--json', '--session', 'S4')
    expect(code).toBe(0)
    const preview = JSON.parse(text)
    expect([preview.sheet, preview.summary.new, preview.rows[1].record.title, preview.rows[1].record.session]).toEqual([
      '建议清单',
      5,
      '关于优化公交线路的建议',
      'S4',
    ])
  })

  it('explains an unreadable file in Chinese and exits 1', async () => {
    expect(await run(fixturePath('legacy.xls'))).toEqual({
      code: 1,
      text: '错误：这是旧版 Excel（.xls）或 WPS 表格（.et）文件，无法直接导入。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入。',
    })
    expect((await run(fixturePath('legacy.xls'), '--json')).text).toBe(
      '{\n  "error": {\n    "code": "legacy-format"\n  }\n}',
    )
  })

  it('rejects bad arguments with usage and exit 2', () => {
    expect(parseArgs([])).toBe(
      '用法：npm run import:check -- 文件 [--sheet 工作表] [--header-row 行号] [--session 届次] [--json]',
    )
    expect(parseArgs(['a.xlsx', '--bogus'])).toBe('未知参数：--bogus')
    expect(parseArgs(['a.xlsx', '--sheet'])).toBe('--sheet 需要一个值')
  })
})
