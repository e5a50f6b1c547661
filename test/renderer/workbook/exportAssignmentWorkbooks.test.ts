import { describe, expect, it } from 'vitest'
import { exportAssignmentWorkbooks } from '../../../src/renderer/src/workbook/export/assignmentWorkbooks'
import { assignments, education, session, suggestions, transport, unit } from '../../shared/exchange/fixtures'
import { load, openWithLibreOffice } from './exportTestSupport'

const idle = unit('U-IDLE', '市统计局', null, '赵六', '0571-1')
const byUnit = new Map([
  ['U-TRA', assignments.filter((a) => a.unitId === 'U-TRA')],
  ['U-EDU', assignments.filter((a) => a.unitId === 'U-EDU')],
])

describe('exportAssignmentWorkbooks', () => {
  it('writes one workbook per unit with assignments, named after the unit and date', async () => {
    const out = await exportAssignmentWorkbooks([transport, idle, education], byUnit, {
      suggestions,
      sessions: [session],
      exportedOn: '2025-06-10',
    })
    expect(out.files.map((f) => [f.unitId, f.unitName, f.fileName])).toEqual([
      ['U-TRA', '市交通运输局', '交办清单-市交通运输局-2025年6月10日.xlsx'],
      ['U-EDU', '市教育局', '交办清单-市教育局-2025年6月10日.xlsx'],
    ])
    expect(out.combined).toBeNull()
  })

  it('lists number, title, deputies, role, days and the unit contact in the unit workbook', async () => {
    const out = await exportAssignmentWorkbooks([transport], byUnit, {
      suggestions,
      sessions: [session],
      exportedOn: '2025-06-10',
    })
    const ws = (await load(out.files[0]!.bytes)).worksheets[0]!
    expect(ws.name).toBe('交办清单')
    expect(ws.getCell('A1').value).toBe('市交通运输局代表建议交办清单')
    expect(ws.model.merges).toContain('A1:K1')
    expect(ws.getCell('A2').value).toBe('共3件　　导出日期：2025年6月10日')
    expect(ws.getRow(3).values).toEqual([
      undefined,
      '届次',
      '建议号',
      '案由',
      '领衔代表',
      '附议代表',
      '承办方式',
      '交办日期',
      '申请退回截止日期',
      '答复期限',
      '协办意见期限',
      '单位联系人',
    ])
    const first = ws.getRow(4).values as unknown[]
    expect(first.slice(1, 7)).toEqual([
      '市十七届人大四次会议',
      '第0012号',
      '关于优化城区公交线路的建议',
      '樊奇',
      '张伟、刘洋',
      '主办',
    ])
    expect((ws.getCell('G4').value as Date).getTime()).toBe(Date.UTC(2025, 5, 10))
    expect((ws.getCell('H4').value as Date).getTime()).toBe(Date.UTC(2025, 5, 19))
    expect((ws.getCell('I4').value as Date).getTime()).toBe(Date.UTC(2025, 8, 10))
    expect(ws.getCell('J4').value).toBeNull()
    expect(ws.getCell('K4').value).toBe('王敏 0571-88001234')
    expect(ws.getCell('E5').value).toBe('等11名代表')
    expect(ws.getCell('F6').value).toBe('协办')
    expect((ws.getCell('J6').value as Date).getTime()).toBe(Date.UTC(2025, 6, 10))
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(ws.autoFilter).toBe('A3:K6')
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' })
    expect(ws.getColumn(3).width!).toBeGreaterThan(ws.getColumn(2).width!)
  })

  it('writes a combined workbook with a sheet per unit, named by short name when there is one', async () => {
    const out = await exportAssignmentWorkbooks([transport, education, idle], byUnit, {
      suggestions,
      sessions: [session],
      exportedOn: '2025-06-10',
      combined: true,
      perUnit: false,
    })
    expect(out.files).toEqual([])
    expect(out.combined?.fileName).toBe('交办清单-全部单位-2025年6月10日.xlsx')
    const workbook = await load(out.combined!.bytes)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['交通局', '市教育局'])
    expect(workbook.worksheets[1]!.getCell('A1').value).toBe('市教育局代表建议交办清单')
    expect(workbook.worksheets[1]!.getCell('B5').value).toBe('78')
    const csv = openWithLibreOffice(out.combined!.bytes, 'assignments')
    if (csv !== null) expect(csv).toContain('关于优化城区公交线路的建议')
  })

  it('uses English texts when asked', async () => {
    const out = await exportAssignmentWorkbooks(
      [education],
      { 'U-EDU': byUnit.get('U-EDU')! },
      {
        suggestions,
        sessions: [session],
        exportedOn: '2025-06-10',
        language: 'en-US',
      },
    )
    expect(out.files[0]!.fileName).toBe('Assignments-市教育局-2025-06-10.xlsx')
    const ws = (await load(out.files[0]!.bytes)).worksheets[0]!
    expect(ws.getCell('F4').value).toBe('Lead')
    expect(ws.getCell('A2').value).toBe('2 suggestions    Exported on: 2025-06-10')
  })
})
