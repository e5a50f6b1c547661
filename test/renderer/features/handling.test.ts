/**
 * The handling feature's pure parts: which parts an assignment notice lists (open, not replaced, per session,
 * in number order, the co-handler's own date) and the reassignment chain of a part.
 */
import { describe, expect, it } from 'vitest'
import type { Assignment, DueDate, Session, Suggestion, Unit } from '@shared/domain/model'
import { buildAssignmentNoticeJobs } from '@renderer/features/handling/assignmentNoticeJobs'
import { assignmentChain } from '@renderer/features/handling/assignmentChain'

const due = (kind: DueDate['kind'], date: string): DueDate => ({
  kind,
  date,
  start: '2026-06-01',
  rule: { type: 'fixed-date', date },
  usedFallbackCalendar: false,
  computedAt: '2026-06-01T02:00:00.000Z',
  note: 'assigned',
})

function part(id: string, fields: Partial<Assignment>): Assignment {
  return {
    id,
    suggestionId: 's1',
    unitId: 'u1',
    role: 'lead',
    round: 1,
    state: 'assigned',
    assignedOn: '2026-06-01',
    signedOn: null,
    people: { leader: null, department: null, handler: null, phone: null },
    dueDates: [due('return-limit', '2026-06-10'), due('reply', '2026-09-01')],
    dueDateHistory: [],
    returnRequest: null,
    previousId: null,
    extendedTo: null,
    createdAt: '2026-06-01T02:00:00.000Z',
    updatedAt: '2026-06-01T02:00:00.000Z',
    revision: 1,
    ...fields,
  }
}

const suggestion = (id: string, number: string, sessionId = 'ss1') =>
  ({
    id,
    sessionId,
    number,
    numberText: number,
    numberSort: Number(number),
    title: `建议${number}`,
    leadDeputy: '王海燕',
  }) as Suggestion
const unit = (id: string, name: string, order: number) => ({ id, name, order }) as Unit
const session = (id: string, name: string, order: number) => ({ id, name, order }) as Session

describe('buildAssignmentNoticeJobs', () => {
  const sources = {
    assignments: [
      part('a1', { suggestionId: 's2', unitId: 'u1' }),
      part('a2', { suggestionId: 's1', unitId: 'u1', state: 'signed' }),
      part('a3', { suggestionId: 's3', unitId: 'u1', state: 'closed' }),
      // Returned by u2 and reassigned to u1: u2's part is not listed.
      part('a4', { suggestionId: 's4', unitId: 'u2', state: 'returned' }),
      part('a5', {
        suggestionId: 's4',
        unitId: 'u1',
        role: 'co',
        previousId: 'a4',
        dueDates: [due('co-opinion', '2026-07-01')],
      }),
      part('a6', { suggestionId: 's5', unitId: 'u1' }),
    ],
    suggestions: new Map(
      [
        suggestion('s1', '12'),
        suggestion('s2', '3'),
        suggestion('s3', '7'),
        suggestion('s4', '40'),
        suggestion('s5', '2', 'ss0'),
      ].map((s) => [s.id, s]),
    ),
    sessions: new Map(
      [session('ss0', '市十七届人大四次会议', 1), session('ss1', '市十七届人大五次会议', 2)].map((s) => [s.id, s]),
    ),
    units: new Map([unit('u1', '市民政局', 2), unit('u2', '市教育局', 1)].map((u) => [u.id, u])),
  }

  it('lists each unit’s open parts per session, in number order, with the co-handler’s opinion date', () => {
    const jobs = buildAssignmentNoticeJobs(['u1', 'u2'], sources, { today: '2026-06-02', issuer: '' })
    expect(jobs.map((j) => [j.unitName, j.sessionName, j.count])).toEqual([
      ['市民政局', '市十七届人大四次会议', 1],
      ['市民政局', '市十七届人大五次会议', 3],
    ])
    const html = jobs[1]!.html
    expect(html.indexOf('建议3')).toBeLessThan(html.indexOf('建议12'))
    expect(html.indexOf('建议12')).toBeLessThan(html.indexOf('建议40'))
    expect(html).not.toContain('建议7')
    expect(html).toContain('主办2件、协办1件')
    expect(html).toContain('7月1日')
    expect(html).toContain('人大常委会代表工作委员会')
  })

  it('keeps to the chosen suggestions', () => {
    const jobs = buildAssignmentNoticeJobs(['u1'], sources, {
      today: '2026-06-02',
      issuer: '某市人大常委会代表工作委员会',
      suggestionIds: new Set(['s1']),
    })
    expect(jobs.map((j) => j.count)).toEqual([1])
    expect(jobs[0]!.html).toContain('某市人大常委会代表工作委员会')
  })
})

describe('assignmentChain', () => {
  it('follows a part back to the one it replaced and forward to its replacement', () => {
    const all = [
      part('a1', { state: 'returned' }),
      part('a2', { state: 'transferred', previousId: 'a1' }),
      part('a3', { previousId: 'a2' }),
      part('b1', { unitId: 'u9' }),
    ]
    expect(assignmentChain(all, all[1]!).map((a) => a.id)).toEqual(['a1', 'a2', 'a3'])
    expect(assignmentChain(all, all[3]!).map((a) => a.id)).toEqual(['b1'])
  })
})
