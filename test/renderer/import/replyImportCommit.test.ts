import { describe, expect, it } from 'vitest'
import type { Unit } from '@shared/domain/model'
import { accept, assign, draftReply, signFor } from '@shared/domain/workflow'
import { previewReplyWorkbook } from '@shared/exchange/replyWorkbook'
import type { ReplyWorkbookRow } from '@shared/exchange/replyWorkbookLayout'
import { runCommand } from '@renderer/store/commandRunner'
import type { SuggestionDb } from '@renderer/store/db'
import {
  checkReplyImport,
  commitReplyImport,
  loadReplyMatchContext,
  rowsToWrite,
} from '@renderer/store/replyImportCommit'
import { addUnit } from '@renderer/store/repositories/units'
import { actor, addTestSession, context, freshDb, NOW, registered, snapshot } from '../store/helpers'
import { fakeHost } from '../store/fakeHost'

const SESSION = '市十七届人大五次会议'

/** Two suggestions assigned to 市住建局 on 2026-03-10: No. 1 waiting to be signed for, No. 2 with a draft reply. */
async function setUp(): Promise<{ db: SuggestionDb; unit: Unit; ids: Record<'one' | 'two', string> }> {
  const db = freshDb()
  const session = await addTestSession(db)
  const added = await addUnit(
    db,
    { name: '市住房和城乡建设局', shortNames: ['市住建局'], type: 'government-department' },
    actor,
    NOW,
  )
  if (!added.ok) throw new Error(added.error.code)
  const unit = added.value
  const ctx = await context(db)
  const ids = { one: '', two: '' }
  for (const [key, number] of [
    ['one', '1'],
    ['two', '2'],
  ] as const) {
    const s = await registered(
      db,
      session.id,
      number,
      number === '1' ? '关于加快老旧小区改造的建议' : '关于优化公交线路的建议',
    )
    ids[key] = s.id
    for (const execute of [
      (agg: Parameters<typeof accept>[0]) => accept(agg, {}, ctx),
      (agg: Parameters<typeof accept>[0]) => assign(agg, { units: [{ unitId: unit.id, role: 'lead' }] }, ctx),
    ]) {
      const r = await runCommand(db, { suggestionId: s.id, execute })
      if (!r.ok) throw new Error(r.error.code)
    }
  }
  const partOf = async (id: string) => (await db.assignments.where('suggestionId').equals(id).first())!.id
  const two = await partOf(ids.two)
  const people = { leader: '赵局长', department: '城建科', handler: '李四', phone: '12345' }
  for (const execute of [
    (agg: Parameters<typeof accept>[0]) => signFor(agg, { assignmentId: two, people }, ctx),
    (agg: Parameters<typeof accept>[0]) =>
      draftReply(agg, { assignmentId: two, resultClass: 'A', body: '已调整线路。', documentNumber: null }, ctx),
  ]) {
    const r = await runCommand(db, { suggestionId: ids.two, execute })
    if (!r.ok) throw new Error(r.error.code)
  }
  return { db, unit, ids }
}

function row(rowNumber: number, number: string, fill: Partial<ReplyWorkbookRow['cells']>): ReplyWorkbookRow {
  return { rowNumber, cells: { session: SESSION, number, unit: '市住建局', ...fill } }
}

const WORKBOOK = [
  row(4, '1', {
    replyDate: '2026-03-20',
    resultClass: 'A',
    documentNumber: 'X建复〔2026〕3号',
    signer: '王局长',
    contactName: '李四',
    contactPhone: '12345',
    body: '经认真研究，已将该小区列入今年改造计划。',
  }),
  row(5, '2', { replyDate: '2026-03-21', resultClass: 'A', signer: '王局长', body: '已调整线路。' }),
]

async function preview(db: SuggestionDb, rows: ReplyWorkbookRow[], unitId: string) {
  return previewReplyWorkbook(rows, await loadReplyMatchContext(db, unitId))
}

