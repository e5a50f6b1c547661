import { describe, expect, it } from 'vitest'
import { err } from '@shared/domain/model'
import { registerSuggestion, getSuggestionDetail } from '@renderer/store/repositories/suggestions'
import { canAdminister, createOperator, listOperators } from '@renderer/store/repositories/operators'
import {
  addUnit,
  findUnitByName,
  listUnits,
  mergeUnit,
  renameUnit,
  reorderUnits,
} from '@renderer/store/repositories/units'
import { loadSettings, setCategories } from '@renderer/store/repositories/settings'
import { listSessions, addSession } from '@renderer/store/repositories/sessions'
import { actor, addTestSession, context, freshDb, newSuggestion, NOW, registered } from './helpers'

describe('suggestions', () => {
  it('refuses a number already used in the session, however it is written', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const first = await registered(db, session.id, '第0012号')

    const again = await registerSuggestion(db, newSuggestion(session.id, '12'), await context(db))

    expect(again).toEqual(err({ code: 'duplicate-number', params: { number: '12', existingId: first.id } }))
    expect(await db.suggestions.count()).toBe(1)
    expect(await db.events.count()).toBe(1)
  })

  it('allows the same number in another session', async () => {
    const db = freshDb()
    const s1 = await addTestSession(db)
    const s2 = await addSession(
      db,
      {
        name: '2026年闭会期间',
        kind: 'interim',
        term: 17,
        meeting: null,
        year: 2026,
        startsOn: null,
        fixedReplyDate: null,
      },
      NOW,
    )
    await registered(db, s1.id, '12')
    const other = await registered(db, s2.id, '12')
    expect(other.number).toBe('12')
    expect((await listSessions(db)).map((s) => s.name)).toEqual(['2026年闭会期间', '市十七届人大五次会议'])
  })

  it('stores the normalised number, the original text and the search text', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const s = await registered(db, session.id, '第0123号')
    const detail = await getSuggestionDetail(db, s.id)
    expect(detail?.suggestion).toMatchObject({
      numberText: '第0123号',
      number: '123',
      numberSort: 123,
      stage: 'registered',
      revision: 1,
    })
    expect(detail?.suggestion.searchText).toContain('老旧小区')
    expect(detail?.events.map((e) => [e.type, e.by.name])).toEqual([['registered', '王敏']])
  })
})

describe('operators', () => {
  it('makes the first profile an administrator and refuses a repeated name', async () => {
    const db = freshDb()
    const first = await createOperator(db, { name: '  王敏 ', role: 'read-only' }, NOW)
    const second = await createOperator(db, { name: '李强', role: 'staff' }, '2026-03-10T10:00:00.000+08:00')
    const repeated = await createOperator(db, { name: '王敏', role: 'staff' }, NOW)

    expect(first.ok && [first.value.name, first.value.role]).toEqual(['王敏', 'administrator'])
    expect(second.ok && second.value.role).toBe('staff')
    expect(repeated).toEqual(err({ code: 'operator-name-taken', params: { name: '王敏' } }))
    expect((await listOperators(db)).map((o) => o.name)).toEqual(['王敏', '李强'])
    expect(canAdminister(first.ok ? first.value : null)).toBe(true)
    expect(canAdminister(second.ok ? second.value : null)).toBe(false)
  })
})

describe('units', () => {
  it('renames and merges units, keeping old names as aliases and the history', async () => {
    const db = freshDb()
    const a = await addUnit(
      db,
      { name: '市城乡建设委员会', shortNames: ['市建委'], type: 'government-department' },
      actor,
      NOW,
    )
    const b = await addUnit(db, { name: '市房产管理局', type: 'government-department' }, actor, NOW)
    if (!a.ok || !b.ok) throw new Error('setup')

    const renamed = await renameUnit(db, a.value.id, '市住房和城乡建设局', actor, NOW)
    const merged = await mergeUnit(db, b.value.id, a.value.id, actor, NOW)

    expect(renamed.ok).toBe(true)
    expect(merged.ok && merged.value.aliases).toEqual(['市城乡建设委员会', '市房产管理局'])
    expect(merged.ok && merged.value.history.map((h) => [h.kind, h.detail])).toEqual([
      ['created', '市城乡建设委员会'],
      ['renamed', '市城乡建设委员会'],
      ['absorbed', '市房产管理局'],
    ])
    expect((await findUnitByName(db, '市房产管理局'))?.name).toBe('市住房和城乡建设局')
    expect((await findUnitByName(db, '市建委'))?.name).toBe('市住房和城乡建设局')
    expect((await listUnits(db)).map((u) => u.name)).toEqual(['市住房和城乡建设局'])
    expect((await db.units.get(b.value.id))?.successorId).toBe(a.value.id)
  })

  it('reorders units and refuses a duplicate name', async () => {
    const db = freshDb()
    const names = ['市教育局', '市公安局', '市民政局']
    const ids: string[] = []
    for (const name of names) {
      const r = await addUnit(db, { name, type: 'government-department' }, actor, NOW)
      if (r.ok) ids.push(r.value.id)
    }
    await reorderUnits(db, [ids[2]!, ids[0]!])
    expect((await listUnits(db)).map((u) => [u.name, u.order])).toEqual([
      ['市民政局', 1],
      ['市教育局', 2],
      ['市公安局', 3],
    ])
    expect(await addUnit(db, { name: '市教育局', type: 'other' }, actor, NOW)).toEqual(
      err({ code: 'unit-name-taken', params: { name: '市教育局' } }),
    )
  })
})

describe('settings', () => {
  it('starts from the defaults and keeps an edited category list', async () => {
    const db = freshDb()
    expect((await loadSettings(db)).categories).toEqual([
      '经济发展',
      '城乡建设',
      '生态环保',
      '教科文卫',
      '民生保障',
      '政法',
      '农业农村',
      '其他',
    ])
    await setCategories(db, [' 城乡建设 ', '民生保障', '城乡建设', ''])
    expect((await loadSettings(db)).categories).toEqual(['城乡建设', '民生保障'])
    expect((await loadSettings(db)).rating.weights).toEqual({ attitude: 30, process: 30, result: 40 })
  })
})
