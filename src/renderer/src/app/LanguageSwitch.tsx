/** The header's language menu. Persists the choice and tells the host (see i18n/index.ts). */
import { Button, Dropdown } from 'antd'
import { GlobalOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { SUPPORTED_LANGUAGES, changeLanguage, currentLanguage, isUiLanguage } from '../i18n'

export function LanguageSwitch() {
  const { t } = useTranslation('common')
  const language = currentLanguage()
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: SUPPORTED_LANGUAGES.map((lng) => ({ key: lng, label: t(`language.${lng}`), lang: lng })),
        onClick: ({ key }) => {
          if (isUiLanguage(key) && key !== language) void changeLanguage(key)
        },
      }}
    >
      <Button
        type="text"
        className="shell-header-button"
        icon={<GlobalOutlined />}
        aria-label={t('language.label')}
        title={t('language.label')}
        data-testid="language-switch"
      >
        {t(`language.${language}`)}
      </Button>
    </Dropdown>
  )
}
