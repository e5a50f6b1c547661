/**
 * antd configuration that follows the UI language (component locale, theme) and antd's `App` context, which
 * gives `App.useApp()` (message, modal, notification) to every page.
 *
 * Styles: antd's zero-runtime mode with its prebuilt stylesheet (`antd/dist/antd.css`, the same antd version).
 * Components then no longer compute and inject their CSS while the first page renders (a large share of the
 * list's first-render time); the theme still applies, because antd keeps writing the theme's and components'
 * tokens as CSS variables, which the stylesheet reads.
 */
import type { ReactNode } from 'react'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import enUS from 'antd/locale/en_US'
import { useTranslation } from 'react-i18next'
import { isUiLanguage } from '../i18n'
import 'antd/dist/antd.css'
import { appTheme } from './theme'

const RUNTIME_THEME = { ...appTheme, zeroRuntime: true }

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = isUiLanguage(i18n.language) && i18n.language === 'en-US' ? enUS : zhCN
  return (
    <ConfigProvider locale={locale} theme={RUNTIME_THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}
