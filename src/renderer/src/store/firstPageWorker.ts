/**
 * A worker that reads the list's first page (firstPage.ts) when the app opens on the list. IndexedDB answers
 * each request with a task on the thread that asked; on the window's thread those tasks wait behind the app's
 * code being evaluated (React, antd: long tasks), so the hundred-odd requests of the first page took until the
 * page could have been drawn. Here they run on their own thread; the window gets the rows in one message.
 *
 * In: nothing (the message starts the read). Out: `{ ok: true, rows }` or `{ ok: false, error }`.
 */
import { SuggestionDb } from './db'
import { readFirstPage } from './firstPage'

self.onmessage = async () => {
  const db = new SuggestionDb()
  try {
    const rows = await readFirstPage(db)
    self.postMessage({ ok: true, rows })
  } catch (e) {
    self.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) })
  } finally {
    db.close()
  }
}
