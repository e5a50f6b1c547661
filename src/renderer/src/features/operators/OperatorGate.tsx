/**
 * The operator chooser shown when the app opens: pick your profile, or — on first run — create the
 * administrator. Children render only once someone is chosen, inside an `OperatorContext`.
 */
import { Alert, Button, Card, Flex, Form, Input, Select, Spin, Typography } from 'antd'
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Operator, OperatorRole } from '@shared/domain/model'
import { getDb, type SuggestionDb } from '../../store/db'
import { createOperator, listOperators } from '../../store/repositories/operators'
import { useStartupLiveQuery } from '../../store/startupReads'
import { OperatorContext, rememberOperatorId, rememberedOperatorId, type OperatorSession } from './operatorContext'

export interface OperatorGateProps {
  children: ReactNode
  db?: SuggestionDb
}

export function OperatorGate({ children, db = getDb() }: OperatorGateProps) {
  const { t } = useTranslation('operators')
  const operators = useStartupLiveQuery('operators', db, () => listOperators(db), [db])
  const [chosenId, setChosenId] = useState<string | null>(() => rememberedOperatorId())
  const chosen = operators?.find((o) => o.id === chosenId && o.active) ?? null

  const session = useMemo<OperatorSession | null>(
    () =>
      chosen
        ? {
            operator: chosen,
            actor: { id: chosen.id, name: chosen.name },
            signOut: () => {
              rememberOperatorId(null)
              setChosenId(null)
            },
          }
        : null,
    [chosen],
  )
  const choose = (id: string) => {
    rememberOperatorId(id)
    setChosenId(id)
  }

  if (operators === undefined) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '60vh' }}>
        <Spin tip={t('gate.loading')} />
      </Flex>
    )
  }
  if (session) return <OperatorContext.Provider value={session}>{children}</OperatorContext.Provider>
  return (
    <Flex justify="center" align="center" style={{ minHeight: '80vh' }} data-testid="operator-gate">
      <Card style={{ width: 420 }} title={operators.length === 0 ? t('gate.firstRunTitle') : t('gate.title')}>
        {operators.length === 0 ? (
          <CreateOperatorForm db={db} firstRun onCreated={(o) => choose(o.id)} />
        ) : (
          <ChooseOperator operators={operators.filter((o) => o.active)} onChoose={choose} db={db} />
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
