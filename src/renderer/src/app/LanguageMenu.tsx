/** The language menu itself (an antd Dropdown), loaded by LanguageSwitch on first use. */
import { Dropdown } from 'antd'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { SUPPORTED_LANGUAGES, changeLanguage, currentLanguage, isUiLanguage } from '../i18n'

export default function LanguageMenu(props: {
  open: boolean
  onOpenChange: (open: boolean) => void
  children: ReactElement
}) {
  const { t } = useTranslation('common')
  const language = currentLanguage()
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      open={props.open}
      onOpenChange={props.onOpenChange}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: SUPPORTED_LANGUAGES.map((lng) => ({ key: lng, label: t(`language.${lng}`), lang: lng })),
        onClick: ({ key }) => {
          props.onOpenChange(false)
          if (isUiLanguage(key) && key !== language) void changeLanguage(key)
        },
      }}
    >
      {props.children}
    </Dropdown>
  )
}
