/** How a due date's urgency is shown: its colour (antd's preset names) and its words (overdue by N, due today, N left). */
import type { Urgency } from '@shared/domain/overdue'

export const urgencyColours: Record<Urgency, string> = {
  overdue: 'red',
  within5: 'orange',
  within10: 'gold',
  later: 'green',
}

/** Urgency text: overdue by N, due today, N working days left. */
export function urgencyText(
  t: (key: 'due.overdueBy' | 'due.dueToday' | 'due.daysLeft', params?: { days: number }) => string,
  workingDaysLeft: number,
): string {
  if (workingDaysLeft < 0) return t('due.overdueBy', { days: -workingDaysLeft })
  if (workingDaysLeft === 0) return t('due.dueToday')
  return t('due.daysLeft', { days: workingDaysLeft })
}
