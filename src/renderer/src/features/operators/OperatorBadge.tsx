/** The header's "who is working" tag, with a way back to the chooser. */
import { UserOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useOperator } from './operatorContext'

export function OperatorBadge() {
  const { t } = useTranslation('operators')
  const { operator, signOut } = useOperator()
  return (
    <Space size="small" data-testid="operator-badge">
      <Tooltip title={t('badge.signedInAs', { name: operator.name })}>
        <Tag icon={<UserOutlined />} color={operator.role === 'administrator' ? 'gold' : 'blue'}>
          {operator.name} · {t(`roles.${operator.role}`)}
        </Tag>
      </Tooltip>
      <Button size="small" type="link" onClick={signOut}>
        {t('badge.switch')}
      </Button>
    </Space>
  )
}
