import { commandForMove } from '@shared/domain/boardStage'
import type { DomainError, Result, WorkflowChange } from '@shared/domain/model'
import type { WorkflowErrorCode } from '@shared/domain/workflow'
import {
  accept,
  approveExtension,
  assign,
  close,
  correct,
  denyExtension,
  denyReturn,
  draftReply,
  edit,
  fulfilPromise,
  markKey,
  merge,
  noteProgress,
  notAccept,
  publishReply,
  rate,
  reassign,
  recomputeDueDates,
  recordContact,
  register,
  remind,
  requestExtension,
  requestReturn,
  sendCoOpinion,
  sendReply,
  signFor,
  signOffReply,
  startRehandling,
  transferToSuccessor,
  withdraw,
  workflowErrorCodes,
} from '@shared/domain/workflow'
import { describe, expect, it } from 'vitest'
import { makeClock, registerInput } from './fixtures'
import { people, walk } from './scenarios'

const ctx = makeClock().ctx('2026-02-05')
const rating = {
  receivedReply: true,
  receivedOn: '2026-04-22',
  communication: 'phone' as const,
  attitude: 'satisfied' as const,
  process: 'satisfied' as const,
  result: 'satisfied' as const,
  overall: 'satisfied' as const,
  reasons: null,
  signedBy: '樊奇',
  ratedOn: '2026-05-06',
}
const a = (j: ReturnType<typeof walk>['j'], unit = 'unit-a') => j.assignment(unit).id

