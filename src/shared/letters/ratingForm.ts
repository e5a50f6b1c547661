/**
 * The blank rating form (征询意见表) sent with the reply: the suggestion's number, title and handling unit; whether
 * and when the deputy received the reply; how the unit communicated; 办理态度, 办理过程, 办理成效 and the overall
 * verdict, each 满意 / 基本满意 / 不满意 with a box to tick; ruled lines for the reasons of a 不满意; signature
 * and date. One A4 page, no page number.
 */
import type { AssignmentRole } from '../domain/model'
import { escapeHtml, fillTemplate, htmlDocument } from './html'
import { FONT_HEITI, FONT_KAITI, gbBaseCss, gbPageCss } from './gbPage'
import { DEFAULT_ROLE_LABELS } from './notice'

export interface RatingFormData {
  sessionName: string
  /** Suggestion number as displayed (`123`). */
  suggestionNumber: string
  suggestionTitle: string
  leadDeputy: string
  unitName: string
  role: AssignmentRole
  /** 2 and up print a re-handling mark. */
  round: number
  replyDocumentNumber?: string | null
  /** Where to send the filled form, e.g. `请于收到答复后10日内填写，寄回市人大常委会代表工作委员会。`; null for none. */
  returnNote?: string | null
}

export interface RatingFormLabels {
  title: string
  subtitle: string
  rehandling: string
  number: string
  numberValue: string
  leadDeputy: string
  suggestionTitle: string
  unit: string
  unitValue: string
  replyDocument: string
  received: string
  receivedYes: string
  receivedOn: string
  receivedNo: string
  communication: string
  modes: [string, string, string, string]
  attitude: string
  process: string
  result: string
  overall: string
  levels: [string, string, string]
  reasons: string
  reasonsHint: string
  signature: string
  date: string
  blankDate: string
  roles: Record<AssignmentRole, string>
}

export const DEFAULT_RATING_FORM_LABELS: RatingFormLabels = {
  title: '代表建议办理情况征询意见表',
  subtitle: '（{session}）',
  rehandling: '重新办理（第{round}轮）',
  number: '建议号',
  numberValue: '第{number}号',
  leadDeputy: '领衔代表',
  suggestionTitle: '建议标题',
  unit: '承办单位',
  unitValue: '{unit}（{role}）',
  replyDocument: '答复文号',
  received: '是否收到答复',
  receivedYes: '已收到',
  receivedOn: '收到时间：',
  receivedNo: '未收到',
  communication: '沟通联系方式',
  modes: ['当面', '电话', '书面', '未联系'],
  attitude: '办理态度',
  process: '办理过程',
  result: '办理成效',
  overall: '总体评价',
  levels: ['满意', '基本满意', '不满意'],
  reasons: '不满意的具体理由',
  reasonsHint: '（总体评价为不满意时必填）',
  signature: '代表签名',
  date: '日期',
  blankDate: '年　月　日',
  roles: DEFAULT_ROLE_LABELS,
}

const BOX = '□'
/** Room to write the year by hand: two ideographic spaces. */
const DATE_GAP = '\u3000\u3000'
/** Ruled lines for the reasons of a 不满意. */
const REASON_LINES = 4

function choices(options: string[]): string {
  return options.map((o) => `<span class="choice">${BOX}${escapeHtml(o)}</span>`).join('')
}

function formCss(): string {
  return `${gbPageCss(null)}${gbBaseCss()}
.subtitle { font-family: ${FONT_KAITI}; text-align: center; letter-spacing: 0; }
.rehandling { text-align: center; font-family: ${FONT_HEITI}; letter-spacing: 0; }
.form { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 14pt; line-height: 1.5; letter-spacing: 0;
  margin-top: calc(225mm / 22 / 2); }
.form th, .form td { border: 0.75pt solid #000; padding: 1.6mm 2mm; vertical-align: middle; overflow-wrap: anywhere; }
.form th { font-family: ${FONT_HEITI}; font-weight: normal; text-align: center; }
.form td.date { text-align: right; padding-right: 4mm; }
.choice { display: inline-block; margin-right: 1.5em; white-space: nowrap; }
.hint { display: block; font-size: 10.5pt; }
.form td.lines { vertical-align: top; padding-top: 0; }
.rule { height: 9mm; border-bottom: 0.5pt solid #000; }
.sign th, .sign td { height: 12mm; }
.note { margin-top: 3mm; font-size: 12pt; line-height: 1.6; letter-spacing: 0; text-indent: 2em; }
`
}

export function renderRatingForm(data: RatingFormData, labels: Partial<RatingFormLabels> = {}): string {
  const l = { ...DEFAULT_RATING_FORM_LABELS, ...labels }
  const levels = choices(l.levels)
  const row = (header: string, cell: string, cls = ''): string =>
    `<tr><th>${header}</th><td colspan="3"${cls ? ` class="${cls}"` : ''}>${cell}</td></tr>`
  const rows = [
    `<tr><th>${escapeHtml(l.number)}</th><td>${fillTemplate(l.numberValue, { number: data.suggestionNumber })}</td>` +
      `<th>${escapeHtml(l.leadDeputy)}</th><td>${escapeHtml(data.leadDeputy)}</td></tr>`,
    row(escapeHtml(l.suggestionTitle), escapeHtml(data.suggestionTitle)),
    row(escapeHtml(l.unit), fillTemplate(l.unitValue, { unit: data.unitName, role: l.roles[data.role] })),
    data.replyDocumentNumber ? row(escapeHtml(l.replyDocument), escapeHtml(data.replyDocumentNumber)) : '',
    row(
      escapeHtml(l.received),
      `<span class="choice">${BOX}${escapeHtml(l.receivedYes)}（${escapeHtml(l.receivedOn)}${DATE_GAP}${escapeHtml(l.blankDate)}）</span>` +
        `<span class="choice">${BOX}${escapeHtml(l.receivedNo)}</span>`,
    ),
    row(escapeHtml(l.communication), choices(l.modes)),
    row(escapeHtml(l.attitude), levels),
    row(escapeHtml(l.process), levels),
    row(escapeHtml(l.result), levels),
    row(escapeHtml(l.overall), levels),
    row(
      `${escapeHtml(l.reasons)}<span class="hint">${escapeHtml(l.reasonsHint)}</span>`,
      '<div class="rule"></div>'.repeat(REASON_LINES),
      'lines',
    ),
    `<tr class="sign"><th>${escapeHtml(l.signature)}</th><td></td><th>${escapeHtml(l.date)}</th>` +
      `<td class="date">${escapeHtml(l.blankDate)}</td></tr>`,
  ].filter((r) => r !== '')
  const body = [
    `<h1 class="doc-title">${escapeHtml(l.title)}</h1>`,
    `<p class="subtitle">${fillTemplate(l.subtitle, { session: data.sessionName })}</p>`,
    data.round > 1 ? `<p class="rehandling">${fillTemplate(l.rehandling, { round: data.round })}</p>` : '',
    `<table class="form"><colgroup><col style="width: 36mm"><col><col style="width: 27mm"><col style="width: 46mm"></colgroup>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
    data.returnNote ? `<p class="note">${escapeHtml(data.returnNote)}</p>` : '',
  ]
    .filter((part) => part !== '')
    .join('\n')
  return htmlDocument({ title: `${l.title}（第${data.suggestionNumber}号）`, css: formCss(), body })
}
