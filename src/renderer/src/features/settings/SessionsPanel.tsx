/**
 * 届次/会次: the sessions suggestions belong to, newest first, and a form to add one. The name is suggested from
 * the term and meeting (市十七届人大四次会议) or the year (2026年闭会期间) and can be edited. A session may fix one
 * reply date for all its suggestions (fixed-date mode).
 */
import { useEffect, useState } from 'react'
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Table,
  Typography,
} from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Session } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { addSession, listSessions } from '../../store/repositories/sessions'
import { nowIso } from '../common/clock'
import { suggestedSessionName } from './sessionNaming'

export function SessionsPanel({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const sessions = useLiveQuery(() => listSessions(db), [db])
  const [adding, setAdding] = useState(false)
  return (
    <Card
      title={t('sessions.title')}
      size="small"
      data-testid="settings-sessions"
      extra={
        <Button size="small" type="primary" icon={<PlusOutlined />} disabled={readOnly} onClick={() => setAdding(true)}>
          {t('sessions.add')}
        </Button>
      }
    >
      <Table<Session>
        rowKey="id"
        size="small"
        loading={sessions === undefined}
        dataSource={sessions ?? []}
        pagination={false}
        locale={{ emptyText: t('sessions.empty') }}
        columns={[
          { title: t('sessions.fields.name'), dataIndex: 'name' },
          {
            title: t('sessions.fields.kind'),
            dataIndex: 'kind',
            width: 90,
            render: (k: Session['kind']) => t(`sessions.kinds.${k}`),
          },
          { title: t('sessions.fields.year'), dataIndex: 'year', width: 70 },
          {
            title: t('sessions.fields.startsOn'),
            dataIndex: 'startsOn',
            width: 110,
            render: (d: string | null) => d ?? '—',
          },
          {
            title: t('sessions.fields.fixedReplyDate'),
            dataIndex: 'fixedReplyDate',
            width: 130,
            render: (d: string | null) =>
              d ?? <Typography.Text type="secondary">{t('sessions.byRule')}</Typography.Text>,
          },
        ]}
      />
      {adding && <AddSessionModal onClose={() => setAdding(false)} />}
    </Card>
  )
}

interface Values {
  kind: Session['kind']
  term: number | null
  meeting: number | null
  year: number
  name: string
  startsOn: Dayjs | null
  fixedReplyDate: Dayjs | null
}

function AddSessionModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('settings')
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [nameTouched, setNameTouched] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const kind = Form.useWatch('kind', form)
  const term = Form.useWatch('term', form)
  const meeting = Form.useWatch('meeting', form)
  const year = Form.useWatch('year', form)
  const suggestion = suggestedSessionName({
    kind: kind ?? 'session',
    term: term ?? null,
    meeting: meeting ?? null,
    year: year ?? null,
  })

  useEffect(() => {
    if (!nameTouched) form.setFieldValue('name', suggestion)
  }, [suggestion, nameTouched, form])

  const submit = async (v: Values) => {
    const name = v.name.trim()
    if (!name) return setError(t('sessions.nameRequired'))
    const session = await addSession(
      getDb(),
      {
        name,
        kind: v.kind,
        term: v.term ?? null,
        meeting: v.kind === 'interim' ? null : (v.meeting ?? null),
        year: v.year,
        startsOn: v.startsOn ? v.startsOn.format('YYYY-MM-DD') : null,
        fixedReplyDate: v.fixedReplyDate ? v.fixedReplyDate.format('YYYY-MM-DD') : null,
      },
      nowIso(),
    )
    void message.success(t('sessions.added', { name: session.name }))
    onClose()
  }

  return (
    <Modal
      open
      title={t('sessions.addTitle')}
      okText={t('actions.save')}
      cancelText={t('actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          kind: 'session',
          term: 17,
          meeting: 1,
          year: dayjs().year(),
          name: '',
          startsOn: null,
          fixedReplyDate: null,
        }}
      >
        <Form.Item name="kind" label={t('sessions.fields.kind')}>
          <Radio.Group
            optionType="button"
            options={(['session', 'interim'] as const).map((k) => ({ value: k, label: t(`sessions.kinds.${k}`) }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="term" label={t('sessions.fields.term')}>
              <InputNumber min={1} max={99} style={{ width: '100%' }} suffix={t('sessions.termSuffix')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="meeting" label={t('sessions.fields.meeting')}>
              <InputNumber
                min={1}
                max={99}
                style={{ width: '100%' }}
                disabled={kind === 'interim'}
                suffix={t('sessions.meetingSuffix')}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={t('sessions.fields.year')} rules={[{ required: true }]}>
              <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('sessions.fields.name')} extra={t('sessions.nameHint', { name: suggestion })}>
          <Input maxLength={60} onChange={() => setNameTouched(true)} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="startsOn" label={t('sessions.fields.startsOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="fixedReplyDate"
              label={t('sessions.fields.fixedReplyDate')}
              extra={t('sessions.fixedHint')}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {error && (
          <Flex>
            <Alert type="error" showIcon title={error} />
          </Flex>
        )}
      </Form>
    </Modal>
  )
}
