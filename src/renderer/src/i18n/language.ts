/**
 * Which UI language is in use and where the choice is remembered. Pure helpers (storage passed in) so they can
 * be tested without a browser.
 */
import type { UiLanguage } from '@shared/bridge/hostBridge'

export const SUPPORTED_LANGUAGES: readonly UiLanguage[] = ['zh-CN', 'en-US']
export const DEFAULT_LANGUAGE: UiLanguage = 'zh-CN'
/** localStorage key of the chosen UI language. */
export const LANGUAGE_STORAGE_KEY = 'ui.language'

export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value)
}

/** The stored language, or the default when nothing (or something unknown) is stored or storage is unavailable. */
export function readStoredLanguage(storage: LanguageStorage | undefined): UiLanguage {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY)
    return isUiLanguage(stored) ? stored : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

export function storeLanguage(storage: LanguageStorage | undefined, language: UiLanguage): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Storage can be disabled or full; the choice then lasts for this session only.
  }
}

/** dayjs locale name for a UI language. */
export function dayjsLocaleOf(language: UiLanguage): 'zh-cn' | 'en' {
  return language === 'zh-CN' ? 'zh-cn' : 'en'
}
