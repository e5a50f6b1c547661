/** The gate's chooser: pick a profile, add another, or — on first run — create the administrator. */
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Operator, OperatorRole } from '@shared/domain/model'
import type { SuggestionDb } from '../../store/db'
import { createOperator } from '../../store/repositories/operators'

export default function OperatorChooser(props: {
  operators: Operator[]
  db: SuggestionDb
  onChoose: (id: string) => void
}) {
  const { t } = useTranslation('operators')
  const { operators, db, onChoose } = props
  return (
    <Flex justify="center" align="center" style={{ minHeight: '80vh' }} data-testid="operator-gate">
      <Card style={{ width: 420 }} title={operators.length === 0 ? t('gate.firstRunTitle') : t('gate.title')}>
        {operators.length === 0 ? (
          <CreateOperatorForm db={db} firstRun onCreated={(o) => onChoose(o.id)} />
        ) : (
          <ChooseOperator operators={operators.filter((o) => o.active)} onChoose={onChoose} db={db} />
        )}
      </Card>
    </Flex>
  )
}

function ChooseOperator(props: { operators: Operator[]; onChoose: (id: string) => void; db: SuggestionDb }) {
  const { t } = useTranslation('operators')
  const [selected, setSelected] = useState<string | undefined>(props.operators[0]?.id)
  const [adding, setAdding] = useState(false)
  if (adding) return <CreateOperatorForm db={props.db} firstRun={false} onCreated={(o) => props.onChoose(o.id)} />
  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{t('gate.intro')}</Typography.Text>
      <Select
        aria-label={t('fields.name')}
        value={selected}
        onChange={setSelected}
        options={props.operators.map((o) => ({ value: o.id, label: `${o.name}（${t(`roles.${o.role}`)}）` }))}
      />
      <Flex justify="space-between">
        <Button onClick={() => setAdding(true)}>{t('gate.addAnother')}</Button>
        <Button type="primary" disabled={!selected} onClick={() => selected && props.onChoose(selected)}>
          {t('gate.choose')}
        </Button>
      </Flex>
    </Flex>
  )
}

function CreateOperatorForm(props: { db: SuggestionDb; firstRun: boolean; onCreated: (o: Operator) => void }) {
  const { t } = useTranslation('operators')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (values: { name: string; role?: OperatorRole }) => {
    setBusy(true)
    const result = await createOperator(
      props.db,
      { name: values.name ?? '', role: values.role ?? 'staff' },
      new Date().toISOString(),
    )
    setBusy(false)
    if (result.ok) props.onCreated(result.value)
    else setError(t(`errors.${result.error.code}` as 'errors.operator-name-required', result.error.params ?? {}))
  }
  return (
    <Form layout="vertical" onFinish={submit} initialValues={{ role: 'staff' }}>
      {props.firstRun && <Typography.Paragraph type="secondary">{t('gate.firstRunIntro')}</Typography.Paragraph>}
      <Form.Item
        name="name"
        label={t('fields.name')}
        rules={[{ required: true, message: t('errors.operator-name-required') }]}
      >
        <Input autoFocus maxLength={40} />
      </Form.Item>
      {!props.firstRun && (
        <Form.Item name="role" label={t('fields.role')}>
          <Select
            options={(['administrator', 'staff', 'read-only'] as const).map((r) => ({
              value: r,
              label: t(`roles.${r}`),
            }))}
          />
        </Form.Item>
      )}
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('gate.create')}
      </Button>
    </Form>
  )
}
