/**
 * A dialog asking for the reason of a command (不予立案, 撤回 …), with an optional confirming checkbox. The
 * reason is not pre-checked here: the domain command decides, and its refusal (e.g. `reason-required`) is shown
 * under the field in words.
 */
import { useState } from 'react'
import { Checkbox, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/domain/model'
import { useDomainErrorText } from '../../common/domainErrorText'

export interface ReasonDialogProps {
  open: boolean
  title: string
  okText: string
  /** Label of an extra checkbox (e.g. 转来信处理); none when absent. */
  checkboxLabel?: string
  onCancel: () => void
  /** Resolves null when done, or the refusal to show. */
  onSubmit: (reason: string, checked: boolean) => Promise<DomainError | null>
  testId: string
}

export function ReasonDialog(props: ReasonDialogProps) {
  const { t } = useTranslation('suggestions')
  const errorText = useDomainErrorText()
  const [reason, setReason] = useState('')
  const [checked, setChecked] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    const refusal = await props.onSubmit(reason, checked)
    setBusy(false)
    if (refusal) setError(errorText(refusal))
    else {
      setReason('')
      setChecked(false)
      setError(null)
    }
  }

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      onOk={() => void submit()}
      onCancel={() => {
        setError(null)
        props.onCancel()
      }}
      confirmLoading={busy}
      destroyOnHidden
      data-testid={props.testId}
    >
      <Form layout="vertical">
        <Form.Item label={t('commands.reason')} validateStatus={error ? 'error' : undefined} help={error}>
          <Input.TextArea
            autoFocus
            value={reason}
            onChange={(e) => {
              setReason(e.target.value)
              setError(null)
            }}
            placeholder={t('commands.reasonPlaceholder')}
            autoSize={{ minRows: 3, maxRows: 8 }}
            data-testid="command-reason"
          />
        </Form.Item>
        {props.checkboxLabel && (
          <Checkbox checked={checked} onChange={(e) => setChecked(e.target.checked)} data-testid="command-checkbox">
            {props.checkboxLabel}
          </Checkbox>
        )}
      </Form>
    </Modal>
  )
}
