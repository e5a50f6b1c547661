import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportMessages } from '../../../src/renderer/src/workbook/export/exportText'
import { toCellValue, writeTableSheet } from '../../../src/renderer/src/workbook/export/tableSheet'
import { exportSuggestionList, suggestionListRow } from '../../../src/renderer/src/workbook/export/suggestionList'
import { displayWidth, safeFileName, safeSheetName } from '../../../src/renderer/src/workbook/export/workbookCells'
import { session, suggestions } from '../../shared/exchange/fixtures'
import { FORBIDDEN_XML, load, openWithLibreOffice, zipParts } from './exportTestSupport'

const rows = [
  {
    number: '第0012号',
    title: '关于优化城区公交线路\u0007的建议',
    leadDeputy: '樊奇',
    receivedOn: '2025-06-10',
    key: true,
    score: '85',
  },
  {
    number: '0034',
    title: '关于加快建设城市慢行系统、完善非机动车道和人行道网络，提升市民绿色出行体验的建议',
    leadDeputy: '张伟',
    receivedOn: '2025-06-11',
    key: false,
    score: 92.5,
  },
]
const columns = [
  'number',
  'title',
  'leadDeputy',
  'receivedOn',
  'key',
  { key: 'score', header: '得分', kind: 'number' },
] as const

async function listWorkbook(language: 'zh-CN' | 'en-US' = 'zh-CN') {
  const result = await exportSuggestionList(rows, {
    columns,
    filtersDescription: '分类：城乡建设',
    language,
    exportedOn: '2025-06-10',
  })
  const workbook = await load(result.bytes)
  return { result, workbook, ws: workbook.worksheets[0]! }
}

describe('exportSuggestionList', () => {
  it('writes a merged, bold, larger title row and the filter and date line', async () => {
    const { ws } = await listWorkbook()
    expect(ws.name).toBe('建议清单')
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:F1', 'A2:F2']))
    expect(ws.getCell('A1').value).toBe('代表建议清单')
    expect(ws.getCell('A1').font.bold).toBe(true)
    expect(ws.getCell('A1').font.size).toBe(16)
    expect(ws.getCell('A2').value).toBe('筛选条件：分类：城乡建设　　导出日期：2025年6月10日')
  })

  it('freezes the header row and puts the auto-filter on it', async () => {
    const { ws } = await listWorkbook()
    expect(ws.getRow(3).values).toEqual([undefined, '建议号', '案由', '领衔代表', '收到日期', '重点建议', '得分'])
    expect(ws.getCell('A3').font.bold).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' })
    expect(ws.autoFilter).toBe('A3:F5')
  })

  it('sizes columns by content with CJK counted double and makes the title column widest', async () => {
    const { ws } = await listWorkbook()
    const widths = ws.columns.map((c) => c.width ?? 0)
    expect(widths.every((w) => w > 0)).toBe(true)
    expect(widths[1]).toBe(60)
    expect(widths[0]).toBe(10)
    expect(widths[1]!).toBeGreaterThan(widths[0]!)
    expect(displayWidth('关于ab')).toBe(6)
    expect(displayWidth('第一行\n长一些的第二行')).toBe(14)
  })

  it('wraps text and writes days as real dates at UTC midnight and numbers as numbers', async () => {
    const { ws } = await listWorkbook()
    expect(ws.getCell('B5').alignment.wrapText).toBe(true)
    const date = ws.getCell('D4').value
    expect(date).toBeInstanceOf(Date)
    expect((date as Date).getTime()).toBe(Date.UTC(2025, 5, 10))
    expect(ws.getCell('D4').numFmt).toBe('yyyy"年"m"月"d"日"')
    expect(ws.getCell('E4').value).toBe('是')
    expect(ws.getCell('E5').value).toBe('否')
    expect(ws.getCell('F4').value).toBe(85)
    expect(ws.getCell('F5').value).toBe(92.5)
    expect(ws.getCell('B4').value).toBe('关于优化城区公交线路的建议')
  })

  it('prints on A4 landscape, fit to the page width, with the header row on every page', async () => {
    const { ws } = await listWorkbook()
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    })
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页')
  })

  it('writes English headers, ISO day format and an English file name when asked', async () => {
    const { ws, result } = await listWorkbook('en-US')
    expect(ws.getCell('A1').value).toBe("Deputies' suggestions")
    expect(ws.getCell('B3').value).toBe('Title')
    expect(ws.getCell('D4').numFmt).toBe('yyyy-mm-dd')
    expect(result.fileName).toBe('Suggestions-2025-06-10.xlsx')
  })

  it('produces a valid zip with no XML-forbidden characters, named by the export date', async () => {
    const { result } = await listWorkbook()
    expect(result.fileName).toBe('代表建议清单-2025年6月10日.xlsx')
    expect(Array.from(result.bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04])
    const parts = await zipParts(result.bytes)
    expect(parts.has('[Content_Types].xml')).toBe(true)
    expect(parts.has('xl/worksheets/sheet1.xml')).toBe(true)
    for (const [name, xml] of parts) expect(FORBIDDEN_XML.test(xml), name).toBe(false)
  })

  it('opens in LibreOffice when it is installed', async () => {
    const { result } = await listWorkbook()
    const csv = openWithLibreOffice(result.bytes, 'list')
    if (csv !== null) expect(csv).toContain('关于优化城区公交线路的建议')
  })

  it('leaves the subtitle out when there are no filters and no date, and starts the header on row 2', async () => {
    const result = await exportSuggestionList(rows, {
      columns: ['number'],
      showExportDate: false,
      exportedOn: '2025-06-10',
    })
    const ws = (await load(result.bytes)).worksheets[0]!
    expect(ws.getCell('A2').value).toBe('建议号')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(ws.pageSetup.printTitlesRow).toBe('2:2')
  })

  it('builds standard list rows from model records', () => {
    const row = suggestionListRow(suggestions[1]!, { session })
    expect(row).toMatchObject({ session: '市十七届人大四次会议', number: '0034', coSigners: '等11名代表', key: false })
  })
})

