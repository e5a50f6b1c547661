/**
 * Collects the locale resources from `locales/<language>/<namespace>.ts` files. The folder is globbed, so a
 * feature adds a namespace by adding two files (zh-CN and en-US), never by editing a list here.
 */
import type { UiLanguage } from '@shared/bridge/hostBridge'

export type LocaleTree = { [key: string]: string | LocaleTree }
export interface LocaleModule {
  default: LocaleTree
}
export type LocaleResources = Record<string, Record<string, LocaleTree>>

const LOCALE_PATH = /\/locales\/([^/]+)\/([^/]+)\.ts$/

/** Turns `{ './locales/zh-CN/common.ts': module }` into `{ 'zh-CN': { common: {...} } }`. */
export function collectResources(modules: Record<string, LocaleModule>): LocaleResources {
  const resources: LocaleResources = {}
  for (const [path, module] of Object.entries(modules)) {
    const match = LOCALE_PATH.exec(path)
    if (!match) continue
    const [, language, namespace] = match as unknown as [string, string, string]
    resources[language] ??= {}
    resources[language][namespace] = module.default
  }
  return resources
}

export const resources = collectResources(
  import.meta.glob<LocaleModule>('./locales/*/*.ts', { eager: true }),
) satisfies Partial<Record<UiLanguage, Record<string, LocaleTree>>>

/** Namespaces of the source language; i18next loads exactly these. */
export const namespaces: string[] = Object.keys(resources['zh-CN'] ?? {}).sort()
