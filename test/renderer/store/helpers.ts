// Shared set-up for the store tests: a fresh fake IndexedDB database per test, a fixed clock and operator.
import 'fake-indexeddb/auto'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { Actor, Session, WorkflowContext } from '@shared/domain/model'
import { SuggestionDb } from '@renderer/store/db'
import { addSession } from '@renderer/store/repositories/sessions'
import { registerSuggestion, type NewSuggestion } from '@renderer/store/repositories/suggestions'
import { loadWorkflowContext } from '@renderer/store/workflowContext'

let counter = 0
/** A new database in its own fake IndexedDB (passed explicitly: Dexie may have loaded before the polyfill). */
export function freshDb(): SuggestionDb {
  counter += 1
  return new SuggestionDb(`store-test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange })
}

export const actor: Actor = { id: 'op-1', name: '王敏' }
export const NOW = '2026-03-10T09:00:00.000+08:00'
export const TODAY = '2026-03-10'

export function context(db: SuggestionDb, now = NOW, today = TODAY): Promise<WorkflowContext> {
  return loadWorkflowContext(db, { actor, now, today })
}

export async function addTestSession(db: SuggestionDb): Promise<Session> {
  return addSession(
    db,
    {
      name: '市十七届人大五次会议',
      kind: 'session',
      term: 17,
      meeting: 5,
      year: 2026,
      startsOn: '2026-01-12',
      fixedReplyDate: null,
    },
    NOW,
  )
}

export function newSuggestion(
  sessionId: string,
  numberText: string,
  title = '关于加快老旧小区改造的建议',
): NewSuggestion {
  return {
    sessionId,
    numberText,
    title,
    content: '建议加快推进老旧小区改造。',
    leadDeputy: '李建国',
    coSigners: ['张丽'],
    signerCount: null,
    delegation: '城东区代表团',
    category: '城乡建设',
    receivedOn: '2026-01-14',
    publicity: { public: true, reason: null },
    tags: [],
  }
}

export async function registered(db: SuggestionDb, sessionId: string, numberText: string, title?: string) {
  const result = await registerSuggestion(db, newSuggestion(sessionId, numberText, title), await context(db))
  if (!result.ok) throw new Error(`registration failed: ${result.error.code}`)
  return result.value
}

/** Every row of every table, for before/after comparisons. */
export async function snapshot(db: SuggestionDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db.tables) out[table.name] = await table.toArray()
  return out
}
