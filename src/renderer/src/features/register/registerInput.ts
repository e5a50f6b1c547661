/**
 * From the registration form's values to what the store registers (`NewSuggestion`), and the number check the
 * form runs while typing: the number must normalise (`normaliseSuggestionNumber`) and must not be taken in the
 * chosen session — so a duplicate is refused before saving, not only by the store's transaction.
 */
import type { DomainError, IsoDate, Result, Session, Suggestion } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { normaliseSuggestionNumber } from '@shared/domain/numbers'
import type { SuggestionDb } from '../../store/db'
import { findByNumber, type NewSuggestion } from '../../store/repositories/suggestions'

export interface RegisterFormValues {
  sessionId?: string
  numberText?: string
  title?: string
  leadDeputy?: string
  coSigners?: string[]
  delegation?: string
  category?: string
  receivedOn?: IsoDate
  content?: string
  isPublic?: boolean
  publicityReason?: string
  key?: boolean
  tags?: string[]
}

const blankToNull = (text: string | undefined): string | null => {
  const trimmed = (text ?? '').trim()
  return trimmed === '' ? null : trimmed
}

const cleanList = (list: string[] | undefined): string[] => [
  ...new Set((list ?? []).map((s) => s.trim()).filter((s) => s !== '')),
]

export function toNewSuggestion(values: RegisterFormValues, today: IsoDate): NewSuggestion {
  const isPublic = values.isPublic ?? true
  return {
    sessionId: values.sessionId ?? '',
    numberText: (values.numberText ?? '').trim(),
    title: (values.title ?? '').trim(),
    content: (values.content ?? '').trim(),
    leadDeputy: (values.leadDeputy ?? '').trim(),
    coSigners: cleanList(values.coSigners),
    signerCount: null,
    delegation: blankToNull(values.delegation),
    category: blankToNull(values.category),
    receivedOn: values.receivedOn ?? today,
    publicity: { public: isPublic, reason: isPublic ? null : blankToNull(values.publicityReason) },
    key: values.key ?? false,
    tags: cleanList(values.tags),
  }
}

/**
 * Checks a number for a session. Errors: the normaliser's codes, or `duplicate-number` with the existing
 * suggestion's number and title.
 */
export async function checkNumber(
  db: SuggestionDb,
  session: Pick<Session, 'id' | 'year'>,
  numberText: string,
): Promise<Result<{ number: string; existing: null }, DomainError & { existing?: Suggestion }>> {
  const normalised = normaliseSuggestionNumber(numberText, session.year)
  if (!normalised.ok) return normalised
  const existing = await findByNumber(db, session.id, normalised.value.number)
  if (existing) {
    return err({
      code: 'duplicate-number',
      params: { number: existing.number, title: existing.title },
      existing,
    })
  }
  return ok({ number: normalised.value.number, existing: null })
}
