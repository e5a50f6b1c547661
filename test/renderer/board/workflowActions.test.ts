/**
 * The card menu's actions (features/workflowForms/workflowActions.ts): which actions are offered at each point
 * of the lifecycle, and which unit parts an action works on. The suggestion is walked through the real domain
 * commands (lead unit `unit-a`, co-handler `unit-b`).
 */
import { describe, expect, it } from 'vitest'
import { requestReturn } from '@shared/domain/workflow'
import { actionForCommand, assignmentsFor, validActions } from '@renderer/features/workflowForms/workflowActions'
import { walk } from '../../shared/domain/workflow/scenarios'

const unitsFor = (until: Parameters<typeof walk>[0], action: Parameters<typeof assignmentsFor>[1]) => {
  const { j } = walk(until)
  return assignmentsFor(j.state, action).map((a) => a.unitId)
}

describe('validActions', () => {
  it('offers only 不予立案 to a registered suggestion, and 交办 once accepted', () => {
    expect(validActions(walk('registered').j.state)).toEqual(['notAccept'])
    expect(validActions(walk('accepted').j.state)).toEqual(['assign', 'notAccept'])
  })

  it('offers signing for and asking to return once assigned', () => {
    expect(validActions(walk('assigned').j.state)).toEqual(['signFor', 'requestReturn'])
  })

  it('offers drafting the reply once the lead unit signed for it', () => {
    expect(validActions(walk('signed').j.state)).toEqual(['requestReturn', 'draftReply'])
  })

  it('offers sign-off and sending while the reply is a draft, and only sending once signed off', () => {
    expect(validActions(walk('drafted').j.state)).toEqual(['requestReturn', 'draftReply', 'signOffReply', 'sendReply'])
    expect(validActions(walk('signed-off').j.state)).toEqual(['requestReturn', 'draftReply', 'sendReply'])
  })

  it('offers rating once the reply is sent, then closing after a satisfied rating', () => {
    expect(validActions(walk('replied').j.state)).toEqual(['rate'])
    expect(validActions(walk('rated', { overall: 'satisfied' }).j.state)).toEqual(['close'])
  })

  it('offers re-handling, not closing, after a dissatisfied rating', () => {
    expect(validActions(walk('rated', { overall: 'dissatisfied' }).j.state)).toEqual(['startRehandling'])
  })

  it('offers no return to the co-handler still signed for once the lead unit has replied', () => {
    const { j } = walk('replied')
    expect(j.assignment('unit-b').state).toBe('signed')
    expect(assignmentsFor(j.state, 'requestReturn')).toEqual([])
  })

  it('offers a return up to the return limit (2026-02-09) and not on the day after', () => {
    const { j } = walk('signed')
    expect(validActions(j.state, '2026-02-09')).toEqual(['requestReturn', 'draftReply'])
    expect(assignmentsFor(j.state, 'requestReturn', '2026-02-09').map((a) => a.unitId)).toEqual(['unit-a', 'unit-b'])
    expect(validActions(j.state, '2026-02-10')).toEqual(['draftReply'])
    expect(assignmentsFor(j.state, 'requestReturn', '2026-02-10')).toEqual([])
  })

  it('offers approving or denying a pending return request, and no second request from that unit', () => {
    const { j, clock } = walk('assigned')
    j.apply(
      requestReturn(
        j.state,
        { assignmentId: j.assignment('unit-a').id, reason: '不属于本单位职责', proposedUnitId: null },
        clock.ctx('2026-02-05'),
      ),
    )
    expect(validActions(j.state)).toEqual(['signFor', 'requestReturn', 'approveReturn', 'denyReturn'])
    expect(assignmentsFor(j.state, 'approveReturn').map((a) => a.unitId)).toEqual(['unit-a'])
    expect(assignmentsFor(j.state, 'requestReturn').map((a) => a.unitId)).toEqual(['unit-b'])
  })
})

describe('assignmentsFor', () => {
  it('gives every unit part still to be signed for', () => {
    expect(unitsFor('assigned', 'signFor')).toEqual(['unit-a', 'unit-b'])
    expect(unitsFor('signed', 'signFor')).toEqual([])
  })

  it('gives only the replying (lead) unit for reply actions, never the co-handler', () => {
    expect(unitsFor('signed', 'draftReply')).toEqual(['unit-a'])
    expect(unitsFor('drafted', 'signOffReply')).toEqual(['unit-a'])
    expect(unitsFor('replied', 'rate')).toEqual(['unit-a'])
  })

  it('gives nothing for suggestion-level actions', () => {
    expect(unitsFor('accepted', 'assign')).toEqual([])
    expect(unitsFor('rated', 'close')).toEqual([])
  })
})

describe('actionForCommand', () => {
  it('maps a board move command to the form of the same name', () => {
    expect(actionForCommand('assign')).toBe('assign')
    expect(actionForCommand('sendReply')).toBe('sendReply')
    expect(actionForCommand('register')).toBe(null)
  })
})
