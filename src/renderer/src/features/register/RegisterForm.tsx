/**
 * The 建议登记 form, made for typing a pile of paper suggestions one after another:
 * - the number field has focus; Enter moves to the next field (not in the content box, and not while a
 *   drop-down is open); Ctrl+Enter or Ctrl+S saves from anywhere on the page;
 * - the number is normalised and checked against the session while typing, so a duplicate is refused before
 *   saving (the store's transaction checks again);
 * - after saving, a link to the new suggestion, and the form is cleared for the next one with the session and
 *   the received date kept.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { Link } from 'react-router-dom'
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Typography,
  type InputRef,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { DomainError, Suggestion } from '@shared/domain/model'
import { normaliseSuggestionNumber } from '@shared/domain/numbers'
import { getDb } from '../../store/db'
import { registerSuggestion } from '../../store/repositories/suggestions'
import { loadWorkflowContext } from '../../store/workflowContext'
import { canEdit, useOperator } from '../operators'
import { nowIso, todayIso } from '../common/clock'
import { useDomainErrorText } from '../common/domainErrorText'
import { checkNumber, toNewSuggestion, type RegisterFormValues } from './registerInput'
import { SessionField } from './SessionField'
import type { RegisterOptions } from './useRegisterOptions'

const LAST_SESSION_KEY = 'daibiao-jianyi.register.sessionId'

function rememberedSession(): string | null {
  try {
    return localStorage.getItem(LAST_SESSION_KEY)
  } catch {
    return null
  }
}

/** Which form field a refusal code belongs to. */
const fieldOfError: Record<string, keyof RegisterFormValues> = {
  'session-not-found': 'sessionId',
  'number-required': 'numberText',
  'number-empty': 'numberText',
  'number-no-digits': 'numberText',
  'number-unrecognised': 'numberText',
  'duplicate-number': 'numberText',
  'title-required': 'title',
  'lead-deputy-required': 'leadDeputy',
  'unknown-category': 'category',
  'publicity-reason-required': 'publicityReason',
}

const FOCUSABLE = 'input:not([type=hidden]):not([type=radio]), input[type=radio]:checked, textarea, button[role=switch]'

/** Moves focus to the next field of the form after `from`. */
function focusNextField(form: HTMLElement, from: HTMLElement): void {
  const fields = [...form.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !(el as HTMLInputElement).disabled && el.offsetParent !== null,
  )
  const index = fields.findIndex((el) => el === from || el.contains(from))
  const next = fields[index + 1] ?? form.querySelector<HTMLElement>('button[type=submit]')
  next?.focus()
}

