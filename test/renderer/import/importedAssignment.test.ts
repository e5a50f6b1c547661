import { describe, expect, it } from 'vitest'
import { planImportCommit, previewImport, type WorkbookGrid } from '@shared/import'
import type { SuggestionDb } from '@renderer/store/db'
import { commitImport, comparedFields, existingForImport } from '@renderer/store/importCommit'
import { acceptAndAssign, commitImportedAssignment, loadImportedSuggestions } from '@renderer/store/importedAssignment'
import { addUnit } from '@renderer/store/repositories/units'
import { actor, addTestSession, context, freshDb, NOW, snapshot } from '../store/helpers'
import { fakeHost } from '../store/fakeHost'

const SESSION = '市十七届人大五次会议'

const FILE: WorkbookGrid = {
  format: 'xlsx',
  encoding: null,
  sheets: [
    {
      name: 'Sheet1',
      cells: [
        ['建议号', '标题', '领衔代表', '类别', '提交日期', '主办单位', '协办单位'],
        ['1', '关于加快老旧小区改造的建议', '王某', '城乡建设', '2026-01-15', '市住建局', '市交通局'],
        ['2', '关于优化公交线路的建议', '李某', '城乡建设', '2026-01-16', '市交通局', ''],
        ['3', '关于规范共享单车停放的建议', '张某', '城乡建设', '2026-01-16', '市城管局', '市住建局'],
        ['4', '关于增设社区菜市场的建议', '赵某', '城乡建设', '2026-01-16', '市住建局、市交通局', ''],
      ],
      merges: [],
      oversizeCells: [],
    },
  ],
}

/** The file imported with 市住建局 and 市交通局 in the directory; 市城管局 is unknown at import time. */
async function imported(): Promise<{ db: SuggestionDb; ids: string[]; unitIds: Record<string, string> }> {
  const db = freshDb()
  await addTestSession(db)
  const unitIds: Record<string, string> = {}
  for (const [name, short] of [
    ['市住房和城乡建设局', '市住建局'],
    ['市交通运输局', '市交通局'],
  ] as const) {
    const added = await addUnit(db, { name, shortNames: [short], type: 'government-department' }, actor, NOW)
    if (!added.ok) throw new Error(added.error.code)
    unitIds[short] = added.value.id
  }
  const directory = (await db.units.toArray()).map((u) => ({ ...u }))
  const existing = await existingForImport(db, comparedFields(['title']))
  const preview = previewImport(FILE, { session: SESSION, existing, sessionYear: 2026, directory })
  const ctx = await context(db)
  const committed = await commitImport(db, fakeHost(), planImportCommit(preview, { existing: 'skip' }), ctx, {
    receivedOn: '2026-03-01',
    notPublicReason: '不公开',
    fileName: 'list.xlsx',
  })
  if (!committed.ok) throw new Error(committed.error.code)
  const byNumber = await db.suggestions.toArray()
  const ids = ['1', '2', '3', '4'].map((n) => byNumber.find((s) => s.number === n)!.id)
  return { db, ids, unitIds }
}

