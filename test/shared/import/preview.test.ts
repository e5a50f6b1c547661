import { describe, expect, it } from 'vitest'
import {
  existingFromRecord,
  planImportCommit,
  previewImport,
  previewImportSteps,
  templateFromPreview,
  type CellValue,
  type ImportProgress,
  type SheetGrid,
  type WorkbookGrid,
} from '@shared/import'

function workbook(...sheets: { name: string; cells: CellValue[][]; merges?: SheetGrid['merges'] }[]): WorkbookGrid {
  return {
    format: 'xlsx',
    encoding: null,
    sheets: sheets.map((s) => ({ name: s.name, cells: s.cells, merges: s.merges ?? [], oversizeCells: [] })),
  }
}

const LIST = workbook(
  { name: '说明', cells: [['请按模板填写'], ['序号', '说明']] },
  {
    name: '清单',
    cells: [
      ['序号', '建议号', '案由', '提出人', '承办单位', '收到日期', '届次'],
      [1, '第001号', '关于甲的建议', '王某', '市财政局', '2025-01-15', '十七届四次'],
      [2, '002', '关于乙的建议', '李某', '市教育局', '2025-01-16', '十七届四次'],
      [3, '003', '关于丙的建议', '赵某', '市教育局', null, '十七届四次'],
    ],
  },
)

describe('choosing the sheet and the header', () => {
  it('picks the sheet that looks most like a list and prefers 建议号 over 序号', () => {
    const preview = previewImport(LIST)
    expect(preview.sheet).toBe('清单')
    expect(preview.headerRows).toEqual([1])
    expect(preview.mapping).toEqual({ number: 1, title: 2, leadDeputy: 3, leadUnit: 4, receivedOn: 5, session: 6 })
    expect(preview.rows.map((r) => r.record?.number)).toEqual(['1', '2', '3'])
    expect(preview.rows[2]?.warnings).toEqual([{ code: 'missing-date' }])
  })

  it('combines a merged group header with the sub-headers below it', () => {
    const preview = previewImport(
      workbook({
        name: 'S',
        cells: [
          ['2025年建议汇总表', null, null, null, null],
          ['填报单位：代表工委', null, null, '日期：2025年2月1日', null],
          ['建议号', '标题', '领衔代表', '承办单位', null],
          [null, null, null, '主办', '协办'],
          ['1', '关于甲的建议', '王某', '市财政局', '市教育局'],
        ],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 4 },
          { top: 2, left: 3, bottom: 2, right: 4 },
          { top: 2, left: 0, bottom: 3, right: 0 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 3, right: 2 },
        ],
      }),
    )
    expect(preview.headerRows).toEqual([3, 4])
    expect(preview.columns.map((c) => [c.label, c.field])).toEqual([
      ['建议号', 'number'],
      ['标题', 'title'],
      ['领衔代表', 'leadDeputy'],
      ['承办单位/主办', 'leadUnit'],
      ['承办单位/协办', 'coUnits'],
    ])
    expect(preview.rows[0]?.record?.coUnits.map((u) => u.text)).toEqual(['市教育局'])
  })

  it('reports a sheet without a header row as a file error', () => {
    const preview = previewImport(
      workbook({
        name: 'S',
        cells: [
          ['a', 'b'],
          ['1', '2'],
        ],
      }),
    )
    expect(preview.fileErrors).toEqual([{ code: 'no-header-row' }])
    expect(preview.rows).toEqual([])
    expect(preview.summary.nothingToChange).toBe(false)
  })

  it('reports a missing required column and an unknown sheet', () => {
    const noLead = previewImport(
      workbook({
        name: 'S',
        cells: [
          ['建议号', '标题'],
          ['1', '关于甲的建议'],
        ],
      }),
    )
    expect(noLead.fileErrors).toEqual([{ code: 'missing-column', params: { field: 'leadDeputy' } }])
    expect(previewImport(LIST, { sheet: '不存在' }).fileErrors).toEqual([
      { code: 'sheet-not-found', params: { sheet: '不存在' } },
    ])
  })
})

describe('manual mapping and templates', () => {
  it('applies a manual mapping by label or column index, and null drops a field', () => {
    const preview = previewImport(LIST, { mapping: { number: '序号', leadUnit: null, receivedOn: 5 } })
    expect(preview.mapping.number).toBe(0)
    expect(preview.mapping.leadUnit).toBeUndefined()
    expect(preview.rows.map((r) => r.record?.numberText)).toEqual(['1', '2', '3'])
    expect(preview.rows[0]?.record?.leadUnit).toBeNull()
  })

  it('reports a mapping that names a column the header does not have', () => {
    const preview = previewImport(LIST, { mapping: { content: '建议内容' } })
    expect(preview.fileErrors).toEqual([
      { code: 'mapping-column-not-found', params: { field: 'content', column: '建议内容' } },
    ])
  })

  it('saves the mapping as a plain JSON template that reproduces it', () => {
    const first = previewImport(LIST, { mapping: { number: '序号' } })
    const template = templateFromPreview(first, '市级清单')
    expect(template).toEqual({
      version: 1,
      name: '市级清单',
      mapping: {
        number: '序号',
        title: '案由',
        leadDeputy: '提出人',
        coSigners: null,
        delegation: null,
        category: null,
        leadUnit: '承办单位',
        coUnits: null,
        content: null,
        receivedOn: '收到日期',
        session: '届次',
        public: null,
        key: null,
      },
    })
    const again = previewImport(LIST, { mapping: JSON.parse(JSON.stringify(template.mapping)) })
    expect(again.mapping).toEqual(first.mapping)
  })
})

