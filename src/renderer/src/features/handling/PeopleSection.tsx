/** 签收 and the people responsible (分管领导, 责任科室, 经办人, phone); signing for opens the shared 签收 form. */
import { Button, Descriptions, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment } from '@shared/domain/model'
import { formatDay } from '../common/formatDay'
import { useHandlingEnv } from './handlingEnv'

export function PeopleSection({ assignment: a }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const none = <Typography.Text type="secondary">—</Typography.Text>
  const value = (v: string | null) => (v && v.trim() !== '' ? v : none)
  return (
    <Flex vertical gap={8} data-testid="handling-people">
      {a.signedOn === null && (
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="warning">{t('people.notSigned')}</Typography.Text>
          {env.canAct && a.state === 'assigned' && (
            <Button
              type="primary"
              size="small"
              data-testid="handling-sign-for"
              onClick={() => env.openForm('signFor', a.id)}
            >
              {t('people.signFor')}
            </Button>
          )}
        </Flex>
      )}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('people.signedOn')}>
          {a.signedOn ? formatDay(a.signedOn, i18n.language) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('people.leader')}>{value(a.people.leader)}</Descriptions.Item>
        <Descriptions.Item label={t('people.department')}>{value(a.people.department)}</Descriptions.Item>
        <Descriptions.Item label={t('people.handler')}>{value(a.people.handler)}</Descriptions.Item>
        <Descriptions.Item label={t('people.phone')}>{value(a.people.phone)}</Descriptions.Item>
      </Descriptions>
    </Flex>
  )
}
