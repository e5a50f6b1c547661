import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { accept } from '@shared/domain/workflow/review'
import { runCommand } from '@renderer/store/commandRunner'
import { SuggestionDb } from '@renderer/store/db'
import { findByNumber } from '@renderer/store/repositories/suggestions'
import { SCHEMA_VERSION } from '@renderer/store/schema'
import { V1_STORES } from '@renderer/store/schema/v1'
import { addTestSession, context, freshDb, registered, snapshot } from './helpers'

describe('schema', () => {
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

describe('schema v2', () => {
  /** The index names IndexedDB itself holds for a table (not Dexie's idea of them). */
  function storedIndexes(db: SuggestionDb, table: string): string[] {
    const store = db.backendDB().transaction(table, 'readonly').objectStore(table)
    return [...store.indexNames].sort()
  }

  it('drops the indexes nothing queries, keeping the ones the store and screens use', async () => {
    const db = freshDb()
    await db.open()
    expect(SCHEMA_VERSION).toBe(2)
    expect(storedIndexes(db, 'events')).toEqual(['[suggestionId+at]'])
    expect(storedIndexes(db, 'suggestions')).toEqual([
      '[sessionId+number]',
      'category',
      'delegation',
      'leadDeputy',
      'mergedIntoId',
      'tags',
      'updatedAt',
    ])
  })

  it('upgrades a version 1 database: every record kept, the dropped indexes gone, lookups still answered', async () => {
    // The records a v1 database holds: made by the store, then written into a database that only knows v1.
    const made = freshDb()
    const session = await addTestSession(made)
    const first = await registered(made, session.id, '第0001号')
    const second = await registered(made, session.id, '2', '关于增加普惠性幼儿园学位的建议')
    const ctx = await context(made)
    await runCommand(made, { suggestionId: first.id, execute: (agg) => accept(agg, {}, ctx) })
    const records = await snapshot(made)
    made.close()

    const indexedDB = new IDBFactory()
    const v1 = new Dexie('upgrade-from-v1', { indexedDB, IDBKeyRange })
    v1.version(1).stores(V1_STORES)
    await v1.open()
    for (const [name, rows] of Object.entries(records)) if (rows.length) await v1.table(name).bulkAdd(rows)
    expect(v1.verno).toBe(1)
    expect([...v1.backendDB().transaction('events').objectStore('events').indexNames].sort()).toEqual([
      '[suggestionId+at]',
      'at',
      'suggestionId',
      'type',
    ])
    v1.close()

    const db = new SuggestionDb('upgrade-from-v1', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(2)
    expect(await snapshot(db)).toEqual(records)
    expect(records.suggestions).toHaveLength(2)
    expect(records.events).toHaveLength(3)
    expect(storedIndexes(db, 'events')).toEqual(['[suggestionId+at]'])
    expect(storedIndexes(db, 'suggestions')).not.toContain('stage')

    // Queries on a dropped single index are served by the compound index that starts with the same field.
    const firstEvents = await db.events.where('suggestionId').equals(first.id).toArray()
    expect(firstEvents.map((e) => e.type).sort()).toEqual(['accepted', 'registered'])
    const bothEvents = await db.events.where('suggestionId').anyOf([first.id, second.id]).count()
    expect(bothEvents).toBe(3)
    const inSession = await db.suggestions.where('sessionId').equals(session.id).toArray()
    expect(inSession.map((s) => s.numberText).sort()).toEqual(['2', '第0001号'])
    expect((await findByNumber(db, session.id, '1'))?.id).toBe(first.id)
    // The unique number index still refuses a second suggestion with the same number.
    await expect(db.suggestions.add({ ...second, id: 'another-id', number: '1' })).rejects.toThrow()
  })
})
