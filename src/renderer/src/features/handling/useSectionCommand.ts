/**
 * Runs one command from an inline section form: busy flag, the refusal in words (kept until the next try) and a
 * success message. The command goes through the workflow runner (store `runCommand`, revision-checked).
 */
import { useState } from 'react'
import { App } from 'antd'
import type { DomainError } from '@shared/domain/model'
import type { Execute } from '../workflowForms/useWorkflowRunner'
import { useDomainErrorText } from '../common/domainErrorText'
import { useHandlingEnv } from './handlingEnv'

export function useSectionCommand() {
  const env = useHandlingEnv()
  const errorText = useDomainErrorText()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const run = async (execute: Execute, done: string): Promise<DomainError | null> => {
    setBusy(true)
    setRefusal(null)
    try {
      const s = env.aggregate.suggestion
      const error = await env.runner.run(s.id, execute, { expectedRevision: s.revision })
      if (error) setRefusal(errorText(error))
      else void message.success(done)
      return error
    } finally {
      setBusy(false)
    }
  }
  return { busy, refusal, run, clearRefusal: () => setRefusal(null) }
}
