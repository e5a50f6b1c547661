/**
 * Shows a host call's failure as a translated antd message. `cancelled` (the user closed a dialog) is silent.
 *
 *   const showHostError = useHostError()
 *   const result = await getHost().openFile(...)
 *   if (!result.ok) return showHostError(result.error)
 */
import { useCallback } from 'react'
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HostError, HostErrorCode } from '@shared/bridge/hostBridge'

/** The i18next key (namespace `errors`) of a host error code. */
export function hostErrorKey(code: HostErrorCode): `host.${HostErrorCode}` {
  return `host.${code}`
}

export function useHostError(): (error: HostError) => void {
  const { message } = App.useApp()
  const { t } = useTranslation('errors')
  return useCallback(
    (error: HostError) => {
      if (error.code === 'cancelled') return
      if (error.detail) console.warn(`host error ${error.code}: ${error.detail}`)
      void message.error(t(hostErrorKey(error.code)))
    },
    [message, t],
  )
}
