import { describe, expect, it } from 'vitest'
import enUS from '../../../src/renderer/src/i18n/locales/en-US/export'
import zhCN from '../../../src/renderer/src/i18n/locales/zh-CN/export'
import { dayText, exportMessages, fill } from '../../../src/renderer/src/workbook/export/exportText'
import { REPLY_IMPORT_ERROR_CODES } from '../../../src/shared/exchange/replyWorkbook'
import { REPLY_WORKBOOK_FIELDS } from '../../../src/shared/exchange/replyWorkbookLayout'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('export texts', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort())
  })
  it('has a message for every reply-import error code and a header for every reply workbook column', () => {
    for (const code of REPLY_IMPORT_ERROR_CODES) {
      expect(zhCN.replyImport.errors[code], code).toBeTruthy()
      expect(enUS.replyImport.errors[code], code).toBeTruthy()
    }
    for (const field of REPLY_WORKBOOK_FIELDS) expect(zhCN.columns[field], field).toBeTruthy()
  })
  it('defaults to Chinese and writes days in each language’s way', () => {
    expect(exportMessages(undefined)).toBe(zhCN)
    expect(dayText(exportMessages('zh-CN'), '2025-06-01')).toBe('2025年6月1日')
    expect(dayText(exportMessages('en-US'), '2025-06-01')).toBe('2025-06-01')
    expect(fill('{{a}}-{{b}}-{{missing}}', { a: 1, b: '二' })).toBe('1-二-{{missing}}')
  })
})
