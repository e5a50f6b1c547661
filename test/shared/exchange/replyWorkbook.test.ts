import { describe, expect, it } from 'vitest'
import { cleanCellText, parseDayText } from '../../../src/shared/exchange/cellText'
import { matchKeyOfNumber, previewReplyWorkbook, resolveResultClass } from '../../../src/shared/exchange/replyWorkbook'
import type { ReplyMatchContext } from '../../../src/shared/exchange/replyWorkbook'
import type { ReplyWorkbookRow } from '../../../src/shared/exchange/replyWorkbookLayout'
import { assignments, resultClasses, session, storedReply, suggestions, units } from './fixtures'

const ctx: ReplyMatchContext = {
  sessions: [session],
  suggestions,
  units,
  assignments,
  replies: [storedReply],
  resultClasses,
  unitId: 'U-TRA',
}

function row(rowNumber: number, cells: ReplyWorkbookRow['cells']): ReplyWorkbookRow {
  return { rowNumber, cells: { session: '市十七届人大四次会议', unit: '市交通运输局', ...cells } }
}

describe('cell text rules', () => {
  it('strips characters XML forbids and keeps tabs, newlines and CJK text', () => {
    expect(cleanCellText('关于\u0000公交\u0007线路\u000B的\t建议\r\n第二行\uFFFE')).toBe('关于公交线路的\t建议\n第二行')
  })
  it('removes a lone surrogate but keeps a pair', () => {
    expect(cleanCellText('a\uD800b😀')).toBe('ab😀')
  })
  it('cuts text to the 32,767 characters a cell can hold', () => {
    expect(cleanCellText('字'.repeat(40000)).length).toBe(32767)
  })
  it('reads the ways offices type a day', () => {
    expect(parseDayText('2025-06-10')).toBe('2025-06-10')
    expect(parseDayText('2025/6/10')).toBe('2025-06-10')
    expect(parseDayText('2025.6.1')).toBe('2025-06-01')
    expect(parseDayText('2025年6月10日')).toBe('2025-06-10')
    expect(parseDayText('２０２５年６月１０日')).toBe('2025-06-10')
    expect(parseDayText('20250610')).toBe('2025-06-10')
  })
  it('rejects days that do not exist and other text', () => {
    expect(parseDayText('2025-02-29')).toBeNull()
    expect(parseDayText('2024-02-29')).toBe('2024-02-29')
    expect(parseDayText('2025-13-01')).toBeNull()
    expect(parseDayText('六月十日')).toBeNull()
  })
})

describe('number and class matching', () => {
  it('gives the same key to 第0012号, 0012, １２ and 12', () => {
    expect(['第0012号', '0012', '１２', '12', ' 第 12 号 '].map(matchKeyOfNumber)).toEqual([
      '12',
      '12',
      '12',
      '12',
      '12',
    ])
    expect(matchKeyOfNumber('0')).toBe('0')
  })
  it('accepts a class code in any case or width, with 类, or its label', () => {
    expect(resolveResultClass('b', resultClasses)).toBe('B')
    expect(resolveResultClass('Ａ类', resultClasses)).toBe('A')
    expect(resolveResultClass('留作参考', resultClasses)).toBe('D')
    expect(resolveResultClass('E', resultClasses)).toBeNull()
  })
})

