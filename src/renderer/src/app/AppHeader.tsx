/** The top bar: application name on the left; feature extras and the language menu on the right. */
import { Flex, Layout } from 'antd'
import { AuditOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { HeaderExtras } from './HeaderExtras'
import { LanguageSwitch } from './LanguageSwitch'

export function AppHeader() {
  const { t } = useTranslation('common')
  return (
    <Layout.Header className="shell-header">
      <a className="shell-brand" href="#/" data-testid="app-name">
        <span className="shell-brand-mark" aria-hidden>
          <AuditOutlined />
        </span>
        <span className="shell-brand-name">{t('appName')}</span>
      </a>
      <Flex align="center" gap={16}>
        <HeaderExtras />
        <LanguageSwitch />
      </Flex>
    </Layout.Header>
  )
}
