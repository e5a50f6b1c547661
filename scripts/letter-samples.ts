/**
 * Sample documents for scripts/render-letters.ts: a one-page and a two-page reply letter, a joint suggestion's
 * letters, and the notices and rating form, with realistic wording and some markup-like user text.
 */
import {
  renderAssignmentNotice,
  renderRatingForm,
  renderReminderNotice,
  renderReplyLetter,
  renderReplyLetters,
  type AssignmentNoticeItem,
  type ReplyLetterData,
} from '../src/shared/letters'

export interface LetterSample {
  name: string
  html: string
}

const shortBody = `一、关于加快老旧小区改造
近年来，我局按照“保基本、补短板、提品质”的要求，持续推进城镇老旧小区改造。2024年全市共改造老旧小区86个，惠及居民2.3万户。
二、关于加装电梯
（一）简化审批流程。我局会同市规划和自然资源局出台了既有住宅加装电梯工作指引，审批时限由30个工作日压缩至15个工作日。
（二）加大资金支持。对符合条件的加装电梯项目，每台给予最高20万元补助。`

const oneBody = `一、关于加快老旧小区改造
近年来，我局按照“保基本、补短板、提品质”的要求，持续推进城镇老旧小区改造。2024年全市共改造老旧小区86个，惠及居民2.3万户。
二、关于加装电梯。我局已出台相关工作指引。`

const longBody = `${shortBody}
三、关于下一步工作
（一）完善政策体系。2025年底前，我局将研究制定《城镇老旧小区改造技术导则》，明确改造内容清单和标准，指导各区分类推进基础类、完善类、提升类改造。同时，健全“居民出一点、企业投一点、政府补一点”的资金分担机制，探索引入社会资本参与小区改造和后续运营管理。
（二）强化统筹协调。我局将会同发展改革、财政、规划、供电、供水、燃气、通信等部门和单位，建立联席会议制度，统筹地上地下管线改造，避免反复开挖，减少对居民生活的影响。对改造中遇到的难点问题，实行“一事一议”，及时协调解决。
（三）加强后续管理。改造完成后，指导街道、社区引入专业化物业服务或实行居民自治管理，建立长效管护机制，确保改造成果持续发挥作用。对暂不具备引入物业条件的小区，由街道兜底提供基本物业服务。
（四）畅通沟通渠道。在改造方案制定、施工组织和竣工验收等环节充分征求居民意见，推行“改造前问需、改造中问计、改造后问效”工作法，让群众全过程参与。您在建议中提出的<script>alert(1)</script>问题，我们已纳入明年的改造计划一并研究解决。`

const base: Omit<ReplyLetterData, 'addressee' | 'body'> = {
  resultClass: 'B',
  documentNumber: 'X建复〔2025〕12号',
  sessionName: '市十七届人大四次会议',
  suggestionNumber: '123',
  suggestionTitle: '关于加快推进老旧小区改造和加装电梯的建议',
  issuingUnit: '××市住房和城乡建设局',
  date: '2025-06-10',
  contactName: '张明',
  contactPhone: '0571-87654321',
  copyTo: '市人大常委会代表工作委员会，市政府办公室',
}

export function letterSamples(): LetterSample[] {
  const samples: LetterSample[] = [
    { name: 'reply-one-page', html: renderReplyLetter({ ...base, addressee: '王建国', body: oneBody }) },
    { name: 'reply-sign-off-moves', html: renderReplyLetter({ ...base, addressee: '王建国', body: shortBody }) },
    { name: 'reply-two-pages', html: renderReplyLetter({ ...base, addressee: '李<红>', body: longBody }) },
  ]
  for (const [i, letter] of renderReplyLetters({
    ...base,
    resultClass: 'A',
    addressees: ['樊奇', '周丽华', '樊奇'],
    body: shortBody,
  }).entries()) {
    samples.push({ name: `reply-joint-${i + 1}`, html: letter.html })
  }
  samples.push({ name: 'assignment-notice', html: renderAssignmentNotice(assignmentSample()) })
  samples.push({
    name: 'reminder-notice',
    html: renderReminderNotice({
      unitName: '××市住房和城乡建设局',
      asOf: '2025-06-20',
      items: [
        { ...noticeItems[0]!, dueKind: 'reply', dueOn: '2025-06-20', status: 'due-soon', workingDaysLeft: 0 },
        { ...noticeItems[1]!, dueKind: 'reply', dueOn: '2025-06-16', status: 'overdue', daysOverdue: 4 },
        { ...noticeItems[2]!, dueKind: 'co-opinion', dueOn: '2025-04-20', status: 'overdue', daysOverdue: 61 },
        { ...noticeItems[3]!, dueKind: 'reply', dueOn: '2025-06-25', status: 'due-soon', workingDaysLeft: 3 },
      ],
      issuer: '××市人大常委会代表工作委员会',
      date: '2025-06-20',
      contactName: '陈静',
      contactPhone: '0571-85000000',
    }),
  })
  samples.push({
    name: 'rating-form',
    html: renderRatingForm({
      sessionName: '市十七届人大四次会议',
      suggestionNumber: '123',
      suggestionTitle: '关于加快推进老旧小区改造和加装电梯的建议',
      leadDeputy: '王建国',
      unitName: '××市住房和城乡建设局',
      role: 'lead',
      round: 1,
      replyDocumentNumber: 'X建复〔2025〕12号',
      returnNote: '请于收到答复之日起10日内填写本表，寄回市人大常委会代表工作委员会（联系电话：0571-85000000）。',
    }),
  })
  return samples
}

const noticeItems: Omit<AssignmentNoticeItem, 'assignedOn' | 'returnLimit' | 'replyDue'>[] = [
  { number: '123', title: '关于加快推进老旧小区改造和加装电梯的建议', leadDeputy: '王建国', role: 'lead' },
  { number: '45', title: '关于规范住宅小区物业服务收费的建议', leadDeputy: '樊奇等11名代表', role: 'lead' },
  { number: '207', title: '关于加强城市排水防涝设施建设的建议', leadDeputy: '周丽华', role: 'co' },
  { number: '1012', title: '关于<完善>农村住房建设管理的建议', leadDeputy: '赵志刚', role: 'separate' },
]

function assignmentSample() {
  return {
    sessionName: '市十七届人大四次会议',
    unitName: '××市住房和城乡建设局',
    documentNumber: '×人代工〔2025〕8号',
    items: noticeItems.map((item) => ({
      ...item,
      assignedOn: '2025-03-20',
      returnLimit: '2025-03-31',
      replyDue: '2025-06-20',
    })),
    issuer: '××市人大常委会代表工作委员会',
    date: '2025-03-20',
    contactName: '陈静',
    contactPhone: '0571-85000000',
  }
}
