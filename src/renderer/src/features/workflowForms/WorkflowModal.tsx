/**
 * The frame every workflow form shares: a modal with the action's title, the suggestion it acts on, and the
 * refusal of the last attempt translated from its code (the form stays open so the user can correct it).
 */
import { useState, type ReactNode } from 'react'
import { Alert, Flex, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/domain/model'
import { useDomainErrorText } from '../common/domainErrorText'

export interface WorkflowModalProps {
  title: string
  okText: string
  /** Number and title of the suggestion(s), shown under the title. */
  subject?: ReactNode
  /** Resolves the refusal to show, null when done, or 'invalid' when the form's own checks failed. */
  onSubmit: () => Promise<DomainError | null | 'invalid'>
  onCancel: () => void
  children: ReactNode
  testId: string
  width?: number
  okDisabled?: boolean
  danger?: boolean
}

/** `data-*` attributes are valid on the button but not in antd's prop type. */
const testId = (id: string) => ({ 'data-testid': id }) as Record<string, string>

export function WorkflowModal(props: WorkflowModalProps) {
  const { t } = useTranslation('workflowForms')
  const errorText = useDomainErrorText()
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const submit = async () => {
    setBusy(true)
    setRefusal(null)
    try {
      const result = await props.onSubmit()
      if (result && result !== 'invalid') setRefusal(errorText(result))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={props.onCancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: props.okDisabled ?? false, danger: props.danger ?? false, ...testId('workflow-ok') }}
      width={props.width ?? 560}
      destroyOnHidden
      maskClosable={false}
    >
      <Flex vertical gap={12} data-testid={props.testId}>
        {props.subject && <Typography.Text type="secondary">{props.subject}</Typography.Text>}
        {refusal && <Alert type="error" showIcon title={refusal} data-testid="workflow-refusal" />}
        {props.children}
      </Flex>
    </Modal>
  )
}
