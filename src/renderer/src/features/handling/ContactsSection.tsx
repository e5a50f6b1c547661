/**
 * 沟通联系 with the deputy before, during and after handling (当面 / 电话 / 书面 / 调研 / 座谈): a short form and
 * the records listed by date. Recorded with the domain's `recordContact`; face-to-face ones count for 见面率.
 */
import { useState } from 'react'
import { Alert, Button, DatePicker, Flex, Form, Input, Select, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Assignment, ContactKind, ContactPhase, IsoDate } from '@shared/domain/model'
import { recordContact } from '@shared/domain/workflow'
import { formatDay } from '../common/formatDay'
import { useHandlingEnv } from './handlingEnv'
import { useSectionCommand } from './useSectionCommand'

const KINDS: ContactKind[] = ['face-to-face', 'phone', 'written', 'survey', 'forum']
const PHASES: ContactPhase[] = ['before', 'during', 'after']

export function ContactsSection({ assignment: a }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation('handling')
  const env = useHandlingEnv()
  const command = useSectionCommand()
  const [kind, setKind] = useState<ContactKind>('face-to-face')
  const [phase, setPhase] = useState<ContactPhase>('during')
  const [on, setOn] = useState<IsoDate>(env.today)
  const [people, setPeople] = useState('')
  const [summary, setSummary] = useState('')
  const contacts = env.aggregate.contacts
    .filter((c) => c.assignmentId === a.id)
    .sort((x, y) => x.on.localeCompare(y.on) || x.createdAt.localeCompare(y.createdAt))

  const submit = async () => {
    const refusal = await command.run(
      (agg, ctx) => recordContact(agg, { assignmentId: a.id, kind, phase, on, people: people.trim(), summary }, ctx),
      t('contact.recorded'),
    )
    if (!refusal) {
      setPeople('')
      setSummary('')
    }
  }

  return (
    <Flex vertical gap={12} data-testid="handling-contacts">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contacts}
        locale={{ emptyText: t('contact.none') }}
        onRow={() => ({ 'data-testid': 'contact-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('contact.on'), dataIndex: 'on', width: 130, render: (d: IsoDate) => formatDay(d, i18n.language) },
          {
            title: t('contact.kind'),
            dataIndex: 'kind',
            width: 80,
            render: (k: ContactKind) => (
              <Tag color={k === 'face-to-face' ? 'green' : 'blue'}>{t(`contact.kinds.${k}`)}</Tag>
            ),
          },
          {
            title: t('contact.phase'),
            dataIndex: 'phase',
            width: 90,
            render: (p: ContactPhase) => t(`contact.phases.${p}`),
          },
          { title: t('contact.people'), dataIndex: 'people', width: 160 },
          { title: t('contact.summary'), dataIndex: 'summary' },
        ]}
      />
      {env.canAct && (
        <Form
          layout="vertical"
          data-testid="contact-form"
          style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}
        >
          <Flex gap={12} wrap>
            <Form.Item label={t('contact.kind')} style={{ marginBottom: 8, minWidth: 120 }}>
              <Select
                data-testid="contact-kind"
                value={kind}
                onChange={setKind}
                options={KINDS.map((k) => ({ value: k, label: t(`contact.kinds.${k}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('contact.phase')} style={{ marginBottom: 8, minWidth: 120 }}>
              <Select
                data-testid="contact-phase"
                value={phase}
                onChange={setPhase}
                options={PHASES.map((p) => ({ value: p, label: t(`contact.phases.${p}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('contact.on')} style={{ marginBottom: 8 }}>
              <DatePicker
                data-testid="contact-on"
                allowClear={false}
                value={dayjs(on)}
                onChange={(d) => d && setOn(d.format('YYYY-MM-DD'))}
              />
            </Form.Item>
            <Form.Item label={t('contact.people')} style={{ marginBottom: 8, flex: 1, minWidth: 200 }}>
              <Input
                data-testid="contact-people"
                value={people}
                placeholder={t('contact.peoplePlaceholder')}
                onChange={(e) => setPeople(e.target.value)}
              />
            </Form.Item>
          </Flex>
          <Form.Item label={t('contact.summary')} required style={{ marginBottom: 8 }}>
            <Input.TextArea
              data-testid="contact-summary"
              value={summary}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('contact.summaryPlaceholder')}
              onChange={(e) => {
                setSummary(e.target.value)
                command.clearRefusal()
              }}
            />
          </Form.Item>
          {command.refusal && (
            <Alert
              type="error"
              showIcon
              title={command.refusal}
              data-testid="contact-refusal"
              style={{ marginBottom: 8 }}
            />
          )}
          <Button type="primary" loading={command.busy} onClick={() => void submit()} data-testid="contact-save">
            {t('contact.add')}
          </Button>
        </Form>
      )}
    </Flex>
  )
}
