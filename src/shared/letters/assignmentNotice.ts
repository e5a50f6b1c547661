/**
 * The assignment notice (交办通知) sent to one handling unit: title, the unit as addressee, an introduction with
 * the counts by role, the table of its suggestions with their dates (交办日期, 退回时限, 答复期限), the handling
 * requirements, and the issuing office with the date. A4 portrait in the GB/T 9704 page.
 */
import { formatChineseDate } from '../domain/dates'
import type { AssignmentRole, IsoDate } from '../domain/model'
import { escapeHtml, fillTemplate, htmlDocument } from './html'
import { signatureBlockHtml } from './gbPage'
import { DEFAULT_ROLE_LABELS, dateCellHtml, noticeCss, tableHtml } from './notice'

export interface AssignmentNoticeItem {
  /** Suggestion number as displayed (`123`). */
  number: string
  title: string
  leadDeputy: string
  role: AssignmentRole
  assignedOn: IsoDate
  /** Last day to ask for a return; null when not applicable. */
  returnLimit: IsoDate | null
  replyDue: IsoDate
}

export interface AssignmentNoticeData {
  /** `市十七届人大四次会议`. */
  sessionName: string
  unitName: string
  documentNumber?: string | null
  items: AssignmentNoticeItem[]
  /** Handling requirements, one paragraph a line; defaults to `labels.requirements`. */
  requirements?: string | null
  /** Issuing office (交办机关), e.g. `××市人大常委会代表工作委员会`. */
  issuer: string
  date: IsoDate
  contactName?: string | null
  contactPhone?: string | null
}

export interface AssignmentNoticeLabels {
  title: string
  addressee: string
  intro: string
  /** `{role}{count}件`, joined with `、` for the intro's breakdown. */
  roleCount: string
  columns: {
    index: string
    number: string
    title: string
    leadDeputy: string
    role: string
    assignedOn: string
    returnLimit: string
    replyDue: string
  }
  roles: Record<AssignmentRole, string>
  requirements: string
  contact: string
  pageNumber: string
}

export const DEFAULT_ASSIGNMENT_NOTICE_LABELS: AssignmentNoticeLabels = {
  title: '关于交办{session}代表建议的通知',
  addressee: '{unit}：',
  intro: '现将{session}代表建议{count}件（{breakdown}）交由你单位办理，具体清单如下。',
  roleCount: '{role}{count}件',
  columns: {
    index: '序号',
    number: '建议号',
    title: '标题',
    leadDeputy: '领衔代表',
    role: '办理方式',
    assignedOn: '交办日期',
    returnLimit: '退回时限',
    replyDue: '答复期限',
  },
  roles: DEFAULT_ROLE_LABELS,
  requirements: [
    '请你单位认真做好办理工作：收到本通知后及时签收，明确分管领导、责任科室和经办人员。',
    '如认为建议不属于本单位职责范围，请在退回时限前提出退回申请并说明理由，逾期不再调整。',
    '协办单位应在交办之日起一个月内将协办意见送主办单位；主办单位应主动与协办单位沟通协调。',
    '办理过程中加强与代表的沟通联系，在答复期限前书面答复代表，答复函按规定抄送有关单位。',
  ].join('\n'),
  contact: '（联系人：{name}，联系电话：{phone}）',
  pageNumber: '— {page} —',
}

function paragraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p class="para">${escapeHtml(line)}</p>`)
    .join('\n')
}

export function renderAssignmentNotice(
  data: AssignmentNoticeData,
  labels: Partial<AssignmentNoticeLabels> = {},
): string {
  const l = { ...DEFAULT_ASSIGNMENT_NOTICE_LABELS, ...labels }
  const c = l.columns
  const roles: AssignmentRole[] = ['lead', 'co', 'separate']
  const breakdown = roles
    .map((role) => ({ role, count: data.items.filter((i) => i.role === role).length }))
    .filter((r) => r.count > 0)
    .map((r) => fillTemplate(l.roleCount, { role: l.roles[r.role], count: r.count }))
    .join('、')
  const rows = data.items.map((item, i) => [
    String(i + 1),
    escapeHtml(item.number),
    escapeHtml(item.title),
    escapeHtml(item.leadDeputy),
    escapeHtml(l.roles[item.role]),
    dateCellHtml(item.assignedOn),
    dateCellHtml(item.returnLimit),
    dateCellHtml(item.replyDue),
  ])
  const table = tableHtml(
    [
      { header: c.index, widthMm: 8, align: 'center' },
      { header: c.number, widthMm: 14, align: 'center' },
      { header: c.title },
      { header: c.leadDeputy, widthMm: 19, align: 'center' },
      { header: c.role, widthMm: 16, align: 'center' },
      { header: c.assignedOn, widthMm: 19, align: 'center' },
      { header: c.returnLimit, widthMm: 19, align: 'center' },
      { header: c.replyDue, widthMm: 19, align: 'center' },
    ],
    rows,
  )
  const title = fillTemplate(l.title, { session: data.sessionName }, (_k, v) => `<span class="nobr">${v}</span>`)
  const name = data.contactName?.trim() ?? ''
  const phone = data.contactPhone?.trim() ?? ''
  const body = [
    data.documentNumber ? `<p class="doc-number">${escapeHtml(data.documentNumber)}</p>` : '',
    '<div class="blank"></div>',
    `<h1 class="doc-title">${title}</h1>`,
    '<div class="blank"></div>',
    `<p class="addressee">${fillTemplate(l.addressee, { unit: data.unitName })}</p>`,
    `<p class="para">${fillTemplate(l.intro, { session: data.sessionName, count: data.items.length, breakdown })}</p>`,
    table,
    paragraphs(data.requirements ?? l.requirements),
    '<div class="sign-off">',
    '<div class="seal-area"></div>',
    signatureBlockHtml(data.issuer, formatChineseDate(data.date)),
    name || phone ? `<p class="para">${fillTemplate(l.contact, { name, phone })}</p>` : '',
    '</div>',
  ]
    .filter((part) => part !== '')
    .join('\n')
  return htmlDocument({
    title: `${l.title.replace('{session}', data.sessionName)}（${data.unitName}）`,
    css: noticeCss(l.pageNumber),
    body,
  })
}
