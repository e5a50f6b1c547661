/**
 * A card's colours by urgency band (overdue, ≤ 5, ≤ 10 working days left, later): the left border and the colour
 * (antd's preset names, common/chip.css) of the "days left" chip. Pure, so the bands' colours are tested without rendering.
 */
import type { Urgency } from '@shared/domain/overdue'
import type { BoardCardDue } from './boardModel'

export const URGENCY_BORDER: Record<Urgency, string> = {
  overdue: '#f5222d',
  within5: '#fa8c16',
  within10: '#faad14',
  later: '#d9d9d9',
}

/** Cards without a date (not yet assigned, replied, closed) get the neutral border. */
export const NO_DATE_BORDER = '#d9d9d9'

export const URGENCY_TAG: Record<Urgency, string | undefined> = {
  overdue: 'red',
  within5: 'orange',
  within10: 'gold',
  later: undefined,
}

export function cardBorderColour(due: BoardCardDue | null): string {
  return due ? URGENCY_BORDER[due.urgency] : NO_DATE_BORDER
}

export function daysTagColour(due: BoardCardDue | null): string | undefined {
  return due ? URGENCY_TAG[due.urgency] : undefined
}
