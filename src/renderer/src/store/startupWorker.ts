/**
 * A worker for the first screen's read that takes the most requests when the app opens: the list's first page
 * (firstPage.ts, a hundred-odd requests). IndexedDB answers each request with a task on the thread that asked;
 * on the window's thread those tasks wait behind the app's code being evaluated (React, antd: long tasks), so
 * the page arrived about when the list could already have been drawn. Here it runs on its own thread and the
 * window gets the rows in one message. (The board's snapshot is one request for one large record: read in a
 * worker it only adds a second copy, so the board reads it on the window's thread.)
 *
 * In: `{ read: 'firstPage' }`. Out: `{ ok: true, value }` or `{ ok: false, error }`.
 */
import { SuggestionDb } from './db'
import { readFirstPage } from './firstPage'

self.onmessage = async () => {
  const db = new SuggestionDb()
  try {
    const value = await readFirstPage(db)
    self.postMessage({ ok: true, value })
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) })
  } finally {
    db.close()
  }
}
