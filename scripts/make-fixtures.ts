/**
 * Generates the import fixture corpus into test/fixtures/generated/ (gitignored): clean and messy lists written
 * by exceljs, CSV in GBK and UTF-8 with BOM, and hostile files (truncated zip, a CSV or PNG named .xlsx, a zip
 * whose declared size is huge, a million-row sheet, a 40,000-character cell, formula cells, an encrypted
 * workbook's OLE wrapper, a legacy .xls header, an empty file).
 *
 * `npx tsx scripts/make-fixtures.ts` regenerates everything; tests call `ensureFixtures()` which only writes
 * what is missing. Files are written under a temporary name and renamed, so parallel test files never read
 * half a file.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'

export const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/generated')

export const fixturePath = (name: string): string => join(FIXTURE_DIR, name)

const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))

async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const CLEAN_HEADER = [
  '建议号',
  '标题',
  '领衔代表',
  '附议代表',
  '代表团',
  '类别',
  '主办单位',
  '协办单位',
  '内容',
  '提交日期',
  '是否公开',
]
const CLEAN_ROWS: (string | number | Date)[][] = [
  [
    '1',
    '关于加快老旧小区改造的建议',
    '王某',
    '李某、张某',
    '城东代表团',
    '城乡建设',
    '市住建局',
    '市财政局',
    '建议加快改造。',
    utcDay(2025, 1, 15),
    '是',
  ],
  [
    '2',
    '关于优化公交线路的建议',
    '李某',
    '',
    '城西代表团',
    '城乡建设',
    '市交通运输局',
    '',
    '建议优化线路。',
    utcDay(2025, 1, 16),
    '是',
  ],
  [
    '3',
    '关于增加学位供给的建议',
    '赵某',
    '钱某',
    '城南代表团',
    '教科文卫',
    '市教育局',
    '市发改委、市财政局',
    '建议增加学位。',
    utcDay(2025, 1, 17),
    '否',
  ],
  [
    '4',
    '关于提升基层医疗水平的建议',
    '孙某',
    '',
    '城北代表团',
    '教科文卫',
    '市卫健委',
    '',
    '建议提升水平。',
    utcDay(2025, 1, 18),
    '是',
  ],
  [
    '5',
    '关于促进高校毕业生就业的建议',
    '周某',
    '吴某、郑某、冯某',
    '城东代表团',
    '民生保障',
    '市人社局',
    '市教育局',
    '建议促进就业。',
    utcDay(2025, 1, 20),
    '是',
  ],
]

async function clean(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const notes = workbook.addWorksheet('填表说明')
  notes.addRow(['请按模板填写'])
  notes.addRow(['日期格式：2025-01-15'])
  const sheet = workbook.addWorksheet('建议清单')
  sheet.addRow(CLEAN_HEADER)
  for (const row of CLEAN_ROWS) sheet.addRow(row)
  return xlsxBytes(workbook)
}

/** A list as offices really send them. Row numbers (1-based) are asserted by the tests. */
async function messy(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sheet1')
  sheet.getCell('A1').value = '市十七届人大四次会议代表建议汇总表'
  sheet.mergeCells('A1:I1')
  sheet.getCell('A2').value = '填报单位：市人大常委会代表工委'
  sheet.getCell('H2').value = '日期：2025年2月1日'
  const groupRow = ['建议号', '标题', '领衔代表', '附议代表', '代表团', '承办单位', null, '提交日期', '类别']
  groupRow.forEach((label, i) => {
    if (label) sheet.getCell(3, i + 1).value = label
  })
  for (const col of ['A', 'B', 'C', 'D', 'E', 'H', 'I']) sheet.mergeCells(`${col}3:${col}4`)
  sheet.mergeCells('F3:G3')
  sheet.getCell('F4').value = '主办'
  sheet.getCell('G4').value = '协办'
  const rows: (string | number | Date | null)[][] = [
    // row 5
    [
      '第0123号',
      '　关于加强老旧小区　改造的建议 ',
      '王某等11名代表',
      null,
      '城东代表团',
      '市住建局',
      '市财政局、市发改委等',
      utcDay(2025, 1, 15),
      '城乡建设',
    ],
    // row 6
    ['0124', '关于优化公交线路的建议', '李某', '张某，赵某', null, '市交通局', null, '2025年1月16日', '城乡建设'],
    // row 7
    [125, '关于建设社区食堂的建议', '　陈某　', null, null, '市交通运输委', null, '2025.1.17', '民生保障'],
    // row 8: blank
    [null, null, null, null, null, null, null, null, null],
    // row 9
    [
      '126',
      '关于缓解学校周边拥堵的建议',
      '刘某',
      '周某\n吴某',
      '城西代表团',
      '市教育局',
      '市卫健委；市人社局',
      '2025/1/18',
      '教科文卫',
    ],
    // row 10: same number as row 6
    ['0124', '关于增设公交站点的建议', '钱某', null, '城西代表团', '市交通运输局', null, '2025-01-19', '城乡建设'],
    // row 11: not a real day
    ['127', '关于完善养老服务的建议', '孙某', null, '城南代表团', '市民政局', null, '2025-02-30', '民生保障'],
    // row 12: no number
    [null, '关于整治河道的建议', '郑某', null, '城南代表团', '市水务局', null, '2025-01-21', '生态环保'],
    // row 13: totals
    ['合计', '共8件', null, null, null, null, null, null, null],
  ]
  rows.forEach((row, i) => {
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(5 + i, c + 1).value = value
    })
  })
  sheet.mergeCells('E5:E7')
  const other = workbook.addWorksheet('统计')
  other.addRow(['类别', '件数'])
  other.addRow(['城乡建设', 3])
  return xlsxBytes(workbook)
}

