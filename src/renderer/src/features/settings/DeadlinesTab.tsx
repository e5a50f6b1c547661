/**
 * 办理时限: each time limit of `DeadlineSettings` as a rule (working days, calendar months, N working days before
 * another due date, or a fixed date), with DOMAIN.md's default beside it and a reset. A changed rule applies to
 * due dates computed from now on; stored due dates keep the rule they were computed with and never move.
 */
import { useEffect, useState } from 'react'
import { Alert, App, Button, DatePicker, Flex, InputNumber, Select, Space, Table, Tag, Typography } from 'antd'
import { UndoOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { DeadlineRule, DeadlineSettings, DueKind } from '@shared/domain/model'
import { defaultDeadlineSettings } from '@shared/domain/deadlines'
import { getDb } from '../../store/db'
import { loadSettings, saveSettings } from '../../store/repositories/settings'
import { ruleText, sameRule } from './ruleText'

type RuleKey = keyof DeadlineSettings
const RULE_KEYS: readonly RuleKey[] = [
  'assign',
  'returnLimit',
  'coOpinion',
  'reply',
  'extensionCap',
  'internalReview',
  'rehandlingReply',
  'publish',
]
const RULE_TYPES: readonly DeadlineRule['type'][] = [
  'working-days',
  'calendar-months',
  'working-days-before',
  'fixed-date',
]
const BEFORE_KINDS: readonly DueKind[] = ['reply', 'rehandling-reply', 'co-opinion']

/** A rule of another type, keeping the number where it makes sense. */
function switchType(rule: DeadlineRule, type: DeadlineRule['type'], today: string): DeadlineRule {
  const n =
    rule.type === 'working-days' || rule.type === 'working-days-before'
      ? rule.days
      : rule.type === 'calendar-months'
        ? rule.months
        : 1
  switch (type) {
    case 'working-days':
      return { type, days: n }
    case 'calendar-months':
      return { type, months: n }
    case 'working-days-before':
      return { type, days: n, of: 'reply' }
    case 'fixed-date':
      return { type, date: today }
  }
}

export function DeadlinesTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { message } = App.useApp()
  const settings = useLiveQuery(() => loadSettings(db), [db])
  const [draft, setDraft] = useState<DeadlineSettings | null>(null)
  const defaults = defaultDeadlineSettings()
  useEffect(() => {
    if (settings && draft === null) setDraft(settings.deadlines)
  }, [settings, draft])

  const dirty = settings && draft ? RULE_KEYS.some((k) => !sameRule(settings.deadlines[k], draft[k])) : false
  const setRule = (key: RuleKey, rule: DeadlineRule) => draft && setDraft({ ...draft, [key]: rule })
  const save = async () => {
    if (!settings || !draft) return
    await saveSettings(db, { ...(await loadSettings(db)), deadlines: draft })
    void message.success(t('deadlines.saved'))
  }

  const editor = (key: RuleKey, rule: DeadlineRule) => (
    <Space wrap>
      <Select
        aria-label={t('deadlines.columns.rule')}
        style={{ width: 170 }}
        value={rule.type}
        disabled={readOnly}
        onChange={(type) => setRule(key, switchType(rule, type, dayjs().format('YYYY-MM-DD')))}
        options={RULE_TYPES.map((type) => ({ value: type, label: t(`deadlines.types.${type}`) }))}
      />
      {rule.type === 'working-days-before' && (
        <Select
          aria-label={t('deadlines.beforeOf')}
          style={{ width: 140 }}
          value={rule.of}
          disabled={readOnly}
          onChange={(of) => setRule(key, { ...rule, of })}
          options={BEFORE_KINDS.map((k) => ({ value: k, label: t(`deadlines.dueKinds.${k}`) }))}
        />
      )}
      {(rule.type === 'working-days' || rule.type === 'working-days-before') && (
        <InputNumber
          aria-label={t('deadlines.days')}
          min={1}
          max={366}
          style={{ width: 150 }}
          value={rule.days}
          disabled={readOnly}
          suffix={t('deadlines.daysSuffix')}
          onChange={(v) => v && setRule(key, { ...rule, days: Math.round(v) })}
        />
      )}
      {rule.type === 'calendar-months' && (
        <InputNumber
          aria-label={t('deadlines.months')}
          min={1}
          max={24}
          style={{ width: 120 }}
          value={rule.months}
          disabled={readOnly}
          suffix={t('deadlines.monthsSuffix')}
          onChange={(v) => v && setRule(key, { ...rule, months: Math.round(v) })}
        />
      )}
      {rule.type === 'fixed-date' && (
        <DatePicker
          aria-label={t('deadlines.date')}
          value={dayjs(rule.date)}
          allowClear={false}
          disabled={readOnly}
          onChange={(d) => d && setRule(key, { ...rule, date: d.format('YYYY-MM-DD') })}
        />
      )}
    </Space>
  )

  return (
    <Flex vertical gap="middle" data-testid="settings-deadlines">
      <Alert type="info" showIcon title={t('deadlines.neverMoves')} description={t('deadlines.neverMovesDetail')} />
      <Table
        rowKey="key"
        size="middle"
        pagination={false}
        loading={!draft}
        dataSource={draft ? RULE_KEYS.map((key) => ({ key, rule: draft[key] })) : []}
        columns={[
          {
            title: t('deadlines.columns.step'),
            key: 'step',
            width: 260,
            render: (_, row) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{t(`deadlines.rules.${row.key}.name`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`deadlines.rules.${row.key}.source`)}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('deadlines.columns.rule'), key: 'rule', render: (_, row) => editor(row.key, row.rule) },
          {
            title: t('deadlines.columns.default'),
            key: 'default',
            width: 240,
            render: (_, row) => {
              const isDefault = sameRule(row.rule, defaults[row.key])
              return (
                <Space>
                  <Tag color={isDefault ? 'green' : 'orange'}>{ruleText(t, defaults[row.key])}</Tag>
                  {!isDefault && (
                    <Button
                      size="small"
                      type="link"
                      icon={<UndoOutlined />}
                      disabled={readOnly}
                      onClick={() => setRule(row.key, defaults[row.key])}
                    >
                      {t('actions.reset')}
                    </Button>
                  )}
                </Space>
              )
            },
          },
        ]}
      />
      <Flex gap="small" justify="flex-end">
        <Button disabled={readOnly || !dirty} onClick={() => settings && setDraft(settings.deadlines)}>
          {t('deadlines.discard')}
        </Button>
        <Button type="primary" disabled={readOnly || !dirty} onClick={() => void save()}>
          {t('actions.save')}
        </Button>
      </Flex>
    </Flex>
  )
}
