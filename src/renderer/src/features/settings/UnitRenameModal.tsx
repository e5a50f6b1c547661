/** 更名: a new name for a unit; the old name stays as an alias (old workbooks still match) and in the history. */
import { useState } from 'react'
import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Unit } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { renameUnit } from '../../store/repositories/units'
import { useOperator } from '../operators'
import { nowIso } from '../common/clock'
import { useErrorText } from './errorText'

export function UnitRenameModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { t } = useTranslation('settings')
  const { actor } = useOperator()
  const { message } = App.useApp()
  const errorText = useErrorText()
  const [form] = Form.useForm<{ name: string }>()
  const [error, setError] = useState<string | null>(null)

  const submit = async ({ name }: { name: string }) => {
    const result = await renameUnit(getDb(), unit.id, name, actor, nowIso())
    if (!result.ok) return setError(errorText(result.error))
    void message.success(t('units.rename.done', { from: unit.name, to: result.value.name }))
    onClose()
  }

  return (
    <Modal
      open
      title={t('units.rename.title', { name: unit.name })}
      okText={t('units.rename.ok')}
      cancelText={t('actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('units.rename.note')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: unit.name }}>
        <Form.Item
          name="name"
          label={t('units.rename.newName')}
          rules={[{ required: true, whitespace: true, message: t('errors.unit-name-required') }]}
        >
          <Input maxLength={60} autoFocus />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  )
}
