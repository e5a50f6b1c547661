/** The list's active filters as one translated line for the exported file's subtitle; null when unfiltered. */
import type { TFunction } from 'i18next'
import type { Session, Unit } from '@shared/domain/model'
import type { SuggestionListFilters } from '../../store/listEntries'

export function describeFilters(
  filters: SuggestionListFilters,
  reference: { sessions: readonly Pick<Session, 'id' | 'name'>[]; units: readonly Pick<Unit, 'id' | 'name'>[] },
  t: TFunction<['exportUi', 'workflow']>,
): string | null {
  const parts: string[] = []
  if (filters.sessionId) {
    parts.push(reference.sessions.find((s) => s.id === filters.sessionId)?.name ?? filters.sessionId)
  }
  if (filters.stages?.length) parts.push(filters.stages.map((s) => t(`workflow:stages.${s}`)).join('、'))
  if (filters.category) parts.push(filters.category)
  if (filters.delegation) parts.push(filters.delegation)
  if (filters.key) parts.push(t('exportUi:filters.key'))
  if (filters.unitId) {
    const unit = reference.units.find((u) => u.id === filters.unitId)?.name ?? filters.unitId
    parts.push(t('exportUi:filters.unit', { unit }))
  }
  if (filters.dueOnOrBefore) parts.push(t('exportUi:filters.due', { date: filters.dueOnOrBefore }))
  if (filters.query?.trim()) parts.push(t('exportUi:filters.query', { query: filters.query.trim() }))
  return parts.length ? parts.join('；') : null
}
