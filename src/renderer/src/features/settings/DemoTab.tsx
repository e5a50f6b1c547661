/**
 * 演示数据: load a clearly marked demo set (two sessions, units, 300 suggestions at every stage) to try the app,
 * and remove exactly it again. Both ask first and take a backup before changing anything.
 */
import { useState } from 'react'
import { Alert, App, Button, Card, Flex, Space, Tag, Typography } from 'antd'
import { DeleteOutlined, ExperimentOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { getDb } from '../../store/db'
import { backupBeforeBulk } from '../../store/backup'
import { isDemoLoaded, loadDemoData, removeDemoData, DEMO_META_KEY, type DemoMark } from '../../store/demo'
import { getHost } from '../../host'
import { nowIso } from '../common/clock'
import { formatInstant } from '../common/formatDay'
import { useErrorText } from './errorText'

export function DemoTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { message, modal } = App.useApp()
  const errorText = useErrorText()
  const [busy, setBusy] = useState(false)
  const state = useLiveQuery(async () => {
    const loaded = await isDemoLoaded(db)
    const mark = loaded ? ((await db.meta.get(DEMO_META_KEY))?.value as DemoMark) : null
    return { loaded, mark }
  }, [db])

  const run = async (action: 'load' | 'remove') => {
    setBusy(true)
    try {
      const safety = await backupBeforeBulk(db, getHost(), nowIso())
      if (!safety.ok) return void message.error(errorText(safety.error))
      if (action === 'load') {
        const result = await loadDemoData(db, nowIso())
        if (result.ok)
          void message.success(t('demo.loaded', { suggestions: result.value.suggestions, units: result.value.units }))
        else void message.error(errorText(result.error))
      } else {
        const result = await removeDemoData(db)
        if (result.ok) void message.success(t('demo.removed'))
        else void message.error(errorText(result.error))
      }
    } finally {
      setBusy(false)
    }
  }

  const confirm = (action: 'load' | 'remove') =>
    modal.confirm({
      title: t(`demo.${action}Confirm.title`),
      content: t(`demo.${action}Confirm.content`),
      okText: t(`demo.${action}`),
      okButtonProps: { danger: action === 'remove' },
      cancelText: t('actions.cancel'),
      onOk: () => run(action),
    })

  return (
    <Flex vertical gap="middle" data-testid="settings-demo">
      <Card size="small">
        <Flex vertical gap="middle">
          <Space>
            <ExperimentOutlined />
            <Typography.Text strong>{t('demo.title')}</Typography.Text>
            {state?.loaded ? (
              <Tag color="orange" data-testid="demo-status">
                {t('demo.statusLoaded')}
              </Tag>
            ) : (
              <Tag data-testid="demo-status">{t('demo.statusNone')}</Tag>
            )}
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('demo.intro')}
          </Typography.Paragraph>
          {state?.mark && (
            <Alert
              type="warning"
              showIcon
              title={t('demo.loadedAt', {
                at: formatInstant(state.mark.loadedAt),
                count: state.mark.ids.suggestions.length,
              })}
            />
          )}
          <Space>
            <Button
              type="primary"
              icon={<ExperimentOutlined />}
              loading={busy && !state?.loaded}
              disabled={readOnly || !state || state.loaded}
              onClick={() => confirm('load')}
            >
              {t('demo.load')}
            </Button>
            <Button
              danger
              icon={<DeleteOutlined />}
              loading={busy && state?.loaded}
              disabled={readOnly || !state?.loaded}
              onClick={() => confirm('remove')}
            >
              {t('demo.remove')}
            </Button>
          </Space>
        </Flex>
      </Card>
    </Flex>
  )
}
