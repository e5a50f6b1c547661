/**
 * The session (届次) picker of the registration form, with an inline way to add a session — needed on first
 * use, when there is none, and at the start of each new meeting.
 */
import { useState } from 'react'
import { App, Button, Flex, Input, InputNumber, Select } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Session } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { addSession } from '../../store/repositories/sessions'
import { nowIso } from '../common/clock'

export interface SessionFieldProps {
  sessions: Session[]
  value?: string
  onChange?: (id: string) => void
  /** Called with the new session after it was added (the form selects it). */
  onAdded: (session: Session) => void
  disabled?: boolean
}

/** A 4-digit year written in the name (`2026年闭会期间`), else the current year. */
function yearFromName(name: string): number | null {
  const m = /(19|20)\d{2}/.exec(name)
  return m ? Number(m[0]) : null
}

export function SessionField({ sessions, value, onChange, onAdded, disabled }: SessionFieldProps) {
  const { t } = useTranslation('register')
  const { message } = App.useApp()
  const [adding, setAdding] = useState(sessions.length === 0)
  const [name, setName] = useState('')
  const [year, setYear] = useState<number>(new Date().getFullYear())
  const [kind, setKind] = useState<Session['kind']>('session')
  const [nameError, setNameError] = useState(false)
  const [busy, setBusy] = useState(false)

  const add = async () => {
    const trimmed = name.trim()
    if (!trimmed) {
      setNameError(true)
      return
    }
    setBusy(true)
    const session = await addSession(
      getDb(),
      { name: trimmed, kind, term: null, meeting: null, year, startsOn: null, fixedReplyDate: null },
      nowIso(),
    )
    setBusy(false)
    setName('')
    setAdding(false)
    message.success(t('session.added', { name: session.name }))
    onAdded(session)
  }

  const showAdder = adding || sessions.length === 0
  return (
    <Flex vertical gap={8}>
      {sessions.length > 0 && (
        <Flex gap={8}>
          <Select
            aria-label={t('fields.session')}
            data-testid="register-session"
            value={value}
            onChange={onChange}
            placeholder={t('placeholders.session')}
            options={sessions.map((s) => ({ value: s.id, label: s.name }))}
            disabled={disabled}
            style={{ flex: 1 }}
          />
          {!showAdder && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={disabled}>
              {t('session.add')}
            </Button>
          )}
        </Flex>
      )}
      {showAdder && (
        <Flex vertical gap={8} className="register-session-adder" data-testid="session-adder">
          {sessions.length === 0 && <span>{t('session.none')}</span>}
          <Flex gap={8} wrap>
            <Input
              aria-label={t('session.name')}
              placeholder={t('session.namePlaceholder')}
              value={name}
              status={nameError ? 'error' : undefined}
              onChange={(e) => {
                setName(e.target.value)
                setNameError(false)
                const y = yearFromName(e.target.value)
                if (y) setYear(y)
              }}
              onPressEnter={(e) => {
                e.preventDefault()
                e.stopPropagation()
                void add()
              }}
              style={{ flex: '1 1 260px' }}
            />
            <InputNumber
              aria-label={t('session.year')}
              value={year}
              min={1950}
              max={2100}
              onChange={(v) => v && setYear(v)}
              style={{ width: 100 }}
            />
            <Select
              aria-label={t('session.kind')}
              value={kind}
              onChange={setKind}
              options={(['session', 'interim'] as const).map((k) => ({ value: k, label: t(`session.kinds.${k}`) }))}
              style={{ width: 130 }}
            />
            <Button type="primary" ghost loading={busy} onClick={() => void add()} data-testid="session-add">
              {t('session.save')}
            </Button>
            {sessions.length > 0 && <Button onClick={() => setAdding(false)}>{t('session.cancel')}</Button>}
          </Flex>
          {nameError && <span style={{ color: '#ff4d4f' }}>{t('session.nameRequired')}</span>}
        </Flex>
      )}
    </Flex>
  )
}
