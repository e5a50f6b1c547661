/**
 * What the app does once when it opens, after the first paint and off the critical path:
 * - asks Chromium to keep the IndexedDB data persistent (never evicted under storage pressure);
 * - writes the day's automatic backup through the host (a plain file outside IndexedDB; skipped on an empty
 *   database and when today's backup exists).
 * Failures are logged, never thrown: the app must open even when the backup folder is unwritable.
 */
import { getHost } from '../host'
import { getDb } from '../store/db'
import { requestPersistentStorage } from '../store/db'
import { ensureDailyBackup } from '../store/backup'
import { nowIso, todayIso } from '../features/common/clock'

export async function runStartupTasks(): Promise<void> {
  try {
    await requestPersistentStorage()
  } catch (error) {
    console.warn('persistent storage request failed', error)
  }
  try {
    const result = await ensureDailyBackup(getDb(), getHost(), todayIso(), nowIso())
    if (!result.ok) console.warn('daily backup failed', result.error)
  } catch (error) {
    console.warn('daily backup failed', error)
  }
}
