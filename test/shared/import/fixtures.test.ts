/**
 * Stage 1 (reading) and the whole preview on the generated fixture corpus: each file's expected outcome —
 * rows, reasons, or a clean coded error.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureFixtures, fixturePath } from '../../../scripts/make-fixtures'
import { previewImportFile } from '@renderer/workbook/read/importJob'
import { readWorkbook } from '@renderer/workbook/read/readWorkbook'
import type { ImportPreview, UnitDirectoryEntry } from '@shared/import'

const bytes = (name: string) => new Uint8Array(readFileSync(fixturePath(name)))

const DIRECTORY: UnitDirectoryEntry[] = [
  { id: 'zj', name: '市住房和城乡建设局', shortNames: ['市住建局'], aliases: [] },
  { id: 'cz', name: '市财政局', shortNames: [], aliases: [] },
  { id: 'fg', name: '市发展和改革委员会', shortNames: ['市发改委'], aliases: [] },
  { id: 'jt', name: '市交通运输局', shortNames: [], aliases: ['市交通局'] },
  { id: 'jy', name: '市教育局', shortNames: [], aliases: [] },
  { id: 'wj', name: '市卫生健康委员会', shortNames: ['市卫健委'], aliases: [] },
  { id: 'rs', name: '市人力资源和社会保障局', shortNames: ['市人社局'], aliases: [] },
]

async function preview(name: string, options = {}): Promise<ImportPreview> {
  const result = await previewImportFile(bytes(name), options)
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.code}`)
  return result.value
}

beforeAll(async () => {
  await ensureFixtures()
}, 60_000)

describe('clean list', () => {
  it('reads every row of the list sheet, skipping the notes sheet', async () => {
    const p = await preview('clean.xlsx', { directory: DIRECTORY, session: '十七届四次' })
    expect(p.sheet).toBe('建议清单')
    expect(p.sheetNames).toEqual(['填表说明', '建议清单'])
    expect(p.headerRows).toEqual([1])
    expect(p.summary).toMatchObject({ total: 5, accepted: 5, rejected: 0, new: 5, warnings: 0 })
    const first = p.rows[0]?.record
    expect(first).toEqual({
      rowNumber: 2,
      session: '十七届四次',
      numberText: '1',
      number: '1',
      numberSort: 1,
      title: '关于加快老旧小区改造的建议',
      content: '建议加快改造。',
      leadDeputy: '王某',
      coSigners: ['李某', '张某'],
      signerCount: null,
      delegation: '城东代表团',
      category: '城乡建设',
      receivedOn: '2025-01-15',
      public: true,
      key: false,
      leadUnit: { text: '市住建局', unitId: 'zj', name: '市住房和城乡建设局', candidates: [] },
      otherLeadUnits: [],
      coUnits: [{ text: '市财政局', unitId: 'cz', name: '市财政局', candidates: [] }],
      unitsAndOthers: false,
    })
    expect(p.rows[2]?.record?.coUnits.map((u) => u.unitId)).toEqual(['fg', 'cz'])
  })
})

describe('messy list', () => {
  it('finds the two header rows under the title and 填报单位 lines', async () => {
    const p = await preview('messy.xlsx', { directory: DIRECTORY })
    expect(p.sheet).toBe('Sheet1')
    expect(p.headerRows).toEqual([3, 4])
    expect(p.columns.filter((c) => c.field).map((c) => `${c.label}=${c.field}`)).toEqual([
      '建议号=number',
      '标题=title',
      '领衔代表=leadDeputy',
      '附议代表=coSigners',
      '代表团=delegation',
      '承办单位/主办=leadUnit',
      '承办单位/协办=coUnits',
      '提交日期=receivedOn',
      '类别=category',
    ])
  })

  it('normalises numbers, dates, deputies, merged cells and unit lists as a person reads them', async () => {
    const p = await preview('messy.xlsx', { directory: DIRECTORY })
    const byRow = new Map(p.rows.map((r) => [r.rowNumber, r]))
    const r5 = byRow.get(5)?.record
    expect([r5?.numberText, r5?.number, r5?.title]).toEqual(['第0123号', '123', '关于加强老旧小区改造的建议'])
    expect([r5?.leadDeputy, r5?.signerCount, r5?.unitsAndOthers]).toEqual(['王某', 11, true])
    expect(r5?.coUnits.map((u) => u.name)).toEqual(['市财政局', '市发展和改革委员会'])
    expect(
      p.rows
        .filter((r) => r.record)
        .map((r) => [r.rowNumber, r.record?.number, r.record?.receivedOn, r.record?.delegation]),
    ).toEqual([
      [5, '123', '2025-01-15', '城东代表团'],
      [6, '124', '2025-01-16', '城东代表团'],
      [7, '125', '2025-01-17', '城东代表团'],
      [9, '126', '2025-01-18', '城西代表团'],
      [10, '124', '2025-01-19', '城西代表团'],
    ])
    expect(byRow.get(6)?.record?.coSigners).toEqual(['张某', '赵某'])
    expect(byRow.get(6)?.record?.leadUnit?.unitId).toBe('jt')
    expect(byRow.get(7)?.record?.leadDeputy).toBe('陈某')
    expect(byRow.get(9)?.record?.coSigners).toEqual(['周某', '吴某'])
    expect(byRow.get(9)?.record?.coUnits.map((u) => u.unitId)).toEqual(['wj', 'rs'])
  })

  it('flags the unknown unit with the closest directory name', async () => {
    const p = await preview('messy.xlsx', { directory: DIRECTORY })
    const row7 = p.rows.find((r) => r.rowNumber === 7)
    expect(row7?.status).toBe('new')
    expect(row7?.warnings).toEqual([
      { code: 'unknown-unit', params: { unit: '市交通运输委', candidates: '市交通运输局' } },
    ])
    expect(row7?.record?.leadUnit?.candidates).toEqual(['市交通运输局'])
  })

  it('rejects bad rows with reasons, marks the duplicate and skips blank and totals rows', async () => {
    const p = await preview('messy.xlsx', { directory: DIRECTORY })
    expect(p.rows.filter((r) => r.status === 'rejected').map((r) => [r.rowNumber, r.errors])).toEqual([
      [11, [{ code: 'bad-date', params: { value: '2025-02-30' } }]],
      [12, [{ code: 'missing-number' }]],
    ])
    expect(p.duplicates).toEqual([{ key: '#124', rows: [6, 10] }])
    expect(p.skipped).toEqual([
      { rowNumber: 8, reason: 'blank' },
      { rowNumber: 13, reason: 'totals' },
    ])
    expect(p.summary).toMatchObject({ total: 7, accepted: 5, rejected: 2, new: 4, duplicate: 1 })
  })
})

describe('CSV', () => {
  const expected = [
    ['1', '关于加快老旧小区改造的建议', '王某', null, '2025-01-15'],
    ['2', '关于优化公交线路, 方便群众出行的建议', '李某', null, '2025-01-16'],
    ['3', '关于增加学位供给的建议', '赵某', 5, '2025-01-17'],
  ]
  const rows = (p: ImportPreview) =>
    p.rows.map((r) => [
      r.record?.number,
      r.record?.title,
      r.record?.leadDeputy,
      r.record?.signerCount,
      r.record?.receivedOn,
    ])

  it('decodes GBK when the bytes are not UTF-8', async () => {
    const read = await readWorkbook(bytes('gbk.csv'))
    expect(read.ok && [read.value.format, read.value.encoding]).toEqual(['csv', 'gbk'])
    expect(rows(await preview('gbk.csv'))).toEqual(expected)
  })

  it('decodes UTF-8 with a BOM', async () => {
    const read = await readWorkbook(bytes('utf8-bom.csv'))
    expect(read.ok && read.value.encoding).toBe('utf-8-bom')
    expect(read.ok && read.value.sheets[0]?.cells[0]?.[0]).toBe('建议号')
    expect(rows(await preview('utf8-bom.csv'))).toEqual(expected)
  })

  it('reads a CSV named .xlsx as CSV, by its bytes', async () => {
    const read = await readWorkbook(bytes('csv-named.xlsx'))
    expect(read.ok && [read.value.format, read.value.encoding]).toEqual(['csv', 'utf-8'])
    expect(rows(await preview('csv-named.xlsx'))).toEqual(expected)
  })
})

describe('cell kinds', () => {
  it('gives formula results, plain text of rich text and hyperlinks, UTC dates and booleans', async () => {
    const read = await readWorkbook(bytes('cell-kinds.xlsx'))
    expect(read.ok && read.value.sheets[0]?.cells).toEqual([
      ['建议号', '标题', '领衔代表', '提交日期', '是否重点'],
      [123, '关于加强消防安全的建议', '王某', '2025-03-05', true],
      ['0124', '关于完善夜间照明的建议', '李某', '2025-03-06', '否'],
    ])
    const p = await preview('cell-kinds.xlsx')
    expect(p.rows.map((r) => [r.record?.number, r.record?.receivedOn, r.record?.key])).toEqual([
      ['123', '2025-03-05', true],
      ['124', '2025-03-06', false],
    ])
  })

  it('rejects the row holding a 40,000-character cell and keeps the others', async () => {
    const read = await readWorkbook(bytes('long-cell.xlsx'))
    expect(read.ok && read.value.sheets[0]?.oversizeCells).toEqual([{ row: 1, col: 3, length: 40000 }])
    expect(read.ok && String(read.value.sheets[0]?.cells[1]?.[3]).length).toBe(32767)
    const p = await preview('long-cell.xlsx')
    expect(p.rows.map((r) => [r.rowNumber, r.status, r.errors])).toEqual([
      [2, 'rejected', [{ code: 'cell-too-long', params: { column: '内容', length: 40000, max: 32767 } }]],
      [3, 'new', []],
    ])
  })
})

describe('hostile and unsupported files', () => {
  const failure = async (name: string) => {
    const result = await readWorkbook(bytes(name))
    return result.ok ? 'read' : { code: result.error.code, params: result.error.params }
  }

  it('refuses a legacy .xls (or WPS .et) asking for .xlsx', async () => {
    expect(await failure('legacy.xls')).toEqual({ code: 'legacy-format', params: undefined })
  })

  it('tells an encrypted workbook apart from a legacy one', async () => {
    expect(await failure('encrypted.xlsx')).toEqual({ code: 'encrypted', params: undefined })
  })

  it('refuses a PNG named .xlsx', async () => {
    expect(await failure('png-named.xlsx')).toEqual({ code: 'not-a-workbook', params: { detected: 'png' } })
  })

  it('reports a truncated zip as damaged', async () => {
    expect(await failure('truncated.xlsx')).toEqual({ code: 'damaged', params: undefined })
  })

  it('refuses a zip whose declared uncompressed size is huge, before inflating', async () => {
    expect(await failure('zip-bomb.xlsx')).toEqual({ code: 'zip-bomb', params: { max: 536870912 } })
  })

  it('reports an empty file', async () => {
    expect(await failure('empty.csv')).toEqual({ code: 'empty-file', params: undefined })
  })

  it('stops a million-row sheet at the row cap without reading it all', async () => {
    const started = Date.now()
    expect(await failure('million-rows.xlsx')).toEqual({ code: 'too-many-rows', params: { max: 200000 } })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('applies the byte cap and a lower row cap when given', async () => {
    const tooBig = await readWorkbook(bytes('clean.xlsx'), { limits: { maxBytes: 1000 } })
    expect(tooBig.ok ? 'read' : tooBig.error.code).toBe('too-large')
    const fewRows = await readWorkbook(bytes('clean.xlsx'), { limits: { maxRows: 3 } })
    expect(fewRows.ok ? 'read' : fewRows.error).toEqual({
      code: 'too-many-rows',
      params: { max: 3 },
      detail: 'xl/worksheets/sheet2.xml',
    })
    const csvRows = await readWorkbook(bytes('gbk.csv'), { limits: { maxRows: 2 } })
    expect(csvRows.ok ? 'read' : csvRows.error.code).toBe('too-many-rows')
  })
})
