/**
 * The command runner: the one way workflow commands reach the database.
 *
 * One read-write transaction over every table a command touches: load the suggestion's aggregate, hand it to the
 * pure domain command, and write the `WorkflowChange` it returns — all of it, or nothing. The domain command is
 * synchronous and pure, so nothing inside the transaction awaits IPC, timers or fetch (which would commit the
 * transaction early). An optional expected revision guards against a concurrent edit (optimistic check).
 */
import type {
  ContactRecord,
  DomainError,
  Id,
  Result,
  Suggestion,
  SuggestionEvent,
  WorkflowChange,
} from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import type { SuggestionDb } from './db'

/** The domain's aggregate plus what the detail view shows (contacts and the event history). */
export interface StoredAggregate extends SuggestionAggregate {
  contacts: ContactRecord[]
  events: SuggestionEvent[]
}

/** The tables a workflow command may read or write. */
export const commandTables = (db: SuggestionDb) => [
  db.suggestions,
  db.assignments,
  db.replies,
  db.ratings,
  db.contacts,
  db.events,
]

/** Loads one suggestion's aggregate; must run inside the caller's transaction (only Dexie calls). */
export async function loadSuggestionAggregate(db: SuggestionDb, suggestionId: Id): Promise<StoredAggregate | null> {
  const suggestion = await db.suggestions.get(suggestionId)
  if (!suggestion) return null
  const [assignments, replies, ratings, contacts, events] = await Promise.all([
    db.assignments.where('suggestionId').equals(suggestionId).toArray(),
    db.replies.where('suggestionId').equals(suggestionId).toArray(),
    db.ratings.where('suggestionId').equals(suggestionId).toArray(),
    db.contacts.where('suggestionId').equals(suggestionId).toArray(),
    db.events.where('[suggestionId+at]').between([suggestionId, ''], [suggestionId, '\uffff']).toArray(),
  ])
  return { suggestion, assignments, replies, ratings, contacts, events }
}

export type AggregateLoader = (db: SuggestionDb, suggestionId: Id) => Promise<StoredAggregate | null>

export interface CommandRequest {
  suggestionId: Id
  /** The revision the user saw; when given and the stored one differs, the command is refused. */
  expectedRevision?: number
  /** The pure domain command, already bound to its arguments and `WorkflowContext`. */
  execute: (aggregate: StoredAggregate) => Result<WorkflowChange>
  /** Replaces the default loader (tests, or commands needing more context). */
  load?: AggregateLoader
}

export type CommandOutcome = Result<{ change: WorkflowChange; suggestion: Suggestion }>

/**
 * Runs one workflow command in one transaction. Refusals come back as `{ ok: false }` and write nothing; a
 * thrown error aborts the transaction (nothing written) and is rethrown.
 * Error codes: `suggestion-not-found`, `stale-revision` (params: expected, actual), `change-for-other-suggestion`,
 * or the domain command's own codes.
 */
export async function runCommand(db: SuggestionDb, request: CommandRequest): Promise<CommandOutcome> {
  const load = request.load ?? loadSuggestionAggregate
  return db.transaction('rw', commandTables(db), async (): Promise<CommandOutcome> => {
    const aggregate = await load(db, request.suggestionId)
    if (!aggregate) return err({ code: 'suggestion-not-found', params: { id: request.suggestionId } })
    const stored = aggregate.suggestion.revision
    if (request.expectedRevision !== undefined && request.expectedRevision !== stored) {
      return err({ code: 'stale-revision', params: { expected: request.expectedRevision, actual: stored } })
    }
    const result = request.execute(aggregate)
    if (!result.ok) return result
    const change = result.value
    const foreign = findForeignRecord(change, request.suggestionId)
    if (foreign) return err(foreign)
    // The store guarantees the revision moves by exactly one per committed change, whatever the command set.
    const suggestion: Suggestion = {
      ...(change.suggestion ?? aggregate.suggestion),
      revision: stored + 1,
    }
    await writeChange(db, { ...change, suggestion })
    return ok({ change: { ...change, suggestion }, suggestion })
  })
}

/** Writes a change; call inside a transaction over `commandTables(db)`. */
export async function writeChange(db: SuggestionDb, change: WorkflowChange): Promise<void> {
  if (change.suggestion) await db.suggestions.put(change.suggestion)
  if (change.assignments.length) await db.assignments.bulkPut(change.assignments)
  if (change.replies.length) await db.replies.bulkPut(change.replies)
  if (change.ratings.length) await db.ratings.bulkPut(change.ratings)
  if (change.contacts.length) await db.contacts.bulkPut(change.contacts)
  // Events are never replaced: bulkAdd fails (and aborts everything) on a reused id.
  if (change.events.length) await db.events.bulkAdd(change.events)
}

function findForeignRecord(change: WorkflowChange, suggestionId: Id): DomainError | null {
  const records: { suggestionId: Id }[] = [
    ...(change.suggestion ? [{ suggestionId: change.suggestion.id }] : []),
    ...change.assignments,
    ...change.replies,
    ...change.ratings,
    ...change.contacts,
    ...change.events,
  ]
  const other = records.find((r) => r.suggestionId !== suggestionId)
  return other ? { code: 'change-for-other-suggestion', params: { id: other.suggestionId } } : null
}
