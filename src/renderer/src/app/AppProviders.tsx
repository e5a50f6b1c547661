/**
 * antd configuration that follows the UI language (component locale, theme) and antd's `App` context, which
 * gives `App.useApp()` (message, modal, notification) to every page.
 *
 * Styles: antd's zero-runtime mode with its prebuilt stylesheet (`antd/dist/antd.css`, the same antd version).
 * Components then no longer compute and inject their CSS while the first page renders (a large share of the
 * list's first-render time); the theme still applies, because antd keeps writing the theme's and components'
 * tokens as CSS variables, which the stylesheet reads.
 *
 * Motion: when the system asks for reduced motion (Windows: 设置 → 辅助功能 → 视觉效果 → 动画效果 off), antd's
 * opening and closing animations are off too, so dialogs and menus appear at once.
 */
import { useSyncExternalStore, type ReactNode } from 'react'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import enUS from 'antd/locale/en_US'
import { useTranslation } from 'react-i18next'
import { isUiLanguage } from '../i18n'
import 'antd/dist/antd.css'
import { appTheme } from './theme'

const RUNTIME_THEME = { ...appTheme, zeroRuntime: true }
const STILL_THEME = { ...RUNTIME_THEME, token: { ...appTheme.token, motion: false } }

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION).matches
function onMotionPreference(change: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined
  const query = matchMedia(REDUCED_MOTION)
  query.addEventListener('change', change)
  return () => query.removeEventListener('change', change)
}

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = isUiLanguage(i18n.language) && i18n.language === 'en-US' ? enUS : zhCN
  const still = useSyncExternalStore(onMotionPreference, reducedMotion, () => false)
  return (
    <ConfigProvider locale={locale} theme={still ? STILL_THEME : RUNTIME_THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}
