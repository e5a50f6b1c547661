/**
 * The header's language menu. Persists the choice and tells the host (see i18n/index.ts). The menu (an antd
 * Dropdown and its popup machinery) is mounted on first use, not with every first page.
 */
import { useState } from 'react'
import { Dropdown } from 'antd'
import { GlobalOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { SUPPORTED_LANGUAGES, changeLanguage, currentLanguage, isUiLanguage } from '../i18n'

export function LanguageSwitch() {
  const { t } = useTranslation('common')
  const language = currentLanguage()
  const [open, setOpen] = useState(false)
  const [used, setUsed] = useState(false)
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
        setUsed(true)
        setOpen((o) => !o)
      }}
    >
      <GlobalOutlined />
      <span>{t(`language.${language}`)}</span>
    </button>
  )
  if (!used) return button
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: SUPPORTED_LANGUAGES.map((lng) => ({ key: lng, label: t(`language.${lng}`), lang: lng })),
        onClick: ({ key }) => {
          setOpen(false)
          if (isUiLanguage(key) && key !== language) void changeLanguage(key)
        },
      }}
    >
      {button}
    </Dropdown>
  )
}
