/**
 * The header's "who is working" label, with a way back to the chooser. Plain elements (a chip and a button)
 * rather than antd Tag, Tooltip and Button: the header is drawn with every first page.
 */
import { UserOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Operator } from '@shared/domain/model'
import '../common/chip.css'

export function OperatorBadge({ operator, onSwitch }: { operator: Operator; onSwitch: () => void }) {
  const { t } = useTranslation('operators')
  return (
    <span className="operator-badge" data-testid="operator-badge">
      <span
        className={`chip chip-${operator.role === 'administrator' ? 'gold' : 'blue'}`}
        title={t('badge.signedInAs', { name: operator.name })}
      >
        <UserOutlined /> {operator.name} · {t(`roles.${operator.role}`)}
      </span>
      <button type="button" className="shell-header-button" onClick={onSwitch}>
        {t('badge.switch')}
      </button>
    </span>
  )
}
