import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '@renderer/store/schema'
import { freshDb } from './helpers'

describe('schema v1', () => {
  it('opens with every table and the indexes the screens query', async () => {
    const db = freshDb()
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'assignments',
      'contacts',
      'deputies',
      'events',
      'holidayYears',
      'importTemplates',
      'meta',
      'operators',
      'ratings',
      'replies',
      'sessions',
      'settings',
      'suggestions',
      'units',
    ])
    const suggestions = db.suggestions.schema
    expect(suggestions.primKey.name).toBe('id')
    expect(suggestions.primKey.auto).toBe(false)
    expect(suggestions.idxByName['[sessionId+number]']?.unique).toBe(true)
    expect(Object.keys(db.assignments.schema.idxByName).sort()).toEqual([
      '[suggestionId+round]',
      '[unitId+state]',
      'role',
      'round',
      'state',
      'suggestionId',
      'unitId',
    ])
    expect(db.holidayYears.schema.primKey.name).toBe('year')
    expect(db.meta.schema.primKey.name).toBe('key')
  })
})
