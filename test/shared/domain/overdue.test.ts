import { describe, expect, it } from 'vitest'
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import type { DueDate } from '@shared/domain/model'
import { currentReplyDue, dueStatus } from '@shared/domain/overdue'

const calendar = createWorkingDayCalendar(builtInHolidayYears())

const due = (kind: DueDate['kind'], date: string): DueDate => ({
  kind,
  date,
  start: '2026-03-10',
  rule: { type: 'fixed-date', date },
  usedFallbackCalendar: false,
  computedAt: '2026-03-10T09:00:00.000+08:00',
  note: null,
})

describe('dueStatus', () => {
  it('counts working days left across the Spring Festival', () => {
    expect(dueStatus(due('return-limit', '2026-02-28'), '2026-02-12', calendar)).toEqual({
      overdue: false,
      workingDaysLeft: 7,
      urgency: 'within10',
    })
  })
  it('is on time on the due date itself', () => {
    expect(dueStatus('2026-02-28', '2026-02-28', calendar)).toEqual({
      overdue: false,
      workingDaysLeft: 0,
      urgency: 'within5',
    })
  })
  it('bands 5, 6, 10 and 11 working days left', () => {
    expect(dueStatus('2026-03-17', '2026-03-10', calendar)).toEqual({
      overdue: false,
      workingDaysLeft: 5,
      urgency: 'within5',
    })
    expect(dueStatus('2026-03-18', '2026-03-10', calendar).urgency).toBe('within10')
    expect(dueStatus('2026-03-24', '2026-03-10', calendar)).toEqual({
      overdue: false,
      workingDaysLeft: 10,
      urgency: 'within10',
    })
    expect(dueStatus('2026-03-25', '2026-03-10', calendar)).toEqual({
      overdue: false,
      workingDaysLeft: 11,
      urgency: 'later',
    })
  })
  it('is overdue the day after, negative by working days elapsed and at least -1', () => {
    expect(dueStatus('2026-02-28', '2026-03-01', calendar)).toEqual({
      overdue: true,
      workingDaysLeft: -1,
      urgency: 'overdue',
    })
    expect(dueStatus('2026-02-28', '2026-03-02', calendar)).toEqual({
      overdue: true,
      workingDaysLeft: -1,
      urgency: 'overdue',
    })
    expect(dueStatus('2026-02-28', '2026-03-04', calendar)).toEqual({
      overdue: true,
      workingDaysLeft: -3,
      urgency: 'overdue',
    })
  })
})

describe('currentReplyDue', () => {
  it('is the reply date of a first-round assignment', () => {
    const a = {
      dueDates: [due('return-limit', '2026-03-19'), due('reply', '2026-06-10'), due('internal-review', '2026-06-03')],
    }
    expect(currentReplyDue(a)?.date).toBe('2026-06-10')
  })
  it('prefers the re-handling reply date', () => {
    const a = { dueDates: [due('reply', '2026-06-10'), due('rehandling-reply', '2026-08-10')] }
    expect(currentReplyDue(a)?.kind).toBe('rehandling-reply')
  })
  it('is null for a co-handler', () => {
    expect(currentReplyDue({ dueDates: [due('co-opinion', '2026-04-10')] })).toBeNull()
  })
})
