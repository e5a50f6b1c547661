/**
 * The header's language button and its small menu (简体中文 / English). Plain elements: the menu holds two
 * items, and an antd Dropdown (with its popup machinery) is not worth its code on every start. Escape or a
 * click elsewhere closes it; ↑/↓ move between the items. The choice is persisted and told to the host (see
 * i18n/index.ts).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { CheckOutlined, GlobalOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import { SUPPORTED_LANGUAGES, changeLanguage, currentLanguage } from '../i18n'

export function LanguageSwitch() {
  const { t } = useTranslation('common')
  const language = currentLanguage()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const menu = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus()
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  const choose = (lng: UiLanguage) => {
    setOpen(false)
    if (lng !== language) void changeLanguage(lng)
  }
  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape') {
      e.preventDefault()
      setOpen(false)
      root.current?.querySelector<HTMLElement>('[data-testid="language-switch"]')?.focus()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
    }
  }

  return (
    <div className="language-switch" ref={root}>
      <button
        type="button"
        className="shell-header-button"
        aria-label={t('language.label')}
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('language.label')}
        data-testid="language-switch"
        onClick={() => setOpen((o) => !o)}
      >
        <GlobalOutlined />
        <span>{t(`language.${language}`)}</span>
      </button>
      {open && (
        <div
          className="language-menu"
          role="menu"
          aria-label={t('language.label')}
          ref={menu}
          onKeyDown={onMenuKeyDown}
        >
          {SUPPORTED_LANGUAGES.map((lng) => (
            <button
              key={lng}
              type="button"
              role="menuitemradio"
              aria-checked={lng === language}
              lang={lng}
              className="language-menu-item"
              onClick={() => choose(lng)}
            >
              <span>{t(`language.${lng}`)}</span>
              {lng === language && <CheckOutlined aria-hidden />}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
