/**
 * Suggestions: registration (with the one-number-per-session rule) and the detail view's read.
 * Every later change goes through `runCommand` with a domain workflow command.
 */
import type { Assignment, Result, Suggestion, WorkflowContext } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { normaliseSuggestionNumber } from '@shared/domain/numbers'
import { buildSearchText } from '@shared/domain/search'
import { register, type RegisterInput } from '@shared/domain/workflow/review'
import { commandTables, loadSuggestionAggregate, writeChange, type StoredAggregate } from '../commandRunner'
import type { SuggestionDb } from '../db'

/** What the registration form or an import row provides; the number and search text are derived here. */
export type NewSuggestion = Omit<RegisterInput, 'number' | 'numberSort' | 'searchText'>

/** The text searched by the list: number, title, content, deputies, delegation, category. */
export function suggestionSearchText(
  s: Pick<
    Suggestion,
    'numberText' | 'number' | 'title' | 'content' | 'leadDeputy' | 'coSigners' | 'delegation' | 'category'
  >,
): string {
  return buildSearchText([
    s.numberText,
    s.number,
    s.title,
    s.leadDeputy,
    ...s.coSigners,
    s.delegation,
    s.category,
    s.content,
  ])
}

/**
 * 登记. Error codes: `session-not-found`, `duplicate-number` {number, existingId}, the number normaliser's codes
 * (`number-empty` …) and the domain `register` command's codes.
 */
export async function registerSuggestion(
  db: SuggestionDb,
  input: NewSuggestion,
  ctx: WorkflowContext,
): Promise<Result<Suggestion>> {
  const session = await db.sessions.get(input.sessionId)
  if (!session) return err({ code: 'session-not-found', params: { id: input.sessionId } })
  const normalised = normaliseSuggestionNumber(input.numberText, session.year)
  if (!normalised.ok) return normalised
  const { number, sort } = normalised.value
  const fields = { ...input, number, numberSort: sort }
  const result = register({ ...fields, searchText: suggestionSearchText(fields) }, ctx)
  if (!result.ok) return result
  const suggestion = result.value.suggestion
  if (!suggestion) return err({ code: 'internal', params: { detail: 'register returned no suggestion' } })
  return db.transaction('rw', commandTables(db), async (): Promise<Result<Suggestion>> => {
    const existing = await findByNumber(db, input.sessionId, number)
    if (existing)
      return err({ code: 'duplicate-number', params: { number: input.numberText, existingId: existing.id } })
    await writeChange(db, result.value)
    return ok(suggestion)
  })
}

export async function findByNumber(
  db: SuggestionDb,
  sessionId: string,
  number: string,
): Promise<Suggestion | undefined> {
  return db.suggestions.where('[sessionId+number]').equals([sessionId, number]).first()
}

const roleRank: Record<Assignment['role'], number> = { lead: 0, co: 1, separate: 2 }

/** A suggestion with everything about it: assignments by round and role, events in time order. */
export async function getSuggestionDetail(db: SuggestionDb, id: string): Promise<StoredAggregate | null> {
  const aggregate = await db.transaction('r', commandTables(db), () => loadSuggestionAggregate(db, id))
  if (!aggregate) return null
  return {
    ...aggregate,
    assignments: [...aggregate.assignments].sort(
      (a, b) => a.round - b.round || roleRank[a.role] - roleRank[b.role] || a.createdAt.localeCompare(b.createdAt),
    ),
    replies: [...aggregate.replies].sort((a, b) => a.round - b.round || a.createdAt.localeCompare(b.createdAt)),
    ratings: [...aggregate.ratings].sort((a, b) => a.round - b.round || a.createdAt.localeCompare(b.createdAt)),
    contacts: [...aggregate.contacts].sort((a, b) => a.on.localeCompare(b.on) || a.id.localeCompare(b.id)),
    events: [...aggregate.events].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
  }
}
