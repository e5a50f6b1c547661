/**
 * Colours of the deadline screens: one per kind of due date (the dots and tags in cells and lists) and one per
 * urgency band (a day's background and border), so the calendar, the day panel and the home page agree.
 */
import type { DueKind } from '@shared/domain/model'
import type { Urgency } from '@shared/domain/overdue'

/** antd preset colour names, usable as `<Tag color>` and as CSS variables. */
export const kindColours: Record<DueKind, string> = {
  assign: 'purple',
  'return-limit': 'gold',
  'co-opinion': 'cyan',
  'internal-review': 'geekblue',
  reply: 'blue',
  'rehandling-reply': 'magenta',
  publish: 'green',
  'follow-up': 'lime',
}

/** The solid (dot) colour of each kind. */
export const kindDotColours: Record<DueKind, string> = {
  assign: '#722ed1',
  'return-limit': '#d48806',
  'co-opinion': '#08979c',
  'internal-review': '#2f54eb',
  reply: '#1677ff',
  'rehandling-reply': '#c41d7f',
  publish: '#389e0d',
  'follow-up': '#7cb305',
}

export const urgencyStyles: Record<Urgency, { background: string; border: string; text: string }> = {
  overdue: { background: '#fff1f0', border: '#ff7875', text: '#cf1322' },
  within5: { background: '#fff7e6', border: '#ffa940', text: '#d46b08' },
  within10: { background: '#fffbe6', border: '#ffd666', text: '#ad8b00' },
  later: { background: '#f6ffed', border: '#b7eb8f', text: '#389e0d' },
}

export const urgencyTagColours: Record<Urgency, string> = {
  overdue: 'red',
  within5: 'orange',
  within10: 'gold',
  later: 'green',
}