describe('previewReplyWorkbook', () => {
  it('matches on session + number + unit when the ids are missing and proposes a new reply', () => {
    const preview = previewReplyWorkbook(
      [
        row(4, {
          number: '12',
          replyDate: '2025/7/1',
          resultClass: 'b',
          documentNumber: 'X交复〔2025〕7号',
          body: '列入2026年计划。',
        }),
      ],
      ctx,
    )
    expect(preview.counts).toEqual({ blank: 0, unchanged: 0, new: 1, changed: 0, error: 0 })
    const r = preview.rows[0]!
    expect(r.status).toBe('new')
    expect(r.target).toEqual({
      suggestionId: 'SUG1',
      assignmentId: 'ASG1',
      unitId: 'U-TRA',
      role: 'lead',
      round: 1,
      numberText: '第0012号',
      title: '关于优化城区公交线路的建议',
      replyId: null,
    })
    expect(r.values).toEqual({
      sentOn: '2025-07-01',
      resultClass: 'B',
      documentNumber: 'X交复〔2025〕7号',
      signer: null,
      contactName: null,
      contactPhone: null,
      body: '列入2026年计划。',
    })
  })

  it('matches on the hidden ids even when the visible keys were sorted into other rows', () => {
    const preview = previewReplyWorkbook(
      [
        row(9, {
          number: '999',
          session: '别的会议',
          sessionId: 'SES1',
          suggestionId: 'SUG1',
          assignmentId: 'ASG1',
          replyDate: '2025-07-01',
          resultClass: 'A',
        }),
      ],
      ctx,
    )
    expect(preview.rows[0]!.status).toBe('new')
    expect(preview.rows[0]!.target?.assignmentId).toBe('ASG1')
  })

  it('lists field-by-field changes against the stored reply and keeps stored values where cells are blank', () => {
    const preview = previewReplyWorkbook(
      [
        row(5, {
          number: '0034',
          resultClass: 'B',
          signer: '陈刚',
          body: '已纳入年度慢行系统建设计划。\r\n',
          contactPhone: '13800000000',
        }),
      ],
      ctx,
    )
    const r = preview.rows[0]!
    expect(r.status).toBe('changed')
    expect(r.target?.replyId).toBe('REP2')
    expect(r.changes).toEqual([
      { field: 'resultClass', before: 'A', after: 'B' },
      { field: 'contactPhone', before: '0571-88001234', after: '13800000000' },
    ])
    expect(r.values?.sentOn).toBe('2025-06-21')
    expect(r.values?.documentNumber).toBe('X交复〔2025〕3号')
  })

  it('reports a row equal to the stored reply as unchanged', () => {
    const preview = previewReplyWorkbook([row(5, { number: '34', replyDate: '2025-06-21', resultClass: 'A' })], ctx)
    expect(preview.rows[0]!.status).toBe('unchanged')
    expect(preview.counts.unchanged).toBe(1)
  })

  it('reports rows with nothing filled in as blank', () => {
    const preview = previewReplyWorkbook([row(6, { number: '12' })], ctx)
    expect(preview.rows[0]!.status).toBe('blank')
    expect(preview.rows[0]!.target?.assignmentId).toBe('ASG1')
  })

  it('codes every problem of a row', () => {
    const preview = previewReplyWorkbook(
      [
        row(4, { number: '404', replyDate: '2025-07-01', resultClass: 'A' }),
        row(5, { number: '12', replyDate: '2025-02-30', resultClass: 'E' }),
        row(6, { number: '12', body: '只写了答复内容' }),
        row(7, { number: '56', unit: '市教育局', replyDate: '2025-07-01', resultClass: 'A' }),
        row(8, { number: '12', unit: '市财政局', replyDate: '2025-07-01', resultClass: 'A' }),
        row(9, { number: '12', session: '市十六届人大一次会议', replyDate: '2025-07-01', resultClass: 'A' }),
      ],
      ctx,
    )
    expect(preview.rows.map((r) => [r.rowNumber, r.status, r.errors])).toEqual([
      [4, 'error', [{ code: 'unknown-suggestion', params: { number: '404' } }]],
      [
        5,
        'error',
        [
          { code: 'bad-date', params: { field: 'replyDate', value: '2025-02-30' } },
          { code: 'invalid-class', params: { value: 'E', allowed: 'A/B/C/D' } },
        ],
      ],
      [
        6,
        'error',
        [
          { code: 'duplicate-row', params: { row: 5 } },
          { code: 'missing-field', params: { field: 'replyDate' } },
          { code: 'missing-field', params: { field: 'resultClass' } },
        ],
      ],
      [7, 'error', [{ code: 'unit-mismatch', params: { unit: '市教育局' } }]],
      [8, 'error', [{ code: 'unknown-unit', params: { unit: '市财政局' } }]],
      [9, 'error', [{ code: 'unknown-session', params: { session: '市十六届人大一次会议' } }]],
    ])
    expect(preview.counts.error).toBe(6)
  })

  it('refuses a suggestion the unit was never assigned', () => {
    const preview = previewReplyWorkbook([row(4, { number: '56', replyDate: '2025-07-01', resultClass: 'A' })], {
      ...ctx,
      unitId: null,
    })
    expect(preview.rows[0]!.errors).toEqual([{ code: 'unit-mismatch', params: { unit: '市交通运输局', number: '56' } }])
  })

  it('finds the unit by its short name and uses the workbook unit when the unit cell is empty', () => {
    const preview = previewReplyWorkbook(
      [
        {
          rowNumber: 4,
          cells: {
            session: '市十七届人大四次会议',
            number: '78',
            unit: '交通局',
            replyDate: '2025-07-02',
            resultClass: 'C',
          },
        },
        {
          rowNumber: 5,
          cells: { session: '市十七届人大四次会议', number: '12', replyDate: '2025-07-02', resultClass: 'C' },
        },
      ],
      ctx,
    )
    expect(preview.rows.map((r) => [r.status, r.target?.assignmentId, r.target?.role])).toEqual([
      ['new', 'ASG3', 'co'],
      ['new', 'ASG1', 'lead'],
    ])
  })
})
