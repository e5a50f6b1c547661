import { describe, expect, it } from 'vitest'
import zhCN from '@renderer/i18n/locales/zh-CN/import'
import enUS from '@renderer/i18n/locales/en-US/import'
import { IMPORT_FIELDS } from '@shared/import'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

/** Every code the pipeline emits; kept here so a new code without a message fails this test. */
const ERROR_CODES = [
  'empty-file',
  'too-large',
  'legacy-format',
  'encrypted',
  'not-a-workbook',
  'damaged',
  'zip-bomb',
  'too-many-rows',
  'unreadable-text',
  'cancelled',
  'no-sheets',
  'sheet-not-found',
  'no-header-row',
  'missing-column',
  'mapping-column-not-found',
  'missing-number',
  'bad-number',
  'missing-title',
  'missing-lead-deputy',
  'bad-date',
  'cell-too-long',
  'duplicate-in-file',
]
const WARNING_CODES = [
  'no-date-column',
  'missing-date',
  'unknown-unit',
  'several-lead-units',
  'bad-flag',
  'number-year-prefix',
  'lead-deputy-list',
]

describe('import messages', () => {
  it('has the same keys in zh-CN and en-US', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort())
  })

  it('has a message for every error and warning code and every field', () => {
    expect(Object.keys(zhCN.errors).sort()).toEqual([...ERROR_CODES].sort())
    expect(Object.keys(zhCN.warnings).sort()).toEqual([...WARNING_CODES].sort())
    for (const field of IMPORT_FIELDS) expect(zhCN.fields[field]).toMatch(/\S/)
  })
})