const CSV_TEXT = [
  '建议号,标题,领衔代表,主办单位,提交日期',
  '1,关于加快老旧小区改造的建议,王某,市住建局,2025-01-15',
  '2,"关于优化公交线路, 方便群众出行的建议",李某,市交通运输局,2025/1/16',
  '3,关于增加学位供给的建议,赵某等5名代表,市教育局,2025年1月17日',
].join('\r\n')

async function cellKinds(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('建议')
  sheet.addRow(['建议号', '标题', '领衔代表', '提交日期', '是否重点'])
  const row = sheet.addRow([])
  row.getCell(1).value = { formula: '100+23', result: 123 }
  row.getCell(2).value = {
    richText: [{ text: '关于' }, { font: { bold: true }, text: '加强' }, { text: '消防安全的建议' }],
  }
  row.getCell(3).value = { text: '王某', hyperlink: 'mailto:wang@example.org' }
  row.getCell(4).value = { formula: 'DATE(2025,3,5)', result: utcDay(2025, 3, 5) }
  row.getCell(4).numFmt = 'yyyy-mm-dd'
  row.getCell(5).value = true
  const second = sheet.addRow([])
  second.getCell(1).value = { formula: '"0"&"124"', result: '0124' }
  second.getCell(2).value = '关于完善夜间照明的建议'
  second.getCell(3).value = '李某'
  second.getCell(4).value = utcDay(2025, 3, 6)
  second.getCell(5).value = '否'
  return xlsxBytes(workbook)
}

async function longCell(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('建议')
  sheet.addRow(['建议号', '标题', '领衔代表', '内容'])
  sheet.addRow(['1', '关于一个很长的建议', '王某', '长'.repeat(40_000)])
  sheet.addRow(['2', '关于一个正常的建议', '李某', '正常内容'])
  return xlsxBytes(workbook)
}

async function millionRows(path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false })
  const sheet = writer.addWorksheet('建议')
  sheet.addRow(['建议号', '标题', '领衔代表']).commit()
  for (let i = 1; i <= 1_000_000; i++) sheet.addRow([i]).commit()
  sheet.commit()
  await writer.commit()
}

/** The central directory of `bytes` with every declared uncompressed size set to `size`. */
function withDeclaredSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice()
  const view = new DataView(out.buffer)
  for (let p = 0; p + 46 <= out.length; p++) {
    if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, size, true)
  }
  return out
}

/** A compound-file header followed by one directory entry name (UTF-16LE), as Office writes them. */
function oleFile(streamName: string): Uint8Array {
  const out = new Uint8Array(2048)
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0)
  const name = [...streamName].flatMap((ch) => [ch.charCodeAt(0), 0])
  out.set(
    [...'Root Entry'].flatMap((ch) => [ch.charCodeAt(0), 0]),
    1024,
  )
  out.set(name, 1024 + 128)
  return out
}

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
])

type Maker = (path: string) => Promise<void>
const bytesMaker =
  (make: () => Promise<Uint8Array> | Uint8Array): Maker =>
  async (path) =>
    write(path, await make())

function write(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, bytes)
  renameSync(temp, path)
}

export const FIXTURES: Record<string, Maker> = {
  'clean.xlsx': bytesMaker(clean),
  'messy.xlsx': bytesMaker(messy),
  'gbk.csv': bytesMaker(() => new Uint8Array(iconv.encode(CSV_TEXT, 'gbk'))),
  'utf8-bom.csv': bytesMaker(() => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV_TEXT)])),
  'cell-kinds.xlsx': bytesMaker(cellKinds),
  'long-cell.xlsx': bytesMaker(longCell),
  'truncated.xlsx': bytesMaker(async () => {
    const whole = await clean()
    return whole.slice(0, Math.floor(whole.length / 2))
  }),
  'csv-named.xlsx': bytesMaker(() => new TextEncoder().encode(CSV_TEXT)),
  'png-named.xlsx': bytesMaker(() => PNG),
  'zip-bomb.xlsx': bytesMaker(async () => withDeclaredSize(await clean(), 0xf0000000)),
  'million-rows.xlsx': async (path) => {
    const temp = `${path}.${process.pid}.tmp`
    await millionRows(temp)
    renameSync(temp, path)
  },
  'encrypted.xlsx': bytesMaker(() => oleFile('EncryptedPackage')),
  'legacy.xls': bytesMaker(() => oleFile('Workbook')),
  'empty.csv': bytesMaker(() => new Uint8Array(0)),
}

/** Writes the fixtures that are missing (all when `force`). Returns the directory. */
export async function ensureFixtures(force = false): Promise<string> {
  mkdirSync(FIXTURE_DIR, { recursive: true })
  for (const [name, make] of Object.entries(FIXTURES)) {
    const path = fixturePath(name)
    if (force || !existsSync(path)) await make(path)
  }
  return FIXTURE_DIR
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now()
  ensureFixtures(true).then(
    (dir) => console.log(`fixtures written to ${dir} in ${Date.now() - started} ms`),
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    },
  )
}
