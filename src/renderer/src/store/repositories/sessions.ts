/** Sessions (届次/会次 and 闭会期间). */
import type { Session } from '@shared/domain/model'
import type { SuggestionDb } from '../db'
import { newId } from '../ids'

export type NewSession = Omit<Session, 'id' | 'createdAt' | 'order'> & { order?: number }

/** Newest first (highest `order`). */
export async function listSessions(db: SuggestionDb): Promise<Session[]> {
  return db.sessions.orderBy('order').reverse().toArray()
}

/** Adds a session; without an explicit order it goes after (above) every existing one. */
export async function addSession(db: SuggestionDb, input: NewSession, now: string): Promise<Session> {
  return db.transaction('rw', db.sessions, async () => {
    const last = await db.sessions.orderBy('order').last()
    const session: Session = { ...input, id: newId(), createdAt: now, order: input.order ?? (last?.order ?? 0) + 1 }
    await db.sessions.add(session)
    return session
  })
}

export async function editSession(db: SuggestionDb, id: string, changes: Partial<Omit<Session, 'id'>>): Promise<void> {
  await db.sessions.update(id, changes)
}
