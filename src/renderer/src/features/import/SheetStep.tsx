/**
 * Step 2: which sheet, which header row (both detected, both overridable) and the session the batch belongs to,
 * plus the received date for rows that have none. A session missing from the settings can be added here.
 */
import { Alert, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '@shared/domain/model'
import type { ImportPreview } from '@shared/import/types'
import { getDb } from '../../store/db'
import { addSession } from '../../store/repositories/sessions'
import { nowIso } from '../common/clock'
import type { SheetChoice } from './ImportWizard'
import { useIssueText } from './issueText'

export interface SheetStepProps {
  preview: ImportPreview
  choice: SheetChoice
  sessions: Session[]
  busy: boolean
  onChange: (next: SheetChoice) => void
  onBack: () => void
  onNext: () => void
}

export function SheetStep({ preview, choice, sessions, busy, onChange, onBack, onNext }: SheetStepProps) {
  const { t } = useTranslation('importWizard')
  const issueText = useIssueText()
  const [adding, setAdding] = useState(false)
  const [newName, setNewName] = useState('')
  const [newYear, setNewYear] = useState<number>(dayjs().year())

  const addNewSession = async () => {
    const name = newName.trim()
    if (!name) return
    const session = await addSession(
      getDb(),
      {
        name,
        kind: name.includes('闭会') ? 'interim' : 'session',
        term: null,
        meeting: null,
        year: newYear,
        startsOn: null,
        fixedReplyDate: null,
      },
      nowIso(),
    )
    setAdding(false)
    setNewName('')
    onChange({ ...choice, sessionId: session.id })
  }

  const headerLabels = preview.columns.map((c) => c.label)
  return (
    <Card data-testid="import-step-sheet">
      <Form layout="vertical" style={{ maxWidth: 720 }}>
        <Form.Item label={t('sheet.sheet')} extra={t('sheet.sheetHint', { count: preview.sheetNames.length })}>
          <Select
            aria-label={t('sheet.sheet')}
            value={choice.sheet ?? preview.sheet}
            options={preview.sheetNames.map((name) => ({ value: name, label: name }))}
            onChange={(sheet: string) => onChange({ ...choice, sheet })}
            disabled={busy}
          />
        </Form.Item>
        <Form.Item
          label={t('sheet.headerRow')}
          extra={
            preview.headerRows.length > 0
              ? t('sheet.headerDetected', { rows: preview.headerRows.join('、') })
              : t('sheet.headerNotFound')
          }
        >
          <InputNumber
            aria-label={t('sheet.headerRow')}
            min={1}
            value={choice.headerRow}
            onChange={(value) => value !== null && onChange({ ...choice, headerRow: value })}
            disabled={busy}
          />
        </Form.Item>
        {headerLabels.length > 0 && (
          <Form.Item label={t('sheet.columnsFound')}>
            <Flex wrap gap={4} data-testid="import-header-labels">
              {headerLabels.map((label, i) => (
                <Tag key={i}>{label}</Tag>
              ))}
            </Flex>
          </Form.Item>
        )}
        {preview.fileErrors.map((issue, i) => (
          <Alert key={i} type="error" showIcon title={issueText(issue, 'error')} style={{ marginBottom: 16 }} />
        ))}
        <Form.Item label={t('sheet.session')} required extra={t('sheet.sessionHint')}>
          {adding ? (
            <Space.Compact style={{ width: '100%' }}>
              <Input
                aria-label={t('sheet.newSessionName')}
                placeholder={t('sheet.newSessionPlaceholder')}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
              />
              <InputNumber
                aria-label={t('sheet.newSessionYear')}
                value={newYear}
                min={1990}
                max={2100}
                onChange={(v) => v !== null && setNewYear(v)}
              />
              <Button
                type="primary"
                onClick={() => void addNewSession()}
                disabled={!newName.trim()}
                data-testid="import-add-session"
              >
                {t('sheet.addSession')}
              </Button>
              <Button onClick={() => setAdding(false)}>{t('actions.cancel')}</Button>
            </Space.Compact>
          ) : (
            <Space.Compact style={{ width: '100%' }}>
              <Select
                aria-label={t('sheet.session')}
                style={{ flex: 1 }}
                value={choice.sessionId}
                placeholder={t('sheet.sessionPlaceholder')}
                options={sessions.map((s) => ({ value: s.id, label: s.name }))}
                onChange={(sessionId: string) => onChange({ ...choice, sessionId })}
              />
              <Button onClick={() => setAdding(true)}>{t('sheet.newSession')}</Button>
            </Space.Compact>
          )}
        </Form.Item>
        <Form.Item label={t('sheet.defaultDate')} extra={t('sheet.defaultDateHint')}>
          <DatePicker
            aria-label={t('sheet.defaultDate')}
            allowClear={false}
            value={dayjs(choice.defaultReceivedOn)}
            onChange={(d) => d && onChange({ ...choice, defaultReceivedOn: d.format('YYYY-MM-DD') })}
          />
        </Form.Item>
        {sessions.length === 0 && !adding && (
          <Typography.Paragraph type="warning">{t('sheet.noSessions')}</Typography.Paragraph>
        )}
      </Form>
      <Flex justify="space-between">
        <Button onClick={onBack}>{t('actions.otherFile')}</Button>
        <Button type="primary" onClick={onNext} disabled={busy || !choice.sessionId || headerLabels.length === 0}>
          {t('actions.next')}
        </Button>
      </Flex>
    </Card>
  )
}
