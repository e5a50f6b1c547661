/**
 * A worker for the first screen's reads when the app opens: the list's first page (firstPage.ts, a hundred-odd
 * requests) and the board's first screen (boardFirstScreen.ts: one record, checked against the database's
 * change marker). IndexedDB answers each request with a task on the thread that asked; on the window's thread
 * those tasks wait behind the app's code being evaluated (React, antd: long tasks), so the data arrived about
 * when the screen could already have been drawn. Here they run on their own thread and the window gets the
 * answer in one message. (The board's full snapshot is one request for one large record: read in a worker it
 * only adds a second copy, so the board reads it on the window's thread.)
 *
 * In: `{ read: 'firstPage' | 'boardFirstScreen' }`. Out: `{ ok: true, value }` or `{ ok: false, error }`.
 */
import { readBoardFirstScreen } from './boardFirstScreen'
import { SuggestionDb } from './db'
import { readFirstPage } from './firstPage'
import type { StartupWorkerResults } from './startupWorkerClient'

async function answer(db: SuggestionDb, read: keyof StartupWorkerResults) {
  if (read === 'boardFirstScreen') return { record: await readBoardFirstScreen(db) }
  return readFirstPage(db)
}

self.onmessage = async (e: MessageEvent<{ read: keyof StartupWorkerResults }>) => {
  const db = new SuggestionDb()
  try {
    const value = await answer(db, e.data.read)
    self.postMessage({ ok: true, value })
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) })
  } finally {
    db.close()
  }
}
