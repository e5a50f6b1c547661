import { describe, expect, it } from 'vitest'
import {
  cleanText,
  createUnitResolver,
  normaliseSuggestionNumber,
  parseCoSigners,
  parseDay,
  parseLeadDeputy,
  splitListWithOthers,
} from '@shared/import'

describe('cleanText', () => {
  it('trims ordinary, full-width and no-break spaces and drops spaces between Chinese characters', () => {
    expect(cleanText('\u3000 关于加强老旧小区\u3000改造的建议\u00a0')).toBe('关于加强老旧小区改造的建议')
    expect(cleanText('5G  network  建设')).toBe('5G network 建设')
    expect(cleanText(null)).toBe('')
    expect(cleanText(12)).toBe('12')
  })
})

describe('normaliseSuggestionNumber', () => {
  it('reads 第0123号, 0123, 123, full-width digits and Excel numbers as the same number', () => {
    for (const written of ['第0123号', '0123', '123', '１２３', ' 第 123 号 ', 'No.123', 123]) {
      expect(normaliseSuggestionNumber(written)?.number).toBe('123')
    }
    expect(normaliseSuggestionNumber(123)).toEqual({
      numberText: '123',
      number: '123',
      numberSort: 123,
      yearPrefix: null,
    })
    expect(normaliseSuggestionNumber('第0123号')?.numberText).toBe('第0123号')
  })

  it('removes a bare year prefix only when the session year is known', () => {
    expect(normaliseSuggestionNumber('2017546', 2017)).toEqual({
      numberText: '2017546',
      number: '546',
      numberSort: 546,
      yearPrefix: '2017',
    })
    expect(normaliseSuggestionNumber('2017546')?.number).toBe('2017546')
    expect(normaliseSuggestionNumber('〔2017〕546号')?.number).toBe('546')
  })

  it('refuses text that is not a number and Excel numbers with a fraction', () => {
    expect(normaliseSuggestionNumber('abc')).toBeNull()
    expect(normaliseSuggestionNumber('第十二号')).toBeNull()
    expect(normaliseSuggestionNumber(12.5)).toBeNull()
    expect(normaliseSuggestionNumber(true)).toBeNull()
    expect(normaliseSuggestionNumber('  ')).toBeNull()
  })
})

describe('parseDay', () => {
  it('reads the date forms found in lists', () => {
    expect(parseDay('2025-01-15')).toBe('2025-01-15')
    expect(parseDay('2025年1月15日')).toBe('2025-01-15')
    expect(parseDay('2025.1.15')).toBe('2025-01-15')
    expect(parseDay('2025/1/15')).toBe('2025-01-15')
    expect(parseDay('２０２５－０１－１５')).toBe('2025-01-15')
    expect(parseDay('20250115')).toBe('2025-01-15')
    expect(parseDay('2025-01-15 10:30:00')).toBe('2025-01-15')
  })

  it('reads an Excel serial number that lost its date format', () => {
    expect(parseDay(45672)).toBe('2025-01-15')
  })

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseDay('2025-02-30')).toBeNull()
    expect(parseDay('2025年13月1日')).toBeNull()
    expect(parseDay('下周')).toBeNull()
    expect(parseDay(12)).toBeNull()
  })
})

describe('deputies', () => {
  it('reads 王某等11名代表 as lead 王某 with 11 signers', () => {
    expect(parseLeadDeputy('王某等11名代表')).toEqual({ leadDeputy: '王某', signerCount: 11, extraSigners: [] })
    expect(parseLeadDeputy('王某 等十一位代表')).toEqual({ leadDeputy: '王某', signerCount: 11, extraSigners: [] })
    expect(parseLeadDeputy('王某等5人')).toEqual({ leadDeputy: '王某', signerCount: 5, extraSigners: [] })
  })

  it('takes the first of several names in the lead column as the lead', () => {
    expect(parseLeadDeputy('王某、李某')).toEqual({ leadDeputy: '王某', signerCount: null, extraSigners: ['李某'] })
    expect(parseLeadDeputy('　陈　某　')).toEqual({ leadDeputy: '陈某', signerCount: null, extraSigners: [] })
    expect(parseLeadDeputy('')).toBeNull()
  })

  it('splits co-signers on 、，,；; and line breaks', () => {
    expect(parseCoSigners('张某、赵某，钱某,孙某；李某;周某\n吴某')).toEqual([
      '张某',
      '赵某',
      '钱某',
      '孙某',
      '李某',
      '周某',
      '吴某',
    ])
    expect(parseCoSigners('张某、赵某等')).toEqual(['张某', '赵某'])
  })
})

describe('unit lists and the directory', () => {
  const directory = [
    { id: 'u1', name: '市交通运输局', shortNames: ['交通运输局'], aliases: ['市交通局'] },
    { id: 'u2', name: '市住房和城乡建设局', shortNames: ['市住建局'], aliases: [] },
    { id: 'u3', name: '市财政局', shortNames: [], aliases: [] },
  ]
  const units = createUnitResolver(directory)

  it('records a trailing 等 as andOthers', () => {
    expect(splitListWithOthers('市财政局、市发改委等')).toEqual({ items: ['市财政局', '市发改委'], andOthers: true })
    expect(splitListWithOthers('市财政局、市发改委、等')).toEqual({ items: ['市财政局', '市发改委'], andOthers: true })
    expect(splitListWithOthers('市财政局')).toEqual({ items: ['市财政局'], andOthers: false })
  })

  it('resolves names, short names and aliases', () => {
    expect(units.resolve('市住建局')).toEqual({
      text: '市住建局',
      unitId: 'u2',
      name: '市住房和城乡建设局',
      candidates: [],
    })
    expect(units.resolve('市 交通局').unitId).toBe('u1')
  })

  it('offers the closest directory names for an unknown unit', () => {
    expect(units.resolve('市交通运输委')).toEqual({
      text: '市交通运输委',
      unitId: null,
      name: null,
      candidates: ['市交通运输局'],
    })
    expect(units.resolve('市气象台').candidates).toEqual([])
  })

  it('gives the same candidates every time an unknown unit comes back, each row its own list', () => {
    const first = units.resolve('市交通运输委')
    const again = units.resolve(' 市交通运输委 ')
    expect(again).toEqual({ text: '市交通运输委', unitId: null, name: null, candidates: ['市交通运输局'] })
    first.candidates.push('changed by one row')
    expect(units.resolve('市交通运输委').candidates).toEqual(['市交通运输局'])
  })
})
