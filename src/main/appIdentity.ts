/**
 * The app's identity on disk and on the web platform. These values are pinned by a test on purpose.
 *
 * All of the user's work lives in IndexedDB, and IndexedDB data belongs to an *origin* inside a *profile
 * folder*. Change the scheme or host below, or the folder name, and the next start opens an empty database
 * while the old one sits unreachable on disk — several Electron apps lost their users' data exactly this way
 * (switching file:// to a custom scheme, renaming the app). If one of these must ever change, ship a migration
 * that copies the old data first.
 */
import { join } from 'node:path'

/** Custom scheme the renderer is served from (registered privileged before `ready`). */
export const APP_SCHEME = 'app'
/** Fixed host: the origin must not depend on paths or versions. */
export const APP_HOST = 'bundle'
/** `app://bundle` — the only origin that may talk to main. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Folder name under the OS application-data folder (ASCII: safe on every file system and in support calls). */
export const APP_DATA_FOLDER = 'daibiao-jianyi'
/** What the user sees: window title, installer, menus. */
export { PRODUCT_NAME } from '@shared/bridge/identity'
export const APP_ID = 'cn.renda.daibiao-jianyi'

/** Test runs may point the profile elsewhere; nothing else should. */
export const USER_DATA_ENV = 'DAIBIAO_USER_DATA_DIR'

/** `<appData>/daibiao-jianyi`, or the override from the environment when it is a non-empty absolute path. */
export function userDataPath(appDataDir: string, env: Record<string, string | undefined> = {}): string {
  const override = env[USER_DATA_ENV]
  if (override && (override.startsWith('/') || /^[A-Za-z]:[\\/]/.test(override))) return override
  return join(appDataDir, APP_DATA_FOLDER)
}

export const BACKUP_FOLDER = 'backups'
export const WINDOW_STATE_FILE = 'window-state.json'
