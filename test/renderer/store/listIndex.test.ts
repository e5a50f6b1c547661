import { describe, expect, it } from 'vitest'
import { accept } from '@shared/domain/workflow/review'
import { assign } from '@shared/domain/workflow/assign'
import { runCommand } from '@renderer/store/commandRunner'
import { getSuggestionListIndex } from '@renderer/store/listIndex'
import { entryComparator, entryMatcher, type SuggestionListEntry } from '@renderer/store/listEntries'
import { readFirstPage } from '@renderer/store/useSuggestionList'
import { addUnit } from '@renderer/store/repositories/units'
import { registerSuggestion } from '@renderer/store/repositories/suggestions'
import { actor, addTestSession, context, freshDb, newSuggestion, NOW, registered } from './helpers'

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('suggestion list index', () => {
  it('filters, searches and sorts the loaded suggestions', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const ctx = await context(db)
    await registered(db, session.id, '3', '关于加快老旧小区改造的建议')
    await registerSuggestion(
      db,
      {
        ...newSuggestion(session.id, '1', '关于增加普惠性幼儿园学位的建议'),
        category: '教科文卫',
        leadDeputy: '陈晓东',
        delegation: '城西区代表团',
      },
      ctx,
    )
    await registered(db, session.id, '2', '关于缓解中心城区停车难的建议')
    const index = getSuggestionListIndex(db)
    await index.ensureLoaded()

    const titles = (rows: SuggestionListEntry[]) => rows.map((r) => r.numberText)
    expect(titles(index.query({}).rows)).toEqual(['1', '2', '3'])
    expect(titles(index.query({}, { field: 'number', direction: 'desc' }).rows)).toEqual(['3', '2', '1'])
    expect(titles(index.query({ query: '停车' }).rows)).toEqual(['2'])
    expect(titles(index.query({ query: '陈晓东 幼儿园' }).rows)).toEqual(['1'])
    expect(titles(index.query({ query: '陈晓东 停车' }).rows)).toEqual([])
    expect(titles(index.query({ category: '城乡建设' }).rows)).toEqual(['2', '3'])
    expect(titles(index.query({ delegation: '城西区代表团' }).rows)).toEqual(['1'])
    expect(index.query({ stages: ['accepted'] }).total).toBe(0)

    // Full text: a word that stands only in the content, not in the title, still finds the suggestion.
    await registerSuggestion(
      db,
      { ...newSuggestion(session.id, '4', '关于改善居住条件的建议'), content: '建议对多层住宅实施电梯加装补贴。' },
      ctx,
    )
    await until(() => index.query({ query: '电梯加装' }).total === 1)
    expect(titles(index.query({ query: '电梯加装' }).rows)).toEqual(['4'])
    expect(index.facets()).toEqual({
      delegations: ['城东区代表团', '城西区代表团'],
      categories: ['城乡建设', '教科文卫'],
    })
  })

  it('keeps in step with committed commands: stage, units and due dates', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const unit = await addUnit(
      db,
      { name: '市住房和城乡建设局', shortNames: ['市住建局'], type: 'government-department' },
      actor,
      NOW,
    )
    if (!unit.ok) throw new Error('setup')
    const s = await registered(db, session.id, '7')
    const index = getSuggestionListIndex(db)
    await index.ensureLoaded()
    const ctx = await context(db)

    await runCommand(db, { suggestionId: s.id, execute: (agg) => accept(agg, {}, ctx) })
    await runCommand(db, {
      suggestionId: s.id,
      execute: (agg) => assign(agg, { units: [{ unitId: unit.value.id, role: 'lead' }] }, ctx),
    })
    await until(() => index.get(s.id)?.stage === 'assigned')

    const entry = index.get(s.id)
    expect(entry?.unitIds).toEqual([unit.value.id])
    // Assigned 2026-03-10 + 3 calendar months = 2026-06-10 (a Wednesday).
    expect(entry?.nearestDue).toBe('2026-06-10')
    expect(index.query({ unitId: unit.value.id }).total).toBe(1)
    // A unit's name (or part of it) finds the suggestions it handles.
    expect(index.query({ query: '住房和城乡建设局' }).rows.map((r) => r.id)).toEqual([s.id])
    expect(index.query({ query: '住房和城乡建设局 不存在' }).total).toBe(0)
    expect(index.query({ dueOnOrBefore: '2026-06-09' }).total).toBe(0)
    expect(index.query({ dueOnOrBefore: '2026-06-10' }).total).toBe(1)
  })

  it('picks up suggestions registered after it loaded', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const index = getSuggestionListIndex(db)
    await index.ensureLoaded()
    await registered(db, session.id, '5', '关于推进生活垃圾分类的建议')
    await until(() => index.size === 1)
    expect(index.query({ query: '垃圾分类' }).rows.map((r) => r.numberText)).toEqual(['5'])
  })

  it('reports its load progress and load figures', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    await registered(db, session.id, '1')
    await registered(db, session.id, '2')
    const index = getSuggestionListIndex(db)
    expect(index.status).toBe('idle')
    await index.ensureLoaded()
    expect(index.status).toBe('ready')
    expect(index.progress).toEqual({ loaded: 2, total: 2 })
    expect(index.loadStats?.entries).toBe(2)
  })

  it('answers a reload started during a load with one complete, current index', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    await registered(db, session.id, '1', '关于推进生活垃圾分类的建议')
    const index = getSuggestionListIndex(db)
    const first = index.ensureLoaded()
    const second = index.reload()
    await Promise.all([first, second])
    expect(index.status).toBe('ready')
    expect(index.size).toBe(1)
    expect(index.query({ query: '垃圾分类' }).total).toBe(1)
  })

  it('serves a first page from IndexedDB before the index is loaded', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    await registered(db, session.id, '1')
    await registered(db, session.id, '2')
    const page = await readFirstPage(db, 1)
    expect(page.map((r) => r.numberText)).toEqual(['2'])
  })

  it('gives each first-page row its own assignments', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const unit = await addUnit(db, { name: '市交通运输局', shortNames: [], type: 'government-department' }, actor, NOW)
    if (!unit.ok) throw new Error('setup')
    const ctx = await context(db)
    const assigned = await registered(db, session.id, '1')
    await registered(db, session.id, '2')
    await runCommand(db, { suggestionId: assigned.id, execute: (agg) => accept(agg, {}, ctx) })
    await runCommand(db, {
      suggestionId: assigned.id,
      execute: (agg) => assign(agg, { units: [{ unitId: unit.value.id, role: 'lead' }] }, ctx),
    })
    // Both changed at the test's fixed NOW: their order among equals is not the point here.
    const page = (await readFirstPage(db)).sort((a, b) => a.numberSort - b.numberSort)
    expect(page.map((r) => [r.numberText, r.stage, r.unitIds])).toEqual([
      ['1', 'assigned', [unit.value.id]],
      ['2', 'registered', []],
    ])
  })

  it('filters 100,000 rows quickly', () => {
    const rows: SuggestionListEntry[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: String(i).padStart(8, '0'),
      sessionId: i % 2 ? 'a' : 'b',
      numberText: String(i),
      numberSort: i,
      title: i % 1000 === 0 ? '关于缓解中心城区停车难的建议' : '关于加快老旧小区改造的建议',
      leadDeputy: '李建国',
      delegation: '城东区代表团',
      category: '城乡建设',
      stage: 'assigned',
      key: i % 20 === 0,
      unitIds: ['u1'],
      nearestDue: '2026-06-10',
      receivedOn: '2026-01-14',
      updatedAt: NOW,
      searchText: `${i} ${i % 1000 === 0 ? '关于缓解中心城区停车难的建议' : '关于加快老旧小区改造的建议'} 李建国 城东区代表团 城乡建设`,
    }))
    const matcher = entryMatcher({ query: '停车', sessionId: 'b', key: true })
    const times: number[] = []
    let hits: SuggestionListEntry[] = []
    for (let run = 0; run < 7; run++) {
      const started = performance.now()
      hits = rows.filter(matcher)
      times.push(performance.now() - started)
    }
    const median = [...times].sort((a, b) => a - b)[3]!
    expect(hits).toHaveLength(100)
    // The target is a 100 ms median in Chromium; the shared test machine is slower, hence the same bound here.
    expect(median).toBeLessThan(100)
    const sorted = [...rows].sort(entryComparator({ field: 'number', direction: 'desc' }, (id) => (id === 'a' ? 0 : 1)))
    expect(sorted[0]!.numberText).toBe('99999')
  })
})
