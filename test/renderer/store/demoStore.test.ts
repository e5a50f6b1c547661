import { describe, expect, it } from 'vitest'
import { err } from '@shared/domain/model'
import { isDemoLoaded, loadDemoData, removeDemoData, seedScaleData } from '@renderer/store/demo'
import { getSuggestionListIndex } from '@renderer/store/listIndex'
import { addTestSession, freshDb, NOW, registered, snapshot } from './helpers'

describe('demo data in the store', () => {
  it('loads and removes the demo, leaving the user’s own data as it was', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    await registered(db, session.id, '1')
    const before = await snapshot(db)

    const loaded = await loadDemoData(db, NOW, 7, { suggestionsPerSession: 20 })
    expect(loaded.ok && loaded.value.suggestions).toBe(40)
    expect(await db.suggestions.count()).toBe(41)
    expect(await isDemoLoaded(db)).toBe(true)
    expect(await loadDemoData(db, NOW, 7)).toEqual(err({ code: 'demo-already-loaded' }))

    expect(await removeDemoData(db)).toEqual({ ok: true, value: null })
    expect(await snapshot(db)).toEqual(before)
    expect(await removeDemoData(db)).toEqual(err({ code: 'demo-not-loaded' }))
  })

  it('seeds benchmark data through the store and the list index sees it', async () => {
    const db = freshDb()
    await seedScaleData(db, 2000, NOW, 500)
    expect(await db.suggestions.count()).toBe(2000)
    const index = getSuggestionListIndex(db)
    await index.ensureLoaded()
    expect(index.size).toBe(2000)
  })
})