describe('committing a reply workbook', () => {
  it('sends a new reply and completes a drafted one, and importing the same workbook again changes nothing', async () => {
    const { db, unit, ids } = await setUp()
    const host = fakeHost()
    const ctx = await context(db, '2026-03-25T10:00:00.000+08:00', '2026-03-25')
    const first = await preview(db, WORKBOOK, unit.id)
    expect(first.counts).toEqual({ blank: 0, unchanged: 0, new: 1, changed: 1, error: 0 })
    expect((await checkReplyImport(db, first.rows, ctx)).map((r) => [r.rowNumber, r.outcome])).toEqual([
      [4, 'sent'],
      [5, 'sent'],
    ])

    const outcome = await commitReplyImport(db, host, first.rows, ctx)
    expect(outcome.ok && [outcome.value.sent, outcome.value.drafted, outcome.value.unchanged]).toEqual([2, 0, 0])
    expect(host.written.map((w) => w.entry.reason)).toEqual(['before-bulk'])

    // No. 1: signed for by the row's contact, drafted, signed off and sent on the reply date.
    const one = await db.replies.where('suggestionId').equals(ids.one).toArray()
    expect(
      one.map((r) => [r.state, r.resultClass, r.documentNumber, r.signer, r.signedOffOn, r.sentOn, r.body]),
    ).toEqual([
      [
        'sent',
        'A',
        'X建复〔2026〕3号',
        '王局长',
        '2026-03-20',
        '2026-03-20',
        '经认真研究，已将该小区列入今年改造计划。',
      ],
    ])
    const partOne = (await db.assignments.where('suggestionId').equals(ids.one).first())!
    expect([partOne.state, partOne.signedOn, partOne.people.handler]).toEqual(['replied', '2026-03-20', '李四'])
    const eventsOne = await db.events.where('suggestionId').equals(ids.one).toArray()
    // Recorded in one instant (ordered here by type), each on the reply date.
    const imported = eventsOne.filter((e) => e.at.startsWith('2026-03-25'))
    expect(imported.map((e) => `${e.type} ${e.on}`).sort()).toEqual([
      'reply-drafted 2026-03-20',
      'reply-sent 2026-03-20',
      'reply-signed-off 2026-03-20',
      'signed-for 2026-03-20',
    ])

    // No. 2: the stored draft already says the same, so it is only signed off and sent (one reply record).
    const two = await db.replies.where('suggestionId').equals(ids.two).toArray()
    expect(two.map((r) => [r.state, r.signer, r.sentOn, r.revision])).toEqual([['sent', '王局长', '2026-03-21', 3]])
    const eventsTwo = await db.events.where('suggestionId').equals(ids.two).toArray()
    expect(
      eventsTwo
        .filter((e) => e.at.startsWith('2026-03-25'))
        .map((e) => e.type)
        .sort(),
    ).toEqual(['reply-sent', 'reply-signed-off'])

    const again = await preview(db, WORKBOOK, unit.id)
    expect(again.counts).toEqual({ blank: 0, unchanged: 2, new: 0, changed: 0, error: 0 })
    expect(rowsToWrite(again.rows)).toEqual([])
    const before = await snapshot(db)
    expect(await commitReplyImport(db, host, again.rows, ctx)).toEqual({
      ok: false,
      error: { code: 'nothing-to-change' },
    })
    expect(await snapshot(db)).toEqual(before)
    expect(host.written).toHaveLength(1)
  })

  it('only drafts a row without a signer, and a re-import of that row changes nothing', async () => {
    const { db, unit, ids } = await setUp()
    const host = fakeHost()
    const ctx = await context(db, '2026-03-25T10:00:00.000+08:00', '2026-03-25')
    const rows = [row(5, '2', { replyDate: '2026-03-21', resultClass: 'A', body: '已调整公交线路，增开班次。' })]
    const first = await preview(db, rows, unit.id)
    expect(first.rows.map((r) => r.status)).toEqual(['changed'])
    const outcome = await commitReplyImport(db, host, first.rows, ctx)
    expect(outcome.ok && [outcome.value.sent, outcome.value.drafted]).toEqual([0, 1])
    const stored = await db.replies.where('suggestionId').equals(ids.two).toArray()
    expect(stored.map((r) => [r.state, r.body, r.sentOn, r.revision])).toEqual([
      ['draft', '已调整公交线路，增开班次。', null, 2],
    ])

    // The preview still sees the reply date as new (a draft has no sending day), but nothing is left to do.
    const again = await preview(db, rows, unit.id)
    expect(again.rows.map((r) => r.status)).toEqual(['changed'])
    expect((await checkReplyImport(db, again.rows, ctx)).map((r) => r.outcome)).toEqual(['unchanged'])
    expect(await commitReplyImport(db, host, again.rows, ctx)).toEqual({
      ok: false,
      error: { code: 'nothing-to-change' },
    })
  })

  it('writes nothing at all when one row is refused by the domain', async () => {
    const { db, unit } = await setUp()
    const host = fakeHost()
    const ctx = await context(db, '2026-03-25T10:00:00.000+08:00', '2026-03-25')
    // No. 1 is complete; No. 2 is a B reply without the plan and date a B reply must state.
    const rows = [WORKBOOK[0]!, row(5, '2', { replyDate: '2026-03-21', resultClass: 'B', signer: '王局长' })]
    const first = await preview(db, rows, unit.id)
    expect(first.counts).toMatchObject({ new: 1, changed: 1, error: 0 })
    const checked = await checkReplyImport(db, first.rows, ctx)
    expect(checked.map((r) => [r.rowNumber, r.outcome, r.error])).toEqual([
      [4, 'sent', null],
      [5, 'refused', { code: 'promise-required', params: { resultClass: 'B' } }],
    ])
    const before = await snapshot(db)
    expect(await commitReplyImport(db, host, first.rows, ctx)).toEqual({
      ok: false,
      error: { code: 'row-refused', params: { resultClass: 'B', row: 5, code: 'promise-required' } },
    })
    expect(await snapshot(db)).toEqual(before)

    // Leaving the refused row out, as the import tab does, writes the rest.
    const accepted = first.rows.filter((r) =>
      checked.some((c) => c.rowNumber === r.rowNumber && c.outcome !== 'refused'),
    )
    const outcome = await commitReplyImport(db, host, accepted, ctx)
    expect(outcome.ok && outcome.value.rows.map((r) => [r.numberText, r.outcome])).toEqual([['1', 'sent']])
  })

  it('refuses to rewrite a reply that was already sent', async () => {
    const { db, unit } = await setUp()
    const host = fakeHost()
    const ctx = await context(db, '2026-03-25T10:00:00.000+08:00', '2026-03-25')
    const first = await preview(db, [WORKBOOK[0]!], unit.id)
    await commitReplyImport(db, host, first.rows, ctx)
    const corrected = [row(4, '1', { documentNumber: 'X建复〔2026〕4号' })]
    const second = await preview(db, corrected, unit.id)
    expect(second.rows.map((r) => r.status)).toEqual(['changed'])
    expect((await checkReplyImport(db, second.rows, ctx)).map((r) => [r.outcome, r.error?.code])).toEqual([
      ['refused', 'reply-already-sent'],
    ])
  })
})
