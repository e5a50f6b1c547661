import { boardStageOf } from '@shared/domain/boardStage'
import {
  approveExtension,
  approveReturn,
  assign,
  currentAssignments,
  requestExtension,
  requestReturn,
  transferToSuccessor,
} from '@shared/domain/workflow'
import { describe, expect, it } from 'vitest'
import { walk } from './scenarios'

describe('returns', () => {
  it('refuses a return after the return-limit due date, naming the limit', () => {
    const { j, clock } = walk('signed')
    const r = requestReturn(
      j.state,
      { assignmentId: j.assignment('unit-a').id, reason: '不属本单位' },
      clock.ctx('2026-02-10'),
    )
    expect(r).toEqual({ ok: false, error: { code: 'return-too-late', params: { limit: '2026-02-09' } } })
  })

  it('approves a return and reassigns in the same change, keeping the returned part in history', () => {
    const { j, clock } = walk('signed')
    const old = j.assignment('unit-a')
    j.apply(
      requestReturn(
        j.state,
        { assignmentId: old.id, reason: '职责不符', proposedUnitId: 'unit-c' },
        clock.ctx('2026-02-06'),
      ),
    )
    expect(boardStageOf(j.state)).toBe('handling')
    const c = j.apply(approveReturn(j.state, { assignmentId: old.id, reassignTo: 'unit-c' }, clock.ctx('2026-02-09')))
    expect(c.events.map((e) => [e.type, e.unitId])).toEqual([
      ['return-approved', 'unit-a'],
      ['reassigned', 'unit-c'],
    ])
    const next = j.assignment('unit-c')
    expect(j.assignment('unit-a').state).toBe('returned')
    expect(j.assignment('unit-a').returnRequest?.proposedUnitId).toBe('unit-c')
    expect([next.state, next.role, next.previousId, next.assignedOn]).toEqual([
      'assigned',
      'lead',
      old.id,
      '2026-02-09',
    ])
    expect(next.dueDates.map((d) => [d.kind, d.date])).toEqual([
      ['return-limit', '2026-02-16'],
      ['reply', '2026-05-09'],
      ['internal-review', '2026-05-04'],
    ])
    expect(currentAssignments(j.state).map((a) => a.unitId)).toEqual(['unit-b', 'unit-c'])
    expect(boardStageOf(j.state)).toBe('to-sign')
  })

  it('sends the suggestion back to 待交办 when the only part is returned without a new unit', () => {
    const { j, clock } = walk('accepted')
    j.apply(assign(j.state, { units: [{ unitId: 'unit-a', role: 'lead' }] }, clock.ctx('2026-02-02')))
    const id = j.assignment('unit-a').id
    j.apply(requestReturn(j.state, { assignmentId: id, reason: '职责不符' }, clock.ctx('2026-02-03')))
    j.apply(approveReturn(j.state, { assignmentId: id }, clock.ctx('2026-02-04')))
    expect(j.state.suggestion.stage).toBe('accepted')
    expect(boardStageOf(j.state)).toBe('to-assign')
  })
})

describe('transfer to a successor (机构改革)', () => {
  it('moves the open parts of a unit to its successor with their dates, keeping the old part', () => {
    const { j, clock } = walk('drafted')
    const old = j.assignment('unit-a')
    const c = j.apply(
      transferToSuccessor(
        j.state,
        { unitId: 'unit-a', successorId: 'unit-a2', reason: '机构改革' },
        clock.ctx('2026-04-12'),
      ),
    )
    const next = j.assignment('unit-a2')
    expect(c.events.map((e) => [e.type, e.unitId, e.data])).toEqual([
      ['transferred', 'unit-a', { toUnitId: 'unit-a2', newAssignmentId: next.id }],
    ])
    expect(j.assignment('unit-a').state).toBe('transferred')
    expect([next.state, next.previousId, next.assignedOn, next.signedOn, next.people.handler]).toEqual([
      'review',
      old.id,
      '2026-02-02',
      '2026-02-03',
      '李四',
    ])
    expect(next.dueDates).toEqual(old.dueDates)
    expect(j.state.assignments.length).toBe(3)
    expect(boardStageOf(j.state)).toBe('review')
  })
})

describe('extensions', () => {
  it('approves an extension within 6 months of assignment and keeps the superseded dates', () => {
    const { j, clock } = walk('signed')
    const id = j.assignment('unit-a').id
    j.apply(
      requestExtension(j.state, { assignmentId: id, until: '2026-08-02', reason: '涉及面广' }, clock.ctx('2026-04-01')),
    )
    j.apply(approveExtension(j.state, { assignmentId: id }, clock.ctx('2026-04-03')))
    const a = j.assignment('unit-a')
    expect(a.extendedTo).toBe('2026-08-02')
    expect(a.dueDates.map((d) => [d.kind, d.date])).toEqual([
      ['return-limit', '2026-02-09'],
      ['reply', '2026-08-02'],
      ['internal-review', '2026-07-28'],
    ])
    expect(a.dueDateHistory.map((d) => [d.kind, d.date])).toEqual([
      ['reply', '2026-05-02'],
      ['internal-review', '2026-04-27'],
    ])
    expect(j.events.at(-1)?.data).toEqual({ from: '2026-05-02', to: '2026-08-02', requested: '2026-08-02' })
  })

  it('refuses to approve a date past the cap even when the request was within it', () => {
    const { j, clock } = walk('signed')
    const id = j.assignment('unit-a').id
    j.apply(
      requestExtension(j.state, { assignmentId: id, until: '2026-07-01', reason: '涉及面广' }, clock.ctx('2026-04-01')),
    )
    expect(approveExtension(j.state, { assignmentId: id, until: '2026-09-01' }, clock.ctx('2026-04-03'))).toEqual({
      ok: false,
      error: { code: 'extension-beyond-cap', params: { cap: '2026-08-02', requested: '2026-09-01' } },
    })
  })
})