describe('rows, duplicates and existing records', () => {
  const sheet = (rows: CellValue[][]) =>
    workbook({
      name: 'S',
      cells: [['建议号', '标题', '领衔代表', '附议代表', '主办单位', '协办单位', '是否公开', '是否重点'], ...rows],
    })

  it('marks a repeated number inside the file as a duplicate of the first row', () => {
    const preview = previewImport(
      sheet([
        ['1', '关于甲的建议', '王某'],
        ['第1号', '关于乙的建议', '李某'],
      ]),
      { session: '十七届四次' },
    )
    expect(preview.rows.map((r) => [r.rowNumber, r.status, r.duplicateOf])).toEqual([
      [2, 'new', null],
      [3, 'duplicate', 2],
    ])
    expect(preview.duplicates).toEqual([{ key: '十七届四次#1', rows: [2, 3] }])
  })

  it('rejects rows that cannot be stored, with coded reasons', () => {
    const preview = previewImport(sheet([['待定', '', '']]))
    expect(preview.rows[0]?.status).toBe('rejected')
    expect(preview.rows[0]?.errors).toEqual([
      { code: 'bad-number', params: { value: '待定' } },
      { code: 'missing-title' },
      { code: 'missing-lead-deputy' },
    ])
  })

  it('drops the session year from a bare number and says so', () => {
    const preview = previewImport(sheet([['2017546', '关于甲的建议', '王某']]), { sessionYear: 2017 })
    expect(preview.rows[0]?.record?.number).toBe('546')
    expect(preview.rows[0]?.warnings).toEqual([
      { code: 'number-year-prefix', params: { value: '2017546', number: '546' } },
    ])
  })

  it('reads yes/no flags and warns about unreadable ones', () => {
    const preview = previewImport(
      sheet([
        ['1', '关于甲的建议', '王某', null, null, null, '不公开', '√'],
        ['2', '关于乙的建议', '李某', null, null, null, '也许', null],
      ]),
    )
    expect(preview.rows[0]?.record?.public).toBe(false)
    expect(preview.rows[0]?.record?.key).toBe(true)
    expect(preview.rows[1]?.record?.public).toBeNull()
    expect(preview.rows[1]?.warnings).toEqual([{ code: 'bad-flag', params: { field: 'public', value: '也许' } }])
  })

  it('diffs a row against the existing record field by field and plans skip or update', () => {
    const rows = [
      ['1', '关于甲的建议', '王某'],
      ['2', '关于乙的建议', '李某'],
      ['3', '关于丙的建议', '赵某'],
    ]
    const preview = previewImport(sheet(rows), {
      session: 'S4',
      existing: [
        { id: 'e1', session: 'S4', number: '1', fields: { title: '关于甲的建议', leadDeputy: '王某' } },
        { id: 'e2', session: 'S4', number: '2', fields: { title: '关于乙事项的建议', leadDeputy: '李某' } },
        { id: 'e9', session: 'S3', number: '3', fields: { title: '别的届次' } },
      ],
    })
    expect(preview.rows.map((r) => r.status)).toEqual(['exists-unchanged', 'exists-changed', 'new'])
    expect(preview.rows[1]?.changes).toEqual([{ field: 'title', before: '关于乙事项的建议', after: '关于乙的建议' }])
    expect(preview.summary).toMatchObject({ new: 1, changed: 1, unchanged: 1, nothingToChange: false })

    const skipAll = planImportCommit(preview, { existing: 'skip' })
    expect(skipAll.create.map((r) => r.number)).toEqual(['3'])
    expect(skipAll.update).toEqual([])
    expect(skipAll.skip).toEqual([2, 3])
    const updateRow = planImportCommit(preview, { existing: 'skip', perRow: { 3: 'update' } })
    expect(updateRow.update.map((u) => [u.existingId, u.record.title])).toEqual([['e2', '关于乙的建议']])
  })

  it('finds nothing to change when the same file is imported into a store that already has it', () => {
    const file = sheet([
      ['第0123号', '关于甲的建议', '王某等3名代表', '李某、张某', '市财政局', '市教育局、市民政局等', '是', '否'],
      ['124', '关于乙的建议', '李某', null, '市教育局', null, null, null],
    ])
    const directory = [
      { id: 'u1', name: '市财政局', shortNames: [], aliases: [] },
      { id: 'u2', name: '市教育局', shortNames: [], aliases: [] },
    ]
    const first = previewImport(file, { session: 'S4', directory })
    const stored = first.rows.map((r, i) => existingFromRecord(`id${i}`, r.record!))
    const second = previewImport(file, { session: 'S4', directory, existing: stored })
    expect(second.rows.map((r) => r.status)).toEqual(['exists-unchanged', 'exists-unchanged'])
    expect(second.summary.nothingToChange).toBe(true)
    expect(planImportCommit(second, { existing: 'update' })).toEqual({
      create: [],
      update: [],
      skip: [2, 3],
      nothingToChange: true,
    })
  })

  it('reports progress while normalising', () => {
    const many = sheet(Array.from({ length: 1200 }, (_, i) => [String(i + 1), `关于第${i + 1}项的建议`, '王某']))
    const steps = previewImportSteps(many)
    const progress: ImportProgress[] = []
    let step = steps.next()
    while (!step.done) {
      progress.push(step.value)
      step = steps.next()
    }
    expect(progress.map((p) => p.done)).toEqual([0, 500, 1000, 1200])
    expect(progress.every((p) => p.total === 1200 && p.phase === 'normalising')).toBe(true)
    expect(step.value.summary.new).toBe(1200)
  })
})
