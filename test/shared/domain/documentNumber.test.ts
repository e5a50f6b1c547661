import { describe, expect, it } from 'vitest'
import {
  formatDocumentNumber,
  nextDocumentSequence,
  parseDocumentNumber,
  validateDocumentNumber,
} from '@shared/domain/documentNumber'

describe('formatDocumentNumber', () => {
  it('writes the year in 〔〕 with no 第 and no leading zeros', () => {
    expect(formatDocumentNumber('X建复', 2025, 12)).toBe('X建复〔2025〕12号')
    expect(formatDocumentNumber('市住建函', 2026, 1)).toBe('市住建函〔2026〕1号')
  })
  it('refuses a serial number below 1', () => {
    expect(() => formatDocumentNumber('X建复', 2025, 0)).toThrow(RangeError)
  })
})

describe('parseDocumentNumber', () => {
  it('reads the common wrong forms', () => {
    const expected = { ok: true, value: { prefix: 'X建复', year: 2025, seq: 12 } }
    for (const text of [
      'X建复〔2025〕12号',
      'X建复[2025]12号',
      'X建复【2025】第012号',
      'X建复（２０２５）１２号',
      ' X建复 〔2025〕 12号 ',
    ]) {
      expect(parseDocumentNumber(text)).toEqual(expected)
    }
  })
  it('refuses what is not a document number', () => {
    expect(parseDocumentNumber('')).toEqual({ ok: false, error: { code: 'document-number-empty' } })
    expect(parseDocumentNumber('〔2025〕12号')).toEqual({
      ok: false,
      error: { code: 'document-number-format', params: { text: '〔2025〕12号' } },
    })
    expect(parseDocumentNumber('X建复2025年12号').ok).toBe(false)
    expect(parseDocumentNumber('X建复〔2025〕0号')).toEqual({
      ok: false,
      error: { code: 'document-number-serial-zero' },
    })
  })
})

describe('validateDocumentNumber', () => {
  it('accepts only the standard form and names it', () => {
    expect(validateDocumentNumber('X建复〔2025〕12号').ok).toBe(true)
    expect(validateDocumentNumber('X建复[2025]第012号')).toEqual({
      ok: false,
      error: {
        code: 'document-number-not-standard',
        params: { text: 'X建复[2025]第012号', expected: 'X建复〔2025〕12号' },
      },
    })
  })
})

describe('nextDocumentSequence', () => {
  it('continues after the highest serial of the same prefix and year', () => {
    const existing = ['X建复〔2025〕12号', 'X建复〔2025〕3号', 'X建复〔2024〕40号', 'Y函〔2025〕99号', null, 'garbage']
    expect(nextDocumentSequence(existing, 'X建复', 2025)).toBe(13)
    expect(nextDocumentSequence(existing, 'X建复', 2026)).toBe(1)
  })
})
