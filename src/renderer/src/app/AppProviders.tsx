/**
 * antd configuration that follows the UI language (component locale, theme) and antd's `App` context, which
 * gives `App.useApp()` (message, modal, notification) to every page.
 */
import type { ReactNode } from 'react'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import enUS from 'antd/locale/en_US'
import { useTranslation } from 'react-i18next'
import { isUiLanguage } from '../i18n'
import { appTheme } from './theme'

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = isUiLanguage(i18n.language) && i18n.language === 'en-US' ? enUS : zhCN
  return (
    <ConfigProvider locale={locale} theme={appTheme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}
