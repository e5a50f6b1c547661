/**
 * Coded refusals of the store and of the settings screens, as sentences: `settings:errors.<code>` first, then
 * `store:errors.<code>`, then the host's error codes; anything else says which code it was.
 */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/domain/model'
import settingsZh from '../../i18n/locales/zh-CN/settings'
import storeZh from '../../i18n/locales/zh-CN/store'

const has = (tree: object, key: string): boolean => Object.prototype.hasOwnProperty.call(tree, key)

export function useErrorText(): (error: DomainError | { code: string; detail?: string }) => string {
  const { t } = useTranslation(['settings', 'store'])
  return useCallback(
    (error) => {
      const params: Record<string, string | number> = 'params' in error && error.params ? error.params : {}
      if (has(settingsZh.errors, error.code))
        return t(`settings:errors.${error.code as keyof typeof settingsZh.errors}`, params)
      if (has(storeZh.errors, error.code)) return t(`store:errors.${error.code as keyof typeof storeZh.errors}`, params)
      if (has(settingsZh.hostErrors, error.code))
        return t(`settings:hostErrors.${error.code as keyof typeof settingsZh.hostErrors}`)
      return t('settings:errors.unknown', { code: error.code })
    },
    [t],
  )
}
