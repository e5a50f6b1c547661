/**
 * Translates the pipeline's coded problems (`import:errors.<code>`, `import:warnings.<code>`) and the domain's
 * refusals found before commit into sentences in the UI language. Unknown codes still say something useful.
 */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/domain/model'
import type { ImportIssue } from '@shared/import/types'
import { useDomainErrorText } from '../common/domainErrorText'

export type IssueKind = 'error' | 'warning'

export function useIssueText(): (issue: ImportIssue, kind: IssueKind) => string {
  const { t, i18n } = useTranslation(['import', 'importWizard'])
  const domainText = useDomainErrorText()
  return useCallback(
    (issue: ImportIssue, kind: IssueKind) => {
      const params: Record<string, string | number> = { ...(issue.params ?? {}) }
      if (typeof params.field === 'string' && i18n.exists(`import:fields.${params.field}`)) {
        params.field = t(`import:fields.${params.field}` as 'import:fields.number')
      }
      if (params.candidates === '') params.candidates = t('importWizard:issues.noCandidates')
      if (issue.code === 'refused') return refusalText(params, domainText, t)
      const key = `import:${kind === 'error' ? 'errors' : 'warnings'}.${issue.code}`
      if (i18n.exists(key)) return t(key as 'import:errors.damaged', params)
      return t('importWizard:issues.unknown', { code: issue.code })
    },
    [t, i18n, domainText],
  )
}

/** A domain refusal carried as issue `refused` with the domain code in `params.code`. */
function refusalText(
  params: Record<string, string | number>,
  domainText: (error: DomainError) => string,
  t: (key: 'importWizard:issues.unknownSession', options: Record<string, string | number>) => string,
): string {
  const { code, ...rest } = params
  if (code === 'unknown-session') return t('importWizard:issues.unknownSession', rest)
  return domainText({ code: String(code), params: rest })
}
