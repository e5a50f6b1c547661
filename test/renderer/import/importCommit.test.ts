import { describe, expect, it } from 'vitest'
import { planImportCommit, previewImport, type WorkbookGrid } from '@shared/import'
import {
  checkImportRows,
  commitImport,
  comparedFields,
  existingForImport,
  validateImportRows,
  type ImportDefaults,
} from '@renderer/store/importCommit'
import { getSuggestionListIndex } from '@renderer/store/listIndex'
import { actor, addTestSession, context, freshDb, registered, snapshot } from '../store/helpers'
import { fakeHost } from '../store/fakeHost'

const SESSION = '市十七届人大五次会议'
const defaults: ImportDefaults = {
  receivedOn: '2026-03-01',
  notPublicReason: '导入时标为不公开',
  fileName: 'list.xlsx',
}

function grid(rows: (string | number | null)[][]): WorkbookGrid {
  return {
    format: 'xlsx',
    encoding: null,
    sheets: [
      {
        name: 'Sheet1',
        cells: [['建议号', '标题', '领衔代表', '类别', '提交日期'], ...rows],
        merges: [],
        oversizeCells: [],
      },
    ],
  }
}

const FILE = grid([
  ['第0001号', '关于加快老旧小区改造的建议', '王某等3名代表', '城乡建设', '2026-01-15'],
  ['2', '关于优化公交线路的建议', '李某', '城乡建设', '2026年1月16日'],
])

async function preview(db: ReturnType<typeof freshDb>, file: WorkbookGrid) {
  const existing = await existingForImport(db, comparedFields(['title', 'leadDeputy', 'category', 'receivedOn']))
  return previewImport(file, { session: SESSION, existing, sessionYear: 2026 })
}

