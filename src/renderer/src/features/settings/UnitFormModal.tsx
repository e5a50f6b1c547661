/** Add a unit, or edit one's type, short names, aliases and contacts (the name changes through 更名). */
import { useState } from 'react'
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Unit, UnitType } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { addUnit, editUnit, setUnitAliases } from '../../store/repositories/units'
import { useOperator } from '../operators'
import { nowIso } from '../common/clock'
import { useErrorText } from './errorText'

export const UNIT_TYPES: readonly UnitType[] = [
  'government-department',
  'district',
  'court',
  'procuratorate',
  'congress-body',
  'enterprise',
  'other',
]

interface Values {
  name: string
  shortNames: string[]
  aliases: string[]
  type: UnitType
  leader?: string
  department?: string
  contact?: string
  phone?: string
}

const orNull = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null)

export function UnitFormModal({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { actor } = useOperator()
  const { message } = App.useApp()
  const errorText = useErrorText()
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (values: Values) => {
    setBusy(true)
    setError(null)
    const contacts = {
      leader: orNull(values.leader),
      department: orNull(values.department),
      contact: orNull(values.contact),
      phone: orNull(values.phone),
    }
    const result = unit
      ? await editUnit(
          db,
          unit.id,
          { type: values.type, shortNames: values.shortNames, contacts },
          actor,
          nowIso(),
        ).then(async (edited) => (edited.ok ? setUnitAliases(db, unit.id, values.aliases) : edited))
      : await addUnit(
          db,
          { name: values.name, shortNames: values.shortNames, aliases: values.aliases, type: values.type, contacts },
          actor,
          nowIso(),
        )
    setBusy(false)
    if (!result.ok) return setError(errorText(result.error))
    void message.success(t(unit ? 'units.form.saved' : 'units.form.added', { name: result.value.name }))
    onClose()
  }

  return (
    <Modal
      open
      title={unit ? t('units.form.editTitle', { name: unit.name }) : t('units.form.addTitle')}
      okText={t('actions.save')}
      cancelText={t('actions.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          name: unit?.name ?? '',
          shortNames: unit?.shortNames ?? [],
          aliases: unit?.aliases ?? [],
          type: unit?.type ?? 'government-department',
          leader: unit?.contacts.leader ?? '',
          department: unit?.contacts.department ?? '',
          contact: unit?.contacts.contact ?? '',
          phone: unit?.contacts.phone ?? '',
        }}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('units.form.name')}
              rules={[{ required: true, whitespace: true, message: t('errors.unit-name-required') }]}
              extra={unit ? t('units.form.nameViaRename') : undefined}
            >
              <Input maxLength={60} disabled={unit !== null} autoFocus />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="type" label={t('units.form.type')}>
              <Select options={UNIT_TYPES.map((type) => ({ value: type, label: t(`units.types.${type}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="shortNames" label={t('units.form.shortNames')} extra={t('units.form.namesHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item name="aliases" label={t('units.form.aliases')} extra={t('units.form.aliasesHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="leader" label={t('units.form.leader')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="department" label={t('units.form.department')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contact" label={t('units.form.contact')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t('units.form.phone')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  )
}
