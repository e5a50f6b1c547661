/**
 * The texts of exported workbooks, in the language the caller names. Reads the `export` locale namespace
 * directly (not through i18next) so the writers run the same in the renderer, in workers and in Node tests.
 */
import type { UiLanguage } from '@shared/bridge/hostBridge'
import type { IsoDate } from '@shared/domain/model'
import { splitIsoDay } from '@shared/exchange/cellText'
import zhCN from '../../i18n/locales/zh-CN/export'
import enUS from '../../i18n/locales/en-US/export'

export type ExportMessages = typeof zhCN

const MESSAGES: Record<UiLanguage, ExportMessages> = { 'zh-CN': zhCN, 'en-US': enUS }

/** Chinese unless the caller asks for English: exported workbooks default to the office's language. */
export function exportMessages(language: UiLanguage | undefined): ExportMessages {
  return MESSAGES[language ?? 'zh-CN']
}

/** Fills `{{name}}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** A day as written in titles and file names: `2025年6月10日` / `2025-06-10`. */
export function dayText(messages: ExportMessages, date: IsoDate): string {
  const d = splitIsoDay(date)
  if (!d || messages.dayStyle !== 'chinese') return date
  return `${d.year}年${d.month}月${d.day}日`
}

/** Today on the local calendar of the machine, as the default export date. */
export function localToday(): IsoDate {
  const now = new Date()
  const p = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}
