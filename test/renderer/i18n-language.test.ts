/** The UI language choice: where it is stored, what counts as valid, and the fallback. */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  dayjsLocaleOf,
  isUiLanguage,
  readStoredLanguage,
  storeLanguage,
  type LanguageStorage,
} from '@renderer/i18n/language'

function memoryStorage(initial: Record<string, string> = {}): LanguageStorage & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value
    },
  }
}

describe('UI language', () => {
  it('defaults to zh-CN and stores under ui.language', () => {
    expect(DEFAULT_LANGUAGE).toBe('zh-CN')
    expect(LANGUAGE_STORAGE_KEY).toBe('ui.language')
    expect(readStoredLanguage(memoryStorage())).toBe('zh-CN')
    expect(readStoredLanguage(undefined)).toBe('zh-CN')
  })

  it('reads back a stored supported language', () => {
    const storage = memoryStorage()
    storeLanguage(storage, 'en-US')
    expect(storage.data).toEqual({ 'ui.language': 'en-US' })
    expect(readStoredLanguage(storage)).toBe('en-US')
  })

  it('ignores unsupported values and failing storage', () => {
    expect(readStoredLanguage(memoryStorage({ 'ui.language': 'fr-FR' }))).toBe('zh-CN')
    expect(readStoredLanguage(memoryStorage({ 'ui.language': 'en' }))).toBe('zh-CN')
    const broken: LanguageStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(readStoredLanguage(broken)).toBe('zh-CN')
    expect(() => storeLanguage(broken, 'en-US')).not.toThrow()
  })

  it('recognises exactly the two supported languages', () => {
    expect(['zh-CN', 'en-US', 'zh', 'en', '', null, 1].map(isUiLanguage)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('maps UI languages to dayjs locales', () => {
    expect(dayjsLocaleOf('zh-CN')).toBe('zh-cn')
    expect(dayjsLocaleOf('en-US')).toBe('en')
  })
})
