import { describe, expect, it } from 'vitest'
import { normaliseSuggestionNumber } from '@shared/domain/numbers'

const number = (text: string | number, year?: number): string | null => {
  const r = normaliseSuggestionNumber(text, year)
  return r.ok ? r.value.number : null
}

describe('normaliseSuggestionNumber', () => {
  it('reads the ways real lists write 123', () => {
    for (const text of [
      '第0123号',
      '0123',
      '123',
      '１２３',
      '第１２３号',
      ' 123 ',
      '123号',
      '第123号建议',
      'No.123',
      123,
    ]) {
      expect(normaliseSuggestionNumber(text)).toEqual({ ok: true, value: { number: '123', sort: 123 } })
    }
  })
  it('drops a year prefix matching the session year', () => {
    expect(number('2017546', 2017)).toBe('546')
    expect(number('20170012', 2017)).toBe('12')
    expect(number('2017-546', 2017)).toBe('546')
  })
  it('keeps digits that only look year-prefixed without the session year, or with another one', () => {
    expect(number('2017546')).toBe('2017546')
    expect(number('2017546', 2018)).toBe('2017546')
    expect(number('2017', 2017)).toBe('2017')
  })
  it('always drops a bracketed or 年-marked year', () => {
    expect(number('〔2025〕12号')).toBe('12')
    expect(number('（2025）第012号')).toBe('12')
    expect(number('2025年第8号')).toBe('8')
  })
  it('keeps a letter series and a sub-number', () => {
    expect(normaliseSuggestionNumber('A-012')).toEqual({ ok: true, value: { number: 'A-12', sort: 12 } })
    expect(number('ａ１２')).toBe('A-12')
    expect(normaliseSuggestionNumber('12-1')).toEqual({ ok: true, value: { number: '12-1', sort: 12.001 } })
  })
  it('turns all zeros into 0', () => {
    expect(number('000')).toBe('0')
  })
  it('refuses empty, digit-less and unreadable numbers with codes', () => {
    expect(normaliseSuggestionNumber('  ')).toEqual({ ok: false, error: { code: 'number-empty' } })
    expect(normaliseSuggestionNumber('第号')).toEqual({ ok: false, error: { code: 'number-empty' } })
    expect(normaliseSuggestionNumber('第十二号')).toEqual({ ok: false, error: { code: 'number-no-digits' } })
    expect(normaliseSuggestionNumber('12号34')).toEqual({
      ok: false,
      error: { code: 'number-unrecognised', params: { text: '12号34' } },
    })
  })
})
