/** The header's "who is working" tag, with a way back to the chooser. */
import { UserOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Operator } from '@shared/domain/model'

export function OperatorBadge({ operator, onSwitch }: { operator: Operator; onSwitch: () => void }) {
  const { t } = useTranslation('operators')
  return (
    <Space size="small" data-testid="operator-badge">
      <Tooltip title={t('badge.signedInAs', { name: operator.name })}>
        <Tag icon={<UserOutlined />} color={operator.role === 'administrator' ? 'gold' : 'blue'}>
          {operator.name} · {t(`roles.${operator.role}`)}
        </Tag>
      </Tooltip>
      <Button size="small" type="link" style={{ color: 'inherit' }} onClick={onSwitch}>
        {t('badge.switch')}
      </Button>
    </Space>
  )
}