describe('accepting and assigning an imported batch as the file says', () => {
  it("resolves the file's units against today's directory, flagging the unknown ones", async () => {
    const { db, ids, unitIds } = await imported()
    const first = await loadImportedSuggestions(db, ids)
    expect(first.map((s) => [s.aggregate.suggestion.number, s.units.map((u) => [u.text, u.role, u.unitId])])).toEqual([
      [
        '1',
        [
          ['市住建局', 'lead', unitIds['市住建局']],
          ['市交通局', 'co', unitIds['市交通局']],
        ],
      ],
      ['2', [['市交通局', 'lead', unitIds['市交通局']]]],
      [
        '3',
        [
          ['市城管局', 'lead', null],
          ['市住建局', 'co', unitIds['市住建局']],
        ],
      ],
      [
        '4',
        [
          ['市住建局', 'separate', unitIds['市住建局']],
          ['市交通局', 'separate', unitIds['市交通局']],
        ],
      ],
    ])
    // Added to the directory after the import, the unit now resolves.
    const added = await addUnit(
      db,
      { name: '市城市管理局', shortNames: ['市城管局'], type: 'government-department' },
      actor,
      NOW,
    )
    const again = await loadImportedSuggestions(db, [ids[2]!])
    expect(again[0]!.units[0]).toEqual({
      text: '市城管局',
      role: 'lead',
      unitId: added.ok ? added.value.id : 'x',
      candidates: [],
    })
  })

  it('previews the due dates, then accepts and assigns the batch in one transaction after a backup', async () => {
    const { db, ids, unitIds } = await imported()
    const host = fakeHost()
    const ctx = await context(db, '2026-03-10T09:00:00.000+08:00', '2026-03-10')
    const [one] = await loadImportedSuggestions(db, [ids[0]!])
    const plan = {
      suggestionId: ids[0]!,
      units: one!.units.map((u) => ({ unitId: u.unitId!, role: u.role })),
    }
    const preview = acceptAndAssign(one!.aggregate, plan, ctx, null)
    // 3 months from 2026-03-10: the reply is due 2026-06-10; the co-handler's opinion one month on, 04-10.
    expect(
      preview.ok &&
        preview.value.dueDates.map((d) => [
          d.role,
          d.dueDates.filter((x) => x.kind === 'reply' || x.kind === 'co-opinion').map((x) => `${x.kind} ${x.date}`),
        ]),
    ).toEqual([
      ['lead', ['reply 2026-06-10']],
      ['co', ['co-opinion 2026-04-10']],
    ])
    expect(await db.assignments.count()).toBe(0)

    const plans = [
      plan,
      { suggestionId: ids[1]!, units: [{ unitId: unitIds['市交通局']!, role: 'lead' as const }] },
      {
        suggestionId: ids[3]!,
        units: [
          { unitId: unitIds['市住建局']!, role: 'separate' as const },
          { unitId: unitIds['市交通局']!, role: 'separate' as const },
        ],
      },
    ]
    const outcome = await commitImportedAssignment(db, host, plans, ctx)
    expect(outcome.ok && outcome.value.assigned).toBe(3)
    expect(host.written.map((w) => w.entry.reason)).toEqual(['before-bulk'])
    const stages = await Promise.all(ids.map(async (id) => (await db.suggestions.get(id))!.stage))
    expect(stages).toEqual(['assigned', 'assigned', 'registered', 'assigned'])
    const parts = await db.assignments.where('suggestionId').equals(ids[0]!).toArray()
    expect(parts.map((a) => [a.role, a.state, a.assignedOn]).sort()).toEqual([
      ['co', 'assigned', '2026-03-10'],
      ['lead', 'assigned', '2026-03-10'],
    ])
    const events = await db.events.where('suggestionId').equals(ids[0]!).toArray()
    expect(events.map((e) => e.type).sort()).toEqual(['accepted', 'assigned', 'assigned', 'registered'])
  })

  it("still reads the units from a separate 'imported' event, as databases imported into before have them", async () => {
    const { db, ids, unitIds } = await imported()
    // Rewrite suggestion 1's history the old way: a plain registered event plus an 'imported' event.
    const [registeredEvent] = await db.events.where('suggestionId').equals(ids[0]!).toArray()
    const { imported: origin, ...plain } = registeredEvent!.data
    expect(origin).toEqual({
      file: 'list.xlsx',
      sheet: null,
      row: 2,
      leadUnits: [{ text: '市住建局', unitId: unitIds['市住建局'] }],
      coUnits: [{ text: '市交通局', unitId: unitIds['市交通局'] }],
      unitsAndOthers: false,
    })
    await db.events.put({ ...registeredEvent!, data: plain })
    await db.events.add({
      ...registeredEvent!,
      id: 'old-imported-event',
      type: 'imported',
      data: {
        file: 'list.xlsx',
        row: 2,
        leadUnits: [{ text: '市交通局', unitId: null }],
        coUnits: [],
        unitsAndOthers: true,
      },
    })
    // And suggestion 2 without any import data at all.
    const [second] = await db.events.where('suggestionId').equals(ids[1]!).toArray()
    await db.events.put({ ...second!, data: { number: '2', numberText: '2' } })

    const loaded = await loadImportedSuggestions(db, [ids[0]!, ids[1]!])
    expect(loaded.map((s) => [s.units.map((u) => [u.text, u.role, u.unitId]), s.unitsAndOthers])).toEqual([
      [[['市交通局', 'lead', unitIds['市交通局']]], true],
      [[], false],
    ])
  })

  it('writes nothing when one suggestion of the batch is refused', async () => {
    const { db, ids, unitIds } = await imported()
    const ctx = await context(db)
    const before = await snapshot(db)
    const outcome = await commitImportedAssignment(
      db,
      fakeHost(),
      [
        { suggestionId: ids[1]!, units: [{ unitId: unitIds['市交通局']!, role: 'lead' }] },
        // A co-handler without a lead unit.
        { suggestionId: ids[2]!, units: [{ unitId: unitIds['市住建局']!, role: 'co' }] },
      ],
      ctx,
    )
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'suggestion-refused', params: { number: '3', code: 'co-without-lead' } },
    })
    expect(await snapshot(db)).toEqual(before)
    expect(await commitImportedAssignment(db, fakeHost(), [], ctx)).toEqual({
      ok: false,
      error: { code: 'nothing-to-change' },
    })
  })
})