describe('committing an import', () => {
  it('registers new rows with one registered event carrying the import details, and a re-import changes nothing', async () => {
    const db = freshDb()
    await addTestSession(db)
    const index = getSuggestionListIndex(db)
    await index.ensureLoaded()
    const host = fakeHost()
    const ctx = await context(db)

    const first = await preview(db, FILE)
    expect(first.summary.new).toBe(2)
    const outcome = await commitImport(db, host, planImportCommit(first, { existing: 'skip' }), ctx, defaults)
    expect(outcome.ok && { created: outcome.value.created, updated: outcome.value.updated }).toEqual({
      created: 2,
      updated: 0,
    })
    expect(host.written.map((w) => w.entry.reason)).toEqual(['before-bulk'])

    const stored = await db.suggestions.orderBy('id').toArray()
    const one = stored.find((s) => s.number === '1')!
    expect([one.numberText, one.title, one.leadDeputy, one.signerCount, one.receivedOn, one.stage]).toEqual([
      '第0001号',
      '关于加快老旧小区改造的建议',
      '王某',
      3,
      '2026-01-15',
      'registered',
    ])
    const events = await db.events.where('suggestionId').equals(one.id).toArray()
    expect(events.map((e) => [e.type, e.on, e.data])).toEqual([
      [
        'registered',
        '2026-03-10',
        {
          number: '1',
          numberText: '第0001号',
          imported: { file: 'list.xlsx', sheet: null, row: 2, leadUnits: [], coUnits: [], unitsAndOthers: false },
        },
      ],
    ])
    expect(index.query({ query: '公交' }).rows.map((r) => r.numberText)).toEqual(['2'])

    const again = await preview(db, FILE)
    expect(again.summary).toMatchObject({ new: 0, changed: 0, unchanged: 2, nothingToChange: true })
    const refused = await commitImport(db, host, planImportCommit(again, { existing: 'update' }), ctx, defaults)
    expect(refused).toEqual({ ok: false, error: { code: 'nothing-to-change' } })
  })

  it('updates only the rows chosen for update, with an edited event naming the changed fields', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const a = await registered(db, session.id, '1', '关于加快老旧小区改造的建议')
    const b = await registered(db, session.id, '2', '关于优化公交线路的建议')
    const ctx = await context(db)
    const changed = await preview(
      db,
      grid([
        ['1', '关于加快推进老旧小区改造的建议', '李建国', '城乡建设', '2026-01-14'],
        ['2', '关于优化公交线路走向的建议', '李建国', '城乡建设', '2026-01-14'],
      ]),
    )
    expect(changed.rows.map((r) => [r.status, r.changes.map((c) => c.field)])).toEqual([
      ['exists-changed', ['title']],
      ['exists-changed', ['title']],
    ])
    const plan = planImportCommit(changed, { existing: 'update', perRow: { 3: 'skip' } })
    const outcome = await commitImport(db, fakeHost(), plan, ctx, defaults)
    expect(outcome.ok && outcome.value.updatedIds).toEqual([a.id])
    expect((await db.suggestions.get(a.id))!.title).toBe('关于加快推进老旧小区改造的建议')
    expect((await db.suggestions.get(a.id))!.revision).toBe(2)
    expect((await db.suggestions.get(b.id))!.title).toBe('关于优化公交线路的建议')
    const edited = (await db.events.where('suggestionId').equals(a.id).toArray()).find((e) => e.type === 'edited')!
    expect(edited.data).toEqual({
      changes: { title: { from: '关于加快老旧小区改造的建议', to: '关于加快推进老旧小区改造的建议' } },
    })
  })

  it('finds rows the domain refuses before writing, and a refused commit leaves nothing behind', async () => {
    const db = freshDb()
    await addTestSession(db)
    const ctx = await context(db)
    const file = grid([
      ['1', '关于加快老旧小区改造的建议', '王某', '城乡建设', '2026-01-15'],
      ['2', '关于优化公交线路的建议', '李某', '不存在的类别', '2026-01-16'],
    ])
    const p = await preview(db, file)
    const rows = p.rows.map((r) => r.record!)
    expect(checkImportRows(rows, await db.sessions.toArray(), ctx, defaults)).toEqual([
      { rowNumber: 3, error: { code: 'unknown-category', params: { category: '不存在的类别' } } },
    ])
    expect(
      checkImportRows(
        rows.map((r) => ({ ...r, session: '别的会议' })),
        await db.sessions.toArray(),
        ctx,
        defaults,
      ).map((r) => r.error.code),
    ).toEqual(['unknown-session', 'unknown-session'])

    const before = await snapshot(db)
    const outcome = await commitImport(db, fakeHost(), planImportCommit(p, { existing: 'skip' }), ctx, defaults)
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'row-refused', params: { row: 3, code: 'unknown-category', category: '不存在的类别' } },
    })
    expect(await snapshot(db)).toEqual(before)
  })

  it('writes the changes checked for the preview, stamped at commit time, without registering again', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const p = await preview(db, FILE)
    const rows = p.rows.map((r) => r.record!)
    const checked = validateImportRows(rows, await db.sessions.toArray(), await context(db), {
      ...defaults,
      sheet: 'Sheet1',
    })
    expect(checked.refusals).toEqual([])
    const checkedIds = [...checked.registered.values()].map((c) => c.suggestion!.id)
    expect(checkedIds).toHaveLength(2)

    const later = await context(db, '2026-03-11T10:00:00.000+08:00', '2026-03-11')
    const plan = planImportCommit(p, { existing: 'skip' })
    const outcome = await commitImport(db, fakeHost(), plan, later, { ...defaults, sheet: 'Sheet1' }, checked)
    expect(outcome.ok && outcome.value.createdIds).toEqual(checkedIds)
    const two = (await db.suggestions.get(checkedIds[1]!))!
    expect([two.sessionId, two.number, two.createdAt, two.updatedAt, two.revision]).toEqual([
      session.id,
      '2',
      '2026-03-11T10:00:00.000+08:00',
      '2026-03-11T10:00:00.000+08:00',
      1,
    ])
    const events = await db.events.where('suggestionId').equals(two.id).toArray()
    expect(
      events.map((e) => [e.type, e.at, e.on, e.by, (e.data.imported as { sheet: string; row: number }).row]),
    ).toEqual([['registered', '2026-03-11T10:00:00.000+08:00', '2026-03-11', actor, 3]])
    expect((events[0]!.data.imported as { sheet: string }).sheet).toBe('Sheet1')
  })

  it('registers afresh when the check no longer fits, and still refuses a number taken since the check', async () => {
    const db = freshDb()
    const session = await addTestSession(db)
    const ctx = await context(db)
    const file = grid([['1', '关于加快老旧小区改造的建议', '王某', '城乡建设', '2026-01-15']])
    const p = await preview(db, file)
    const rows = p.rows.map((r) => r.record!)
    const checked = validateImportRows(rows, await db.sessions.toArray(), ctx, defaults)
    expect(checked.refusals).toEqual([])

    // The category was removed from the settings after the check: the commit's own register refuses the row.
    const narrowed = { ...ctx, settings: { ...ctx.settings, categories: ['教育'] } }
    const before = await snapshot(db)
    const refused = await commitImport(
      db,
      fakeHost(),
      planImportCommit(p, { existing: 'skip' }),
      narrowed,
      defaults,
      checked,
    )
    expect(refused).toEqual({
      ok: false,
      error: { code: 'row-refused', params: { row: 2, code: 'unknown-category', category: '城乡建设' } },
    })

    // The number was registered by someone else meanwhile: refused inside the transaction, nothing written.
    await registered(db, session.id, '0001', '另一件建议')
    const taken = await snapshot(db)
    expect(taken.suggestions).toHaveLength((before.suggestions?.length ?? 0) + 1)
    const clash = await commitImport(db, fakeHost(), planImportCommit(p, { existing: 'skip' }), ctx, defaults, checked)
    expect(clash).toEqual({ ok: false, error: { code: 'number-taken', params: { row: 2, number: '1' } } })
    expect(await snapshot(db)).toEqual(taken)
  })

  it('writes suggestions and events together: when the events cannot be written, no suggestion is kept either', async () => {
    const db = freshDb()
    await addTestSession(db)
    const ctx = await context(db)
    const p = await preview(db, FILE)
    const checked = validateImportRows(
      p.rows.map((r) => r.record!),
      await db.sessions.toArray(),
      ctx,
      defaults,
    )
    // An event already stored under the id the second row's registered event will use: its bulkAdd fails.
    const clashing = [...checked.registered.values()][1]!.events[0]!
    await db.events.add({ ...clashing, suggestionId: 'some-other-suggestion' })
    const before = await snapshot(db)

    const outcome = await commitImport(
      db,
      fakeHost(),
      planImportCommit(p, { existing: 'skip' }),
      ctx,
      defaults,
      checked,
    )

    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.error.code).toBe('commit-failed')
    expect(await snapshot(db)).toEqual(before)
    expect(await db.suggestions.count()).toBe(0)
    expect(await db.events.count()).toBe(1)
  })

  it('writes nothing when the backup fails', async () => {
    const db = freshDb()
    await addTestSession(db)
    const host = fakeHost()
    host.failWrites = true
    const p = await preview(db, FILE)
    const outcome = await commitImport(db, host, planImportCommit(p, { existing: 'skip' }), await context(db), defaults)
    expect(outcome).toEqual({ ok: false, error: { code: 'backup-failed', params: { detail: 'io-failed' } } })
    expect(await db.suggestions.count()).toBe(0)
  })
})