export function RegisterForm({ options }: { options: RegisterOptions }) {
  const { t } = useTranslation('register')
  const errorText = useDomainErrorText()
  const { message } = App.useApp()
  const { actor, operator } = useOperator()
  const editable = canEdit(operator)
  const [form] = Form.useForm<RegisterFormValues>()
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<Suggestion | null>(null)
  const numberRef = useRef<InputRef>(null)
  const formRef = useRef<HTMLDivElement>(null)
  const db = getDb()

  const sessionId = Form.useWatch('sessionId', form)
  const numberText = Form.useWatch('numberText', form)
  const isPublic = Form.useWatch('isPublic', form) ?? true
  const leadDeputy = Form.useWatch('leadDeputy', form) ?? ''
  const delegation = Form.useWatch('delegation', form) ?? ''
  const session = options.sessions.find((s) => s.id === sessionId)

  // Choose the last used session, else the newest, once the sessions are known.
  useEffect(() => {
    if (form.getFieldValue('sessionId')) return
    const remembered = rememberedSession()
    const initial = options.sessions.find((s) => s.id === remembered) ?? options.sessions[0]
    if (initial) form.setFieldsValue({ sessionId: initial.id })
  }, [options.sessions, form])

  useEffect(() => {
    try {
      if (sessionId) localStorage.setItem(LAST_SESSION_KEY, sessionId)
    } catch {
      // Storage unavailable: the choice lasts for this page only.
    }
    if (form.getFieldValue('numberText')) void form.validateFields(['numberText']).catch(() => undefined)
  }, [sessionId, form])

  // Ctrl+Enter and Ctrl+S save from anywhere on the page (Ctrl+S would otherwise save the web page).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return
      if (e.key === 'Enter' || e.key === 's' || e.key === 'S') {
        e.preventDefault()
        form.submit()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [form])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return
    const target = e.target as HTMLElement
    if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return
    // An open drop-down takes Enter to pick; a tags box takes it to add what was typed.
    if (target.getAttribute('aria-expanded') === 'true') return
    if (target.closest('.ant-select-multiple') && (target as HTMLInputElement).value) return
    if (target.closest('[data-testid="session-adder"]')) return
    e.preventDefault()
    if (formRef.current) focusNextField(formRef.current, target)
  }

  const numberHint = useMemo(() => {
    if (!numberText?.trim()) return null
    const n = normaliseSuggestionNumber(numberText, session?.year)
    return n.ok && n.value.number !== numberText.trim() ? t('validation.numberHint', { number: n.value.number }) : null
  }, [numberText, session?.year, t])

  const deputyOptions = useMemo(() => {
    const typed = leadDeputy.trim()
    return options.deputies
      .filter((d) => !typed || d.name.includes(typed))
      .slice(0, 30)
      .map((d) => ({ value: d.name, label: d.delegation ? `${d.name} · ${d.delegation}` : d.name }))
  }, [options.deputies, leadDeputy])

  const delegationOptions = useMemo(() => {
    const typed = delegation.trim()
    return options.delegations
      .filter((d) => !typed || d.includes(typed))
      .slice(0, 30)
      .map((d) => ({ value: d }))
  }, [options.delegations, delegation])

  const showError = (error: DomainError) => {
    const field = fieldOfError[error.code]
    const text =
      error.code === 'duplicate-number'
        ? t('validation.duplicate', { number: error.params?.number ?? '', title: error.params?.title ?? '' })
        : errorText(error)
    if (field) form.setFields([{ name: field, errors: [text] }])
    else message.error(text)
  }

  const save = async (values: RegisterFormValues) => {
    setBusy(true)
    try {
      const today = todayIso()
      const ctx = await loadWorkflowContext(db, { actor, now: nowIso(), today })
      const result = await registerSuggestion(db, toNewSuggestion(values, today), ctx)
      if (!result.ok) {
        // The store reports the number as typed; show the existing suggestion's title as the form does.
        if (result.error.code === 'duplicate-number' && session) {
          const checked = await checkNumber(db, session, values.numberText ?? '')
          showError(checked.ok ? result.error : checked.error)
        } else showError(result.error)
        return
      }
      const suggestion = result.value
      setSaved(suggestion)
      message.success(t('saved', { number: suggestion.number, title: suggestion.title }))
      form.resetFields()
      form.setFieldsValue({ sessionId: values.sessionId, receivedOn: values.receivedOn })
      numberRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  const required = (message: string) => [{ required: true, whitespace: true, message }]

  return (
    <Card
      variant="borderless"
      styles={{ header: { paddingInline: 0 }, body: { paddingInline: 0 } }}
      title={t('formTitle')}
      extra={<Typography.Text type="secondary">{t('keyboardHint')}</Typography.Text>}
      data-testid="register-form"
    >
      {saved && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setSaved(null) }}
          style={{ marginBottom: 16 }}
          data-testid="register-saved"
          title={
            <Flex gap={12} wrap align="baseline">
              <span>{t('saved', { number: saved.number, title: saved.title })}</span>
              <Link to={`/suggestions/${saved.id}`} data-testid="register-saved-link">
                {t('open')}
              </Link>
            </Flex>
          }
          description={t('savedHint')}
        />
      )}
      <div ref={formRef} onKeyDown={onKeyDown}>
        <Form<RegisterFormValues>
          form={form}
          layout="vertical"
          onFinish={(values) => void save(values)}
          initialValues={{ receivedOn: todayIso(), isPublic: true, key: false, coSigners: [], tags: [] }}
          disabled={!editable || busy}
          requiredMark
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} lg={16}>
              <Form.Item
                name="sessionId"
                label={t('fields.session')}
                rules={[{ required: true, message: t('validation.sessionRequired') }]}
              >
                <SessionField
                  sessions={options.sessions}
                  onAdded={(s) => form.setFieldsValue({ sessionId: s.id })}
                  disabled={!editable}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item
                name="receivedOn"
                label={t('fields.receivedOn')}
                rules={[{ required: true, message: t('validation.receivedOnRequired') }]}
                getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
                normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined)}
              >
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" allowClear={false} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={8}>
              <Form.Item
                name="numberText"
                label={t('fields.number')}
                extra={numberHint}
                dependencies={['sessionId']}
                validateDebounce={250}
                rules={[
                  {
                    validator: async (_, value: string | undefined) => {
                      if (!value?.trim()) throw new Error(errorText({ code: 'number-empty' }))
                      if (!session) return
                      const checked = await checkNumber(db, session, value)
                      if (checked.ok) return
                      const e = checked.error
                      throw new Error(
                        e.code === 'duplicate-number'
                          ? t('validation.duplicate', { number: e.params?.number ?? '', title: e.params?.title ?? '' })
                          : errorText(e),
                      )
                    },
                  },
                ]}
                required
              >
                <Input ref={numberRef} autoFocus placeholder={t('placeholders.number')} data-testid="register-number" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={16}>
              <Form.Item name="title" label={t('fields.title')} rules={required(t('validation.titleRequired'))}>
                <Input placeholder={t('placeholders.title')} maxLength={200} data-testid="register-title" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={8}>
              <Form.Item
                name="leadDeputy"
                label={t('fields.leadDeputy')}
                rules={required(t('validation.leadDeputyRequired'))}
              >
                <AutoComplete
                  options={deputyOptions}
                  placeholder={t('placeholders.leadDeputy')}
                  data-testid="register-lead-deputy"
                  onSelect={(name: string) => {
                    const known = options.deputies.find((d) => d.name === name)
                    if (known?.delegation && !form.getFieldValue('delegation')) {
                      form.setFieldsValue({ delegation: known.delegation })
                    }
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={16}>
              <Form.Item name="coSigners" label={t('fields.coSigners')}>
                <Select
                  mode="tags"
                  placeholder={t('placeholders.coSigners')}
                  tokenSeparators={[',', '\uff0c', '\u3001', ' ']}
                  options={options.deputies.slice(0, 200).map((d) => ({ value: d.name }))}
                  suffixIcon={null}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={8}>
              <Form.Item name="delegation" label={t('fields.delegation')}>
                <AutoComplete options={delegationOptions} placeholder={t('placeholders.delegation')} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item name="category" label={t('fields.category')}>
                <Select
                  allowClear
                  placeholder={t('placeholders.category')}
                  options={options.categories.map((c) => ({ value: c, label: c }))}
                  data-testid="register-category"
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item name="key" label={t('fields.key')} valuePropName="checked">
                <Checkbox>{t('keyLabel')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="content" label={t('fields.content')}>
            <Input.TextArea
              placeholder={t('placeholders.content')}
              autoSize={{ minRows: 4, maxRows: 12 }}
              data-testid="register-content"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} lg={8}>
              <Form.Item name="isPublic" label={t('fields.public')}>
                <Radio.Group
                  options={[
                    { value: true, label: t('publicOptions.yes') },
                    { value: false, label: t('publicOptions.no') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={16}>
              {!isPublic && (
                <Form.Item
                  name="publicityReason"
                  label={t('fields.publicityReason')}
                  rules={required(t('validation.publicityReasonRequired'))}
                >
                  <Input placeholder={t('placeholders.publicityReason')} maxLength={200} />
                </Form.Item>
              )}
            </Col>
          </Row>
          <Form.Item name="tags" label={t('fields.tags')}>
            <Select mode="tags" placeholder={t('placeholders.tags')} suffixIcon={null} />
          </Form.Item>
          <Flex gap={12}>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="register-save">
              {busy ? t('saving') : t('save')}
            </Button>
            <Button
              onClick={() => {
                const keep = form.getFieldsValue(['sessionId', 'receivedOn'])
                form.resetFields()
                form.setFieldsValue(keep)
                numberRef.current?.focus()
              }}
            >
              {t('reset')}
            </Button>
          </Flex>
        </Form>
      </div>
    </Card>
  )
}