describe('writeTableSheet', () => {
  it('gives every data cell of a column the column’s own style object, so exceljs serialises it once', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('s')
    const layout = writeTableSheet(ws, {
      title: '标题',
      subtitle: null,
      columns: [
        { key: 'a', header: '甲', kind: 'text' },
        { key: 'd', header: '日期', kind: 'date' },
      ],
      rows: [
        ['x', '2025-06-10'],
        [null, new Date(Date.UTC(2025, 5, 11))],
      ],
      messages: exportMessages('zh-CN'),
    })
    expect(layout).toEqual({ headerRow: 2, firstDataRow: 3, lastDataRow: 4 })
    expect(ws.getCell('A3').style).toBe(ws.getCell('A4').style)
    expect(ws.getCell('B3').style).toBe(ws.getCell('B4').style)
    expect(ws.getCell('A3').style).not.toBe(ws.getCell('B3').style)
    expect(ws.getCell('A2').style).not.toBe(ws.getCell('A3').style)
  })

  it('writes a Date given for a text column as its day, never as a bare serial number', () => {
    expect(toCellValue(new Date(Date.UTC(2025, 5, 10)), 'text', exportMessages('zh-CN'))).toBe('2025-06-10')
  })
})

describe('sheet and file names', () => {
  it('makes sheet names legal for Excel and WPS and unique', () => {
    const taken = new Set<string>()
    expect(safeSheetName('市交通运输局[2025]:*?/\\', taken)).toBe('市交通运输局_2025______')
    expect(safeSheetName("'引号'", taken)).toBe('引号')
    const long = '很长的单位名称'.repeat(6)
    expect(safeSheetName(long, taken)).toBe(long.slice(0, 31))
    expect(safeSheetName(long, taken)).toBe(`${long.slice(0, 28)}(2)`)
    expect(safeSheetName('', taken)).toBe('Sheet')
    expect(safeSheetName('SHEET', taken)).toBe('SHEET(2)')
  })
  it('makes file names legal on Windows', () => {
    expect(safeFileName('交办清单-市交通局/市政<2025>?. ')).toBe('交办清单-市交通局_市政_2025__.xlsx')
    expect(safeFileName('CON')).toBe('_CON.xlsx')
  })
})