/** Each refusal: the code expected, its params, and how it is provoked. */
const cases: Array<{ code: WorkflowErrorCode; params?: DomainError['params']; run: () => Result<unknown> }> = [
  {
    code: 'invalid-stage',
    params: { stage: 'registered' },
    run: () => assign(walk('registered').j.state, { units: [{ unitId: 'u', role: 'lead' }] }, ctx),
  },
  {
    code: 'invalid-assignment-state',
    params: { state: 'signed' },
    run: () => {
      const { j } = walk('signed')
      return signFor(j.state, { assignmentId: a(j), people }, ctx)
    },
  },
  {
    code: 'assignment-not-found',
    params: { assignmentId: 'nope' },
    run: () => signFor(walk('assigned').j.state, { assignmentId: 'nope', people }, ctx),
  },
  { code: 'reason-required', run: () => notAccept(walk('registered').j.state, { reason: '  ' }, ctx) },
  { code: 'nothing-changed', run: () => markKey(walk('registered').j.state, { key: false }, ctx) },
  { code: 'number-required', run: () => register({ ...registerInput, number: '' }, ctx) },
  { code: 'title-required', run: () => edit(walk('registered').j.state, { fields: { title: ' ' } }, ctx) },
  { code: 'lead-deputy-required', run: () => register({ ...registerInput, leadDeputy: '' }, ctx) },
  {
    code: 'unknown-category',
    params: { category: '外交' },
    run: () => register({ ...registerInput, category: '外交' }, ctx),
  },
  {
    code: 'publicity-reason-required',
    run: () => register({ ...registerInput, publicity: { public: false, reason: null } }, ctx),
  },
  {
    code: 'withdraw-needs-all-signers',
    run: () => {
      const j = walk('registered').j
      return withdraw(
        { ...j.state, suggestion: { ...j.state.suggestion, signerCount: 11 } },
        { reason: '代表书面撤回' },
        ctx,
      )
    },
  },
  {
    code: 'merge-into-self',
    run: () => {
      const { j } = walk('accepted')
      return merge(j.state, { intoId: j.state.suggestion.id }, ctx)
    },
  },
  { code: 'no-units', run: () => assign(walk('accepted').j.state, { units: [] }, ctx) },
  {
    code: 'duplicate-unit',
    params: { unitId: 'unit-a' },
    run: () => assign(walk('assigned').j.state, { units: [{ unitId: 'unit-a', role: 'co' }] }, ctx),
  },
  {
    code: 'multiple-lead',
    run: () => assign(walk('assigned').j.state, { units: [{ unitId: 'unit-c', role: 'lead' }] }, ctx),
  },
  {
    code: 'lead-and-separate-mixed',
    run: () =>
      assign(
        walk('accepted').j.state,
        {
          units: [
            { unitId: 'u1', role: 'lead' },
            { unitId: 'u2', role: 'separate' },
          ],
        },
        ctx,
      ),
  },
  {
    code: 'co-without-lead',
    run: () =>
      assign(
        walk('accepted').j.state,
        {
          units: [
            { unitId: 'u1', role: 'separate' },
            { unitId: 'u2', role: 'co' },
          ],
        },
        ctx,
      ),
  },
  {
    code: 'people-required',
    run: () => {
      const { j } = walk('assigned')
      return signFor(
        j.state,
        { assignmentId: a(j), people: { leader: null, department: ' ', handler: null, phone: '1' } },
        ctx,
      )
    },
  },
  {
    code: 'return-too-late',
    params: { limit: '2026-02-09' },
    run: () => {
      const { j } = walk('signed')
      return requestReturn(j.state, { assignmentId: a(j), reason: '不属于本单位职责' }, makeClock().ctx('2026-02-10'))
    },
  },
  {
    code: 'return-pending',
    run: () => {
      const { j } = walk('signed')
      j.apply(requestReturn(j.state, { assignmentId: a(j), reason: '职责不符' }, ctx))
      return requestReturn(j.state, { assignmentId: a(j), reason: '再次' }, ctx)
    },
  },
  {
    code: 'same-unit',
    run: () => {
      const { j } = walk('signed')
      return reassign(j.state, { assignmentId: a(j), toUnitId: 'unit-a', reason: '调整' }, ctx)
    },
  },
  {
    code: 'no-open-assignment',
    run: () => transferToSuccessor(walk('signed').j.state, { unitId: 'unit-x', successorId: 'unit-y' }, ctx),
  },
  {
    code: 'not-co-handler',
    run: () => {
      const { j } = walk('signed')
      return sendCoOpinion(j.state, { assignmentId: a(j), summary: '意见' }, ctx)
    },
  },
  {
    code: 'not-replying-unit',
    run: () => {
      const { j } = walk('signed')
      return draftReply(j.state, { assignmentId: a(j, 'unit-b'), resultClass: 'A', body: '答复' }, ctx)
    },
  },
  {
    code: 'extension-pending',
    run: () => {
      const { j } = walk('signed')
      j.apply(requestExtension(j.state, { assignmentId: a(j), until: '2026-06-30', reason: '涉及面广' }, ctx))
      return requestExtension(j.state, { assignmentId: a(j), until: '2026-07-31', reason: '再延' }, ctx)
    },
  },
  {
    code: 'no-extension-request',
    run: () => {
      const { j } = walk('signed')
      return approveExtension(j.state, { assignmentId: a(j) }, ctx)
    },
  },
  {
    code: 'extension-not-later',
    params: { current: '2026-05-02' },
    run: () => {
      const { j } = walk('signed')
      return requestExtension(j.state, { assignmentId: a(j), until: '2026-04-30', reason: '提前?' }, ctx)
    },
  },
  {
    code: 'extension-beyond-cap',
    params: { cap: '2026-08-02', requested: '2026-08-03' },
    run: () => {
      const { j } = walk('signed')
      return requestExtension(j.state, { assignmentId: a(j), until: '2026-08-03', reason: '涉及面广' }, ctx)
    },
  },
  {
    code: 'text-required',
    run: () => {
      const { j } = walk('signed')
      return noteProgress(j.state, { assignmentId: a(j), text: '' }, ctx)
    },
  },
  {
    code: 'unknown-result-class',
    params: { resultClass: 'E' },
    run: () => {
      const { j } = walk('signed')
      return draftReply(j.state, { assignmentId: a(j), resultClass: 'E', body: '答复' }, ctx)
    },
  },
  {
    code: 'reply-body-required',
    run: () => {
      const { j } = walk('signed')
      return draftReply(j.state, { assignmentId: a(j), resultClass: 'A', body: '' }, ctx)
    },
  },
  {
    code: 'promise-required',
    params: { resultClass: 'B' },
    run: () => {
      const { j } = walk('signed')
      return draftReply(j.state, { assignmentId: a(j), resultClass: 'B', body: '列入计划' }, ctx)
    },
  },
  {
    code: 'explanation-required',
    params: { resultClass: 'C' },
    run: () => {
      const { j } = walk('signed')
      return draftReply(j.state, { assignmentId: a(j), resultClass: 'C', body: '以后解决' }, ctx)
    },
  },
  {
    code: 'no-reply-draft',
    run: () => {
      const { j } = walk('signed')
      return signOffReply(j.state, { assignmentId: a(j), signer: '王五' }, ctx)
    },
  },
  {
    code: 'signer-required',
    run: () => {
      const { j } = walk('drafted')
      return signOffReply(j.state, { assignmentId: a(j), signer: ' ' }, ctx)
    },
  },
  {
    code: 'reply-not-signed-off',
    run: () => {
      const { j } = walk('drafted')
      return sendReply(j.state, { assignmentId: a(j) }, ctx)
    },
  },
  {
    code: 'reply-already-sent',
    run: () => {
      const { j } = walk('replied')
      const s = {
        ...j.state,
        assignments: j.state.assignments.map((x) => (x.unitId === 'unit-a' ? { ...x, state: 'review' as const } : x)),
      }
      return signOffReply(s, { assignmentId: a(j), signer: '王五' }, ctx)
    },
  },
  {
    code: 'reply-not-public',
    run: () => {
      const { j } = walk('replied')
      const s = {
        ...j.state,
        replies: j.state.replies.map((r) => ({ ...r, publicity: { public: false, reason: '涉密' } })),
      }
      return publishReply(s, { assignmentId: a(j) }, ctx)
    },
  },
  {
    code: 'reply-already-published',
    params: { publishedOn: '2026-04-25' },
    run: () => {
      const { j } = walk('replied')
      const s = { ...j.state, replies: j.state.replies.map((r) => ({ ...r, publishedOn: '2026-04-25' })) }
      return publishReply(s, { assignmentId: a(j) }, ctx)
    },
  },
  {
    code: 'date-before-sent',
    params: { sentOn: '2026-04-20' },
    run: () => {
      const { j } = walk('replied')
      return publishReply(j.state, { assignmentId: a(j), on: '2026-04-01' }, ctx)
    },
  },
  {
    code: 'promise-not-found',
    params: { index: 0 },
    run: () => {
      const { j } = walk('replied')
      return fulfilPromise(j.state, { assignmentId: a(j), promiseIndex: 0 }, ctx)
    },
  },
  {
    code: 'promise-already-fulfilled',
    params: { fulfilledOn: '2026-06-01' },
    run: () => {
      const { j } = walk('replied')
      const promises = [{ text: '年内完成', dueOn: '2026-12-31', fulfilledOn: '2026-06-01' }]
      const s = { ...j.state, replies: j.state.replies.map((r) => ({ ...r, promises })) }
      return fulfilPromise(s, { assignmentId: a(j), promiseIndex: 0 }, ctx)
    },
  },
  {
    code: 'reply-not-sent',
    run: () => {
      const { j } = walk('signed-off')
      return rate(j.state, { assignmentId: a(j), ...rating }, ctx)
    },
  },
  {
    code: 'already-rated',
    run: () => {
      const { j } = walk('rated')
      return rate(j.state, { assignmentId: a(j), ...rating }, ctx)
    },
  },
  {
    code: 'reasons-required',
    run: () => {
      const { j } = walk('replied')
      return rate(j.state, { assignmentId: a(j), ...rating, overall: 'dissatisfied', reasons: '' }, ctx)
    },
  },
  {
    code: 'not-dissatisfied',
    run: () => {
      const { j } = walk('rated')
      return startRehandling(j.state, { assignmentId: a(j) }, ctx)
    },
  },
  { code: 'close-unreplied', run: () => close(walk('signed').j.state, {}, ctx) },
  { code: 'close-unrated', run: () => close(walk('replied').j.state, {}, ctx) },
  { code: 'close-dissatisfied', run: () => close(walk('rated', { overall: 'dissatisfied' }).j.state, {}, ctx) },
  { code: 'no-due-date-moved', run: () => recomputeDueDates(walk('signed').j.state, { reason: '核对' }, ctx) },
  { code: 'move-same-stage', run: () => commandForMove('handling', 'handling') },
  {
    code: 'move-not-allowed',
    params: { from: 'to-assign', to: 'closed' },
    run: () => commandForMove('to-assign', 'closed'),
  },
]

