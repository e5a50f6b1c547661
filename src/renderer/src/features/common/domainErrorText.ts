/**
 * Turns a coded refusal (`DomainError`) into a sentence from `workflow:errors.<code>`. Stage and state
 * parameters are translated too, so "invalid-stage: closed" reads "当前状态（已办结）下不能执行此操作".
 */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { DomainError } from '@shared/domain/model'
import workflowZh from '../../i18n/locales/zh-CN/workflow'

type ErrorCode = keyof typeof workflowZh.errors

export function isKnownErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(workflowZh.errors, code)
}

export function domainErrorText(t: TFunction<'workflow'>, error: DomainError): string {
  const params: Record<string, string | number> = { ...(error.params ?? {}) }
  if (typeof params.stage === 'string') params.stage = t(`stages.${params.stage}` as 'stages.registered')
  if (typeof params.state === 'string')
    params.state = t(`assignmentStates.${params.state}` as 'assignmentStates.signed')
  if (typeof params.from === 'string') params.from = t(`stages.${params.from}` as 'stages.registered')
  if (typeof params.to === 'string') params.to = t(`stages.${params.to}` as 'stages.registered')
  if (isKnownErrorCode(error.code)) return t(`errors.${error.code}`, params)
  return t('errors.unknown', { code: error.code })
}

export function useDomainErrorText(): (error: DomainError) => string {
  const { t } = useTranslation('workflow')
  return useCallback((error: DomainError) => domainErrorText(t, error), [t])
}
