/**
 * What the notices (交办通知, 催办通知) have in common: the GB/T page with a title, a unit addressee, paragraphs,
 * tables of suggestions in 五号 (10.5 pt) type, and the issuing office with the date.
 *
 * Owns: the notice CSS, the table markup (header repeated on every page, rows never split) and the compact date
 * cell (`2025年` / `3月20日` on two lines when the column is narrow).
 */
import { formatChineseDate } from '../domain/dates'
import type { AssignmentRole, IsoDate } from '../domain/model'
import { escapeHtml } from './html'
import { FONT_HEITI, gbBaseCss, gbPageCss } from './gbPage'

export const DEFAULT_ROLE_LABELS: Record<AssignmentRole, string> = { lead: '主办', co: '协办', separate: '分办' }

export interface NoticeColumn {
  /** Header text (plain; escaped here). */
  header: string
  /** Width in millimetres; omit for the column that takes the rest (the title). */
  widthMm?: number
  align?: 'left' | 'center'
}

export function noticeCss(pageNumber: string | null): string {
  return `${gbPageCss(pageNumber)}${gbBaseCss()}
.doc-number { text-align: right; letter-spacing: 0; }
.addressee { text-indent: 0; }
.section-heading { font-family: ${FONT_HEITI}; text-indent: 2em; }
.list { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10.5pt; line-height: 1.45;
  letter-spacing: 0; margin: 0 0 ${'calc(225mm / 22)'} 0; }
.list th, .list td { border: 0.5pt solid #000; padding: 1mm 1.2mm; vertical-align: middle; overflow-wrap: anywhere; }
.list th { font-family: ${FONT_HEITI}; font-weight: normal; text-align: center; }
.list td.center { text-align: center; }
.list thead { display: table-header-group; }
.list tr { break-inside: avoid; }
.nobr { white-space: nowrap; }
.sign-off { break-inside: avoid; }
.seal-area { height: calc(2 * 225mm / 22); }
`
}

/** `2025-03-20` → `2025年3月20日`, able to wrap only between the year and the month. */
export function dateCellHtml(date: IsoDate | null): string {
  if (!date) return '—'
  const written = formatChineseDate(date)
  const cut = written.indexOf('年') + 1
  return `<span class="nobr">${escapeHtml(written.slice(0, cut))}</span><span class="nobr">${escapeHtml(written.slice(cut))}</span>`
}

/** A table: `cells` are already-escaped HTML strings, one array per row. */
export function tableHtml(columns: NoticeColumn[], rows: string[][]): string {
  const cols = columns.map((c) => (c.widthMm ? `<col style="width: ${c.widthMm}mm">` : '<col>')).join('')
  const head = columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('')
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${columns[i]?.align === 'center' ? ' class="center"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('\n')
  return `<table class="list"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
}