describe('every refusal is coded', () => {
  it.each(cases)('refuses with $code', ({ code, params, run }) => {
    const result = run()
    expect(result).toEqual({ ok: false, error: params ? { code, params } : { code } })
  })

  it('provokes every listed code at least once', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(workflowErrorCodes))
  })
})

describe('guards that let the right thing through', () => {
  it('accepts a joint withdrawal when all signers agreed and ends the open parts', () => {
    const { j } = walk('signed')
    const s = { ...j.state, suggestion: { ...j.state.suggestion, coSigners: ['王某'] } }
    const r = withdraw(s, { reason: '代表书面撤回', allSignersAgreed: true }, ctx)
    expect(r.ok && r.value.suggestion?.stage).toBe('withdrawn')
    expect(r.ok && r.value.assignments.map((x) => [x.unitId, x.state])).toEqual([
      ['unit-a', 'closed'],
      ['unit-b', 'closed'],
    ])
  })

  it('keeps a not-accepted suggestion as a letter with the reason', () => {
    const r = notAccept(walk('registered').j.state, { reason: '属个人事项', handledAsLetter: true }, ctx)
    expect(
      r.ok && [r.value.suggestion?.stage, r.value.suggestion?.stageReason, r.value.suggestion?.handledAsLetter],
    ).toEqual(['not-accepted', '属个人事项', true])
  })

  it('puts the field changes of an edit in the event', () => {
    const r = edit(
      walk('registered').j.state,
      { fields: { title: '关于新标题的建议', searchText: 'x' } },
      ctx,
    ) as Result<WorkflowChange>
    expect(r.ok && r.value.events[0]?.data).toEqual({
      changes: { title: { from: '关于加强老旧小区加装电梯工作的建议', to: '关于新标题的建议' } },
    })
    expect(r.ok && r.value.suggestion?.searchText).toBe('x')
  })

  it('merges into another suggestion', () => {
    const r = merge(walk('accepted').j.state, { intoId: 'other', intoNumber: '124', reason: '内容相近' }, ctx)
    expect(r.ok && [r.value.suggestion?.stage, r.value.suggestion?.mergedIntoId]).toEqual(['merged', 'other'])
  })

  it('reopens a closed suggestion by a correction event, keeping earlier events', () => {
    const { j, clock } = walk('rated')
    j.apply(close(j.state, {}, clock.ctx('2026-05-10')))
    const before = j.events.length
    j.apply(
      correct(
        j.state,
        { reason: '误办结', stage: 'assigned', assignments: [{ assignmentId: a(j), state: 'replied' }] },
        clock.ctx('2026-05-11'),
      ),
    )
    expect(j.events.length).toBe(before + 1)
    expect(j.events.at(-1)?.data).toEqual({
      stage: { from: 'closed', to: 'assigned' },
      assignments: [{ id: a(j), from: 'closed', to: 'replied' }],
    })
    expect(j.state.suggestion.stage).toBe('assigned')
  })

  it('records a face-to-face contact, a progress note, a reminder and key marking as events', () => {
    const { j, clock } = walk('signed')
    const c = clock.ctx('2026-02-20')
    j.apply(
      recordContact(
        j.state,
        { assignmentId: a(j), kind: 'face-to-face', phase: 'during', people: '樊奇', summary: '现场察看' },
        c,
      ),
    )
    j.apply(noteProgress(j.state, { assignmentId: a(j), text: '已完成调研' }, c))
    j.apply(remind(j.state, {}, c))
    j.apply(markKey(j.state, { key: true }, c))
    expect(j.events.slice(-5).map((e) => [e.type, e.unitId])).toEqual([
      ['contact-recorded', 'unit-a'],
      ['progress-noted', 'unit-a'],
      ['reminded', 'unit-a'],
      ['reminded', 'unit-b'],
      ['key-marked', null],
    ])
    expect(j.contacts.map((x) => [x.kind, x.on, x.unitId])).toEqual([['face-to-face', '2026-02-20', 'unit-a']])
    expect(j.state.suggestion.key).toBe(true)
  })

  it('denies a return and an extension with a reason, leaving the part where it was', () => {
    const { j } = walk('signed')
    j.apply(requestReturn(j.state, { assignmentId: a(j), reason: '职责不符' }, ctx))
    expect(denyReturn(j.state, { assignmentId: a(j), reason: '' }, ctx)).toEqual({
      ok: false,
      error: { code: 'reason-required' },
    })
    j.apply(denyReturn(j.state, { assignmentId: a(j), reason: '属本单位职责' }, ctx))
    expect(j.assignment('unit-a').state).toBe('signed')
    expect(j.assignment('unit-a').returnRequest).toBeNull()
    j.apply(requestExtension(j.state, { assignmentId: a(j), until: '2026-06-30', reason: '涉及面广' }, ctx))
    j.apply(denyExtension(j.state, { assignmentId: a(j), reason: '可按期办结' }, ctx))
    expect(j.assignment('unit-a').extensionRequest).toBeNull()
    expect(j.events.slice(-4).map((e) => e.type)).toEqual([
      'return-requested',
      'return-denied',
      'extension-requested',
      'extension-denied',
    ])
  })

  it('accepts a return on the limit day itself', () => {
    const { j } = walk('signed')
    const r = requestReturn(
      j.state,
      { assignmentId: a(j), reason: '职责不符', proposedUnitName: '市住建局' },
      makeClock().ctx('2026-02-09'),
    )
    expect(r.ok && r.value.assignments[0]?.state).toBe('return-requested')
  })

  it('makes the undo-able accept command refuse once the suggestion has moved on', () => {
    expect(accept(walk('accepted').j.state, {}, ctx)).toEqual({
      ok: false,
      error: { code: 'invalid-stage', params: { stage: 'accepted' } },
    })
  })
})
