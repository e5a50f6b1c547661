/**
 * i18next setup for the renderer: resources bundled (no network), language from localStorage (`ui.language`,
 * default zh-CN), `<html lang>`, the document title, dayjs and the host all follow the current language.
 *
 * Use `useTranslation('<ns>')` in components; change the language only through `changeLanguage()`.
 */
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import 'dayjs/locale/en'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import './namespaces'
import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  dayjsLocaleOf,
  isUiLanguage,
  readStoredLanguage,
  storeLanguage,
} from './language'
import { namespaces, resources } from './resources'
import { tellHostLanguage } from './hostLanguage'

export { SUPPORTED_LANGUAGES, DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, isUiLanguage } from './language'

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

function applyLanguage(language: UiLanguage): void {
  dayjs.locale(dayjsLocaleOf(language))
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language
    document.title = i18n.t('common:appName', { lng: language })
  }
}

let initialised = false

/** Initialises i18next synchronously (resources are bundled). Safe to call more than once. */
export function initI18n(): typeof i18n {
  if (initialised) return i18n
  initialised = true
  const language = readStoredLanguage(browserStorage())
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  applyLanguage(language)
  tellHostLanguage(language)
  return i18n
}

/** The current UI language (always one of the supported ones). */
export function currentLanguage(): UiLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language
  return isUiLanguage(language) ? language : DEFAULT_LANGUAGE
}

/** Switches the UI language, remembers it and tells the host. */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language)
  storeLanguage(browserStorage(), language)
  applyLanguage(language)
  tellHostLanguage(language)
}

export { i18n }
