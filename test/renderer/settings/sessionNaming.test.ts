import { describe, expect, it } from 'vitest'
import { chineseNumber, parsePastedDates, suggestedSessionName } from '@renderer/features/settings/sessionNaming'

describe('session names', () => {
  it('writes terms and meetings in Chinese numerals', () => {
    expect([1, 4, 10, 17, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '四',
      '十',
      '十七',
      '二十',
      '二十一',
      '九十九',
    ])
  })

  it('suggests 市十七届人大四次会议 for term 17, meeting 4', () => {
    expect(suggestedSessionName({ kind: 'session', term: 17, meeting: 4, year: 2025 })).toBe('市十七届人大四次会议')
  })

  it('uses the level prefix it is given', () => {
    expect(suggestedSessionName({ kind: 'session', term: 8, meeting: 3, year: 2025, level: '区' })).toBe(
      '区八届人大三次会议',
    )
  })

  it('names the period between sessions by its year', () => {
    expect(suggestedSessionName({ kind: 'interim', term: 17, meeting: null, year: 2026 })).toBe('2026年闭会期间')
  })
})

describe('pasted holiday dates', () => {
  it('reads single dates, ranges and Chinese or slashed dates, sorted and without repeats', () => {
    expect(parsePastedDates('2027-10-01~2027-10-03，2027/1/1\n2027年2月5日、2027-10-02')).toEqual({
      dates: ['2027-01-01', '2027-02-05', '2027-10-01', '2027-10-02', '2027-10-03'],
      unreadable: [],
    })
  })

  it('reports what is not a date, including impossible days and reversed ranges', () => {
    expect(parsePastedDates('国庆 2027-02-30 2027-10-07至2027-10-01 2027-05-01')).toEqual({
      dates: ['2027-05-01'],
      unreadable: ['国庆', '2027-02-30', '2027-10-07至2027-10-01'],
    })
  })
})
