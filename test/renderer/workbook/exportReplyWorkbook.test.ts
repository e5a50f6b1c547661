import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readReplyWorkbook } from '../../../src/renderer/src/workbook/export/readReplyWorkbook'
import { exportReplyWorkbook } from '../../../src/renderer/src/workbook/export/replyWorkbook'
import { previewReplyWorkbook } from '../../../src/shared/exchange/replyWorkbook'
import {
  assignments,
  resultClasses,
  session,
  storedReply,
  suggestions,
  transport,
  units,
} from '../../shared/exchange/fixtures'
import { load, openWithLibreOffice } from './exportTestSupport'

async function replyWorkbook() {
  return exportReplyWorkbook(transport, assignments, {
    suggestions,
    sessions: [session],
    replies: [storedReply],
    resultClasses,
    exportedOn: '2025-06-10',
  })
}

/** What exceljs 4.4 keeps of data validations after reading (not in its typings). */
type Validations = { find(address: string): { type: string; formulae: unknown[]; errorStyle?: string } | undefined }

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('exportReplyWorkbook', () => {
  it('lists the unit’s live assignments with key, fill-in and hidden id columns', async () => {
    const out = await replyWorkbook()
    expect(out.fileName).toBe('答复情况表-市交通运输局-2025年6月10日.xlsx')
    const workbook = await load(out.bytes)
    const ws = workbook.getWorksheet('答复情况')!
    expect(ws.getCell('A1').value).toBe('市交通运输局代表建议答复情况表')
    expect(ws.model.merges).toContain('A1:K1')
    expect(ws.getRow(3).values).toEqual([
      undefined,
      '届次',
      '建议号',
      '案由',
      '承办单位',
      '答复日期',
      '办理结果分类',
      '发文字号',
      '签发人',
      '联系人',
      '联系电话',
      '答复内容',
      '届次编号',
      '建议编号',
      '交办编号',
    ])
    expect([4, 5, 6].map((r) => [ws.getCell(`B${r}`).value, ws.getCell(`N${r}`).value])).toEqual([
      ['第0012号', 'ASG1'],
      ['0034', 'ASG2'],
      ['78', 'ASG3'],
    ])
    expect(['L', 'M', 'N'].map((c) => ws.getColumn(c).hidden)).toEqual([true, true, true])
    expect(ws.getColumn('K').hidden).toBe(false)
    // The stored reply of ASG2 is pre-filled.
    expect((ws.getCell('E5').value as Date).getTime()).toBe(Date.UTC(2025, 5, 21))
    expect(ws.getCell('F5').value).toBe('A')
    expect(ws.getCell('E5').numFmt).toBe('yyyy"年"m"月"d"日"')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' })
  })

  it('protects the sheet, locks the key columns and unlocks the fill-in cells', async () => {
    const ws = (await load((await replyWorkbook()).bytes)).getWorksheet('答复情况')!
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection
    expect(protection).toMatchObject({ sheet: true, autoFilter: true, sort: true, formatColumns: true })
    // Selecting cells stays allowed (OOXML stores only the prohibitions).
    expect(protection.selectUnlockedCells).toBeUndefined()
    expect(protection.selectLockedCells).toBeUndefined()
    for (const address of ['A4', 'B4', 'C4', 'D4', 'N4'])
      expect(ws.getCell(address).protection?.locked, address).not.toBe(false)
    for (const address of ['E4', 'F4', 'G4', 'H4', 'I4', 'J4', 'K4', 'K6']) {
      expect(ws.getCell(address).protection?.locked, address).toBe(false)
    }
    expect(ws.getColumn('E').style.protection?.locked).toBe(false)
    expect(ws.getColumn('J').numFmt).toBe('@')
  })

  it('offers the configured classes as a drop-down and checks the reply date', async () => {
    const ws = (await load((await replyWorkbook()).bytes)).getWorksheet('答复情况')!
    const validations = (ws as unknown as { dataValidations: Validations }).dataValidations
    expect(validations.find('F4')).toMatchObject({ type: 'list', formulae: ['"A,B,C,D"'], errorStyle: 'stop' })
    expect(validations.find('F6')).toMatchObject({ type: 'list' })
    expect(validations.find('F7')).toBeUndefined()
    const date = validations.find('E5')!
    expect(date.type).toBe('date')
    expect((date.formulae[0] as Date).getTime()).toBe(Date.UTC(2000, 0, 1))
  })

  it('carries format, unit and field order in a hidden metadata sheet', async () => {
    const meta = (await load((await replyWorkbook()).bytes)).getWorksheet('_meta')!
    expect(meta.state).toBe('hidden')
    expect(meta.getCell('B1').value).toBe('daibiao-jianyi/reply-workbook')
    expect(meta.getCell('B3').value).toBe('U-TRA')
    expect(meta.getCell('B6').value).toBe(3)
  })

  it('round-trips: filled in with exceljs, re-sorted, read back and previewed as new replies and diffs', async () => {
    const workbook = await load((await replyWorkbook()).bytes)
    const ws = workbook.getWorksheet('答复情况')!
    // The unit sorts the rows: swap row 4 (ASG1) and row 6 (ASG3), every column including the hidden ids.
    const row4 = (ws.getRow(4).values as ExcelJS.CellValue[]).slice(1)
    const row6 = (ws.getRow(6).values as ExcelJS.CellValue[]).slice(1)
    row6.forEach((v, i) => (ws.getCell(4, i + 1).value = v ?? null))
    row4.forEach((v, i) => (ws.getCell(6, i + 1).value = v ?? null))
    // ASG1 (now row 6): a new reply.
    ws.getCell('E6').value = new Date(Date.UTC(2025, 6, 1))
    ws.getCell('F6').value = 'B'
    ws.getCell('G6').value = 'X交复〔2025〕7号'
    ws.getCell('H6').value = '陈刚'
    ws.getCell('I6').value = '王敏'
    ws.getCell('J6').value = 13800000000
    ws.getCell('K6').value = { richText: [{ text: '已列入' }, { text: '2026年计划。' }] }
    // ASG2 (row 5): the class and document number corrected.
    ws.getCell('F5').value = 'B'
    ws.getCell('G5').value = 'X交复〔2025〕3号之一'
    // ASG3 (now row 4): left as exported (blank).

    const read = await readReplyWorkbook(await bytesOf(workbook))
    if (!read.ok) throw new Error(read.error.code)
    expect(read.value.meta).toMatchObject({
      unitId: 'U-TRA',
      unitName: '市交通运输局',
      exportedOn: '2025-06-10',
      headerRow: 3,
    })
    expect(read.value.rows.find((r) => r.rowNumber === 6)!.cells).toEqual({
      session: '市十七届人大四次会议',
      number: '第0012号',
      title: '关于优化城区公交线路的建议',
      unit: '市交通运输局',
      replyDate: '2025-07-01',
      resultClass: 'B',
      documentNumber: 'X交复〔2025〕7号',
      signer: '陈刚',
      contactName: '王敏',
      contactPhone: '13800000000',
      body: '已列入2026年计划。',
      sessionId: 'SES1',
      suggestionId: 'SUG1',
      assignmentId: 'ASG1',
    })

    const preview = previewReplyWorkbook(read.value.rows, {
      sessions: [session],
      suggestions,
      units,
      assignments,
      replies: [storedReply],
      resultClasses,
      unitId: read.value.meta!.unitId,
    })
    expect(preview.counts).toEqual({ blank: 1, unchanged: 0, new: 1, changed: 1, error: 0 })
    expect(preview.rows.map((r) => [r.rowNumber, r.status, r.target?.assignmentId])).toEqual([
      [4, 'blank', 'ASG3'],
      [5, 'changed', 'ASG2'],
      [6, 'new', 'ASG1'],
    ])
    expect(preview.rows[1]!.changes).toEqual([
      { field: 'resultClass', before: 'A', after: 'B' },
      { field: 'documentNumber', before: 'X交复〔2025〕3号', after: 'X交复〔2025〕3号之一' },
    ])
    expect(preview.rows[2]!.values).toEqual({
      sentOn: '2025-07-01',
      resultClass: 'B',
      documentNumber: 'X交复〔2025〕7号',
      signer: '陈刚',
      contactName: '王敏',
      contactPhone: '13800000000',
      body: '已列入2026年计划。',
    })
  })

  it('reads a copy without metadata by its header titles, and text dates and serials in the date column', async () => {
    const workbook = new ExcelJS.Workbook()
    const ws = workbook.addWorksheet('Sheet1')
    ws.addRow(['建议号', '届次', '承办单位', '答复日期', '办理结果分类'])
    ws.addRow(['12', '市十七届人大四次会议', '市交通运输局', '2025年7月1日', 'a'])
    ws.addRow([])
    ws.addRow(['0034', '市十七届人大四次会议', '市交通运输局', 45839, 'A'])
    const read = await readReplyWorkbook(await bytesOf(workbook))
    if (!read.ok) throw new Error(read.error.code)
    expect(read.value.meta).toBeNull()
    expect(read.value.rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          number: '12',
          session: '市十七届人大四次会议',
          unit: '市交通运输局',
          replyDate: '2025年7月1日',
          resultClass: 'a',
        },
      },
      {
        rowNumber: 4,
        cells: {
          number: '0034',
          session: '市十七届人大四次会议',
          unit: '市交通运输局',
          replyDate: '2025-07-01',
          resultClass: 'A',
        },
      },
    ])
    const preview = previewReplyWorkbook(read.value.rows, {
      sessions: [session],
      suggestions,
      units,
      assignments,
      replies: [storedReply],
      resultClasses,
    })
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'changed'])
    expect(preview.rows[1]!.changes).toEqual([{ field: 'sentOn', before: '2025-06-21', after: '2025-07-01' }])
  })

  it('refuses bytes that are not a workbook and workbooks without a reply sheet', async () => {
    const bad = await readReplyWorkbook(new TextEncoder().encode('not a zip'))
    expect(bad.ok ? null : bad.error.code).toBe('not-a-workbook')
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Sheet1').addRow(['姓名', '电话'])
    const none = await readReplyWorkbook(await bytesOf(workbook))
    expect(none.ok ? null : none.error.code).toBe('no-reply-sheet')
  })

  it('opens in LibreOffice when it is installed', async () => {
    const csv = openWithLibreOffice((await replyWorkbook()).bytes, 'reply')
    if (csv !== null) expect(csv).toContain('第0012号')
  })
})
