import { describe, expect, it } from 'vitest'
import {
  renderAssignmentNotice,
  renderRatingForm,
  renderReminderNotice,
  type AssignmentNoticeData,
  type ReminderNoticeData,
} from '../../../src/shared/letters'

function rows(html: string): string[] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    (m[1] ?? '')
      .split(/<\/t[dh]>/)
      .map((cell) => cell.replace(/<[^>]+>/g, ''))
      .filter((cell) => cell !== '')
      .join('|'),
  )
}

const assignment: AssignmentNoticeData = {
  sessionName: '市十七届人大四次会议',
  unitName: '市住房和城乡建设局',
  documentNumber: '×人代工〔2025〕8号',
  items: [
    {
      number: '123',
      title: '关于加快老旧小区改造的建议',
      leadDeputy: '王建国',
      role: 'lead',
      assignedOn: '2025-03-20',
      returnLimit: '2025-03-31',
      replyDue: '2025-06-20',
    },
    {
      number: '207',
      title: '关于<排水>防涝的建议',
      leadDeputy: '樊奇等11名代表',
      role: 'co',
      assignedOn: '2025-03-20',
      returnLimit: null,
      replyDue: '2025-04-21',
    },
  ],
  issuer: '市人大常委会代表工作委员会',
  date: '2025-03-20',
  contactName: '陈静',
  contactPhone: '0571-85000000',
}

describe('renderAssignmentNotice', () => {
  const html = renderAssignmentNotice(assignment)

  it('has the title, the unit as addressee and the counts by role', () => {
    expect(html).toContain(
      '<h1 class="doc-title">关于交办<span class="nobr">市十七届人大四次会议</span>代表建议的通知</h1>',
    )
    expect(html).toContain('<p class="addressee">市住房和城乡建设局：</p>')
    expect(html).toContain('现将市十七届人大四次会议代表建议2件（主办1件、协办1件）交由你单位办理，具体清单如下。')
    expect(html).toContain('<p class="doc-number">×人代工〔2025〕8号</p>')
  })

  it('lists one table row per suggestion with its dates', () => {
    expect(rows(html)).toEqual([
      '序号|建议号|标题|领衔代表|办理方式|交办日期|退回时限|答复期限',
      '1|123|关于加快老旧小区改造的建议|王建国|主办|2025年3月20日|2025年3月31日|2025年6月20日',
      '2|207|关于&lt;排水&gt;防涝的建议|樊奇等11名代表|协办|2025年3月20日|—|2025年4月21日',
    ])
  })

  it('ends with the requirements, the issuing office and the date', () => {
    expect(html).toContain(
      '<p class="para">如认为建议不属于本单位职责范围，请在退回时限前提出退回申请并说明理由，逾期不再调整。</p>',
    )
    expect(html).toContain(
      '<span>市人大常委会代表工作委员会</span></div><div class="signature-date">2025年3月20日</div>',
    )
    expect(html).toContain('（联系人：陈静，联系电话：0571-85000000）')
    expect(html).toContain('margin: 37mm 26mm 35mm 28mm;')
  })

  it('prints requirements given by the office instead of the default', () => {
    const custom = renderAssignmentNotice({ ...assignment, requirements: '请于6月20日前答复。\n<b>加强沟通</b>' })
    expect(custom).toContain('<p class="para">请于6月20日前答复。</p>\n<p class="para">&lt;b&gt;加强沟通&lt;/b&gt;</p>')
    expect(custom).not.toContain('逾期不再调整')
  })
})

