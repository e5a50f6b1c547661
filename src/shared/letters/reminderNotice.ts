/**
 * The reminder (催办通知) sent to one handling unit: its overdue items (with days overdue) and its nearly due items
 * (with working days left), each in its own table, then the request to act and the issuing office with the date.
 * The day counts come from the caller, which has the working-day calendar; this module only prints them.
 */
import { formatChineseDate } from '../domain/dates'
import type { AssignmentRole, DueKind, IsoDate } from '../domain/model'
import { escapeHtml, fillTemplate, htmlDocument } from './html'
import { signatureBlockHtml } from './gbPage'
import { DEFAULT_ROLE_LABELS, dateCellHtml, noticeCss, tableHtml } from './notice'

export type ReminderItem = {
  number: string
  title: string
  leadDeputy: string
  role: AssignmentRole
  /** Which time limit is at stake (reply to the deputy, co-handler's opinion …). */
  dueKind: DueKind
  dueOn: IsoDate
} & ({ status: 'overdue'; daysOverdue: number } | { status: 'due-soon'; workingDaysLeft: number })

export interface ReminderNoticeData {
  unitName: string
  documentNumber?: string | null
  /** The day the counts refer to (截至…). */
  asOf: IsoDate
  items: ReminderItem[]
  issuer: string
  date: IsoDate
  contactName?: string | null
  contactPhone?: string | null
}

export interface ReminderNoticeLabels {
  title: string
  addressee: string
  intro: string
  overdueHeading: string
  dueSoonHeading: string
  columns: {
    index: string
    number: string
    title: string
    leadDeputy: string
    role: string
    dueKind: string
    dueOn: string
    status: string
  }
  overdue: string
  dueToday: string
  dueSoon: string
  roles: Record<AssignmentRole, string>
  dueKinds: Record<DueKind, string>
  closing: string
  contact: string
  pageNumber: string
}

export const DEFAULT_REMINDER_NOTICE_LABELS: ReminderNoticeLabels = {
  title: '关于抓紧办理代表建议的催办通知',
  addressee: '{unit}：',
  intro: '截至{date}，你单位承办的代表建议中，已超过办理期限{overdue}件，即将到期{soon}件。具体如下：',
  overdueHeading: '已逾期（{count}件）',
  dueSoonHeading: '即将到期（{count}件）',
  columns: {
    index: '序号',
    number: '建议号',
    title: '标题',
    leadDeputy: '领衔代表',
    role: '办理方式',
    dueKind: '事项',
    dueOn: '期限',
    status: '情况',
  },
  overdue: '逾期{days}天',
  dueToday: '今日到期',
  dueSoon: '剩余{days}个工作日',
  roles: DEFAULT_ROLE_LABELS,
  dueKinds: {
    assign: '交办',
    'return-limit': '申请退回',
    'co-opinion': '协办意见',
    'internal-review': '审核签发',
    reply: '答复代表',
    'rehandling-reply': '重新答复',
    publish: '答复公开',
    'follow-up': '承诺事项落实',
  },
  closing: '请你单位高度重视，抓紧办理，按期答复代表；确有困难不能按期办结的，请及时说明情况并按规定申请延期。',
  contact: '（联系人：{name}，联系电话：{phone}）',
  pageNumber: '— {page} —',
}

const SECTION_NUMERALS = ['一', '二']

function statusText(item: ReminderItem, l: ReminderNoticeLabels): string {
  if (item.status === 'overdue') return fillTemplate(l.overdue, { days: item.daysOverdue })
  if (item.workingDaysLeft <= 0) return escapeHtml(l.dueToday)
  return fillTemplate(l.dueSoon, { days: item.workingDaysLeft })
}

function itemsTable(items: ReminderItem[], l: ReminderNoticeLabels): string {
  const c = l.columns
  return tableHtml(
    [
      { header: c.index, widthMm: 8, align: 'center' },
      { header: c.number, widthMm: 14, align: 'center' },
      { header: c.title },
      { header: c.leadDeputy, widthMm: 19, align: 'center' },
      { header: c.role, widthMm: 16, align: 'center' },
      { header: c.dueKind, widthMm: 16, align: 'center' },
      { header: c.dueOn, widthMm: 19, align: 'center' },
      { header: c.status, widthMm: 21, align: 'center' },
    ],
    items.map((item, i) => [
      String(i + 1),
      escapeHtml(item.number),
      escapeHtml(item.title),
      escapeHtml(item.leadDeputy),
      escapeHtml(l.roles[item.role]),
      escapeHtml(l.dueKinds[item.dueKind]),
      dateCellHtml(item.dueOn),
      statusText(item, l),
    ]),
  )
}

export function renderReminderNotice(data: ReminderNoticeData, labels: Partial<ReminderNoticeLabels> = {}): string {
  const l = { ...DEFAULT_REMINDER_NOTICE_LABELS, ...labels }
  // Most overdue first; then the nearest deadline first.
  const overdue = data.items
    .filter((i): i is Extract<ReminderItem, { status: 'overdue' }> => i.status === 'overdue')
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
  const soon = data.items
    .filter((i): i is Extract<ReminderItem, { status: 'due-soon' }> => i.status === 'due-soon')
    .sort((a, b) => a.workingDaysLeft - b.workingDaysLeft)
  const sections = [
    { heading: l.overdueHeading, items: overdue as ReminderItem[] },
    { heading: l.dueSoonHeading, items: soon as ReminderItem[] },
  ].filter((section) => section.items.length > 0)
  const name = data.contactName?.trim() ?? ''
  const phone = data.contactPhone?.trim() ?? ''
  const body = [
    data.documentNumber ? `<p class="doc-number">${escapeHtml(data.documentNumber)}</p>` : '',
    '<div class="blank"></div>',
    `<h1 class="doc-title">${fillTemplate(l.title, {})}</h1>`,
    '<div class="blank"></div>',
    `<p class="addressee">${fillTemplate(l.addressee, { unit: data.unitName })}</p>`,
    `<p class="para">${fillTemplate(l.intro, {
      date: formatChineseDate(data.asOf),
      overdue: overdue.length,
      soon: soon.length,
    })}</p>`,
    ...sections.map(
      (section, i) =>
        `<p class="section-heading">${SECTION_NUMERALS[i] ?? ''}、${fillTemplate(section.heading, {
          count: section.items.length,
        })}</p>${itemsTable(section.items, l)}`,
    ),
    `<p class="para">${fillTemplate(l.closing, {})}</p>`,
    '<div class="sign-off">',
    '<div class="seal-area"></div>',
    signatureBlockHtml(data.issuer, formatChineseDate(data.date)),
    name || phone ? `<p class="para">${fillTemplate(l.contact, { name, phone })}</p>` : '',
    '</div>',
  ]
    .filter((part) => part !== '')
    .join('\n')
  return htmlDocument({ title: `${l.title}（${data.unitName}）`, css: noticeCss(l.pageNumber), body })
}
