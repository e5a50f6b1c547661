/**
 * The header's language button. Its menu (LanguageMenu: an antd Dropdown and its popup machinery) loads on first
 * use, not with every first page. The choice is persisted and told to the host (see i18n/index.ts).
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import { GlobalOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { currentLanguage } from '../i18n'

const loadLanguageMenu = () => import('./LanguageMenu')
const LanguageMenu = lazy(loadLanguageMenu)

/** After this long, the menu's code is fetched in the background, so the first click opens it at once. */
const PREFETCH_MS = 1000

export function LanguageSwitch() {
  const { t } = useTranslation('common')
  const language = currentLanguage()
  const [open, setOpen] = useState(false)
  const [used, setUsed] = useState(false)
  useEffect(() => {
    const timer = window.setTimeout(() => void loadLanguageMenu().catch(() => undefined), PREFETCH_MS)
    return () => window.clearTimeout(timer)
  }, [])
  const button = (
    <button
      type="button"
      className="shell-header-button"
      aria-label={t('language.label')}
      aria-haspopup="menu"
      aria-expanded={open}
      title={t('language.label')}
      data-testid="language-switch"
      onClick={() => {
        // The first click opens the menu; from then on the menu's own trigger opens and closes it.
        if (used) return
        setUsed(true)
        setOpen(true)
      }}
    >
      <GlobalOutlined />
      <span>{t(`language.${language}`)}</span>
    </button>
  )
  if (!used) return button
  return (
    <Suspense fallback={button}>
      <LanguageMenu open={open} onOpenChange={setOpen}>
        {button}
      </LanguageMenu>
    </Suspense>
  )
}