const reminder: ReminderNoticeData = {
  unitName: '市住房和城乡建设局',
  asOf: '2025-06-20',
  items: [
    {
      number: '123',
      title: '甲建议',
      leadDeputy: '王建国',
      role: 'lead',
      dueKind: 'reply',
      dueOn: '2025-06-24',
      status: 'due-soon',
      workingDaysLeft: 2,
    },
    {
      number: '45',
      title: '乙建议',
      leadDeputy: '樊奇',
      role: 'lead',
      dueKind: 'reply',
      dueOn: '2025-06-16',
      status: 'overdue',
      daysOverdue: 4,
    },
    {
      number: '207',
      title: '丙建议',
      leadDeputy: '周丽华',
      role: 'co',
      dueKind: 'co-opinion',
      dueOn: '2025-04-20',
      status: 'overdue',
      daysOverdue: 61,
    },
    {
      number: '9',
      title: '丁建议',
      leadDeputy: '赵志刚',
      role: 'separate',
      dueKind: 'reply',
      dueOn: '2025-06-20',
      status: 'due-soon',
      workingDaysLeft: 0,
    },
  ],
  issuer: '市人大常委会代表工作委员会',
  date: '2025-06-20',
}

describe('renderReminderNotice', () => {
  const html = renderReminderNotice(reminder)

  it('counts overdue and nearly due items as of the day', () => {
    expect(html).toContain('截至2025年6月20日，你单位承办的代表建议中，已超过办理期限2件，即将到期2件。具体如下：')
  })

  it('lists overdue items most overdue first, then nearly due items nearest first', () => {
    expect(html).toContain('<p class="section-heading">一、已逾期（2件）</p>')
    expect(html).toContain('<p class="section-heading">二、即将到期（2件）</p>')
    expect(rows(html)).toEqual([
      '序号|建议号|标题|领衔代表|办理方式|事项|期限|情况',
      '1|207|丙建议|周丽华|协办|协办意见|2025年4月20日|逾期61天',
      '2|45|乙建议|樊奇|主办|答复代表|2025年6月16日|逾期4天',
      '序号|建议号|标题|领衔代表|办理方式|事项|期限|情况',
      '1|9|丁建议|赵志刚|分办|答复代表|2025年6月20日|今日到期',
      '2|123|甲建议|王建国|主办|答复代表|2025年6月24日|剩余2个工作日',
    ])
  })

  it('numbers the only section 一 when nothing is overdue', () => {
    const onlySoon = renderReminderNotice({ ...reminder, items: reminder.items.filter((i) => i.status === 'due-soon') })
    expect(onlySoon).toContain('<p class="section-heading">一、即将到期（2件）</p>')
    expect(onlySoon).not.toContain('已逾期（')
  })
})

describe('renderRatingForm', () => {
  const html = renderRatingForm({
    sessionName: '市十七届人大四次会议',
    suggestionNumber: '123',
    suggestionTitle: '关于<加快>老旧小区改造的建议',
    leadDeputy: '王建国',
    unitName: '市住房和城乡建设局',
    role: 'lead',
    round: 2,
    replyDocumentNumber: 'X建复〔2025〕12号',
  })

  it('identifies the suggestion, the unit and the round', () => {
    expect(rows(html).slice(0, 4)).toEqual([
      '建议号|第123号|领衔代表|王建国',
      '建议标题|关于&lt;加快&gt;老旧小区改造的建议',
      '承办单位|市住房和城乡建设局（主办）',
      '答复文号|X建复〔2025〕12号',
    ])
    expect(html).toContain('<p class="rehandling">重新办理（第2轮）</p>')
  })

  it('asks the three dimensions and the overall verdict with boxes, and the contact mode', () => {
    const levels = '□满意□基本满意□不满意'
    expect(rows(html).slice(4, 10)).toEqual([
      '是否收到答复|□已收到（收到时间：　　年　月　日）□未收到',
      '沟通联系方式|□当面□电话□书面□未联系',
      `办理态度|${levels}`,
      `办理过程|${levels}`,
      `办理成效|${levels}`,
      `总体评价|${levels}`,
    ])
  })

  it('leaves ruled lines for the reasons and room for signature and date, without page numbers', () => {
    expect(html).toContain('不满意的具体理由<span class="hint">（总体评价为不满意时必填）</span>')
    expect(html.split('<div class="rule"></div>').length - 1).toBe(4)
    expect(html).toContain('<th>代表签名</th><td></td><th>日期</th><td class="date">年　月　日</td>')
    expect(html).not.toContain('counter(page)')
  })
})
