/** Settings (one row) and the category list kept in it. */
import type { Settings } from '@shared/domain/model'
import { SETTINGS_ID, type SettingsRow, type SuggestionDb } from '../db'
import { defaultSettings } from '@shared/domain/settings'

/** The stored settings, or the defaults when none were saved yet. Missing fields take their default. */
export async function loadSettings(db: SuggestionDb): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID)
  const defaults = defaultSettings()
  if (!row) return defaults
  const { id: _id, ...stored } = row
  return { ...defaults, ...stored }
}

export async function saveSettings(db: SuggestionDb, settings: Settings): Promise<void> {
  const row: SettingsRow = { ...settings, id: SETTINGS_ID }
  await db.settings.put(row)
}

export async function getCategories(db: SuggestionDb): Promise<string[]> {
  return (await loadSettings(db)).categories
}

/** Replaces the category list (trimmed, empty and repeated names dropped, order kept). */
export async function setCategories(db: SuggestionDb, categories: string[]): Promise<string[]> {
  const clean = [...new Set(categories.map((c) => c.trim()).filter((c) => c !== ''))]
  await db.transaction('rw', db.settings, async () => {
    const settings = await loadSettings(db)
    await saveSettings(db, { ...settings, categories: clean })
  })
  return clean
}
