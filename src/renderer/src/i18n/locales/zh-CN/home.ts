/** 工作台: today, counts by stage, key suggestions, and the 'due soon and overdue' panel with reminders. */
const home = {
  today: {
    title: '今天',
    workday: '工作日',
    weekend: '休息日',
    holiday: '{{name}}（休息）',
    makeUp: '{{name}}（调休上班）',
    unnamedHoliday: '法定节假日',
    unnamedMakeUp: '调休',
  },
  tiles: {
    total: '纳入办理的建议',
    overdue: '已逾期',
    dueSoon: '5个工作日内到期',
    key: '重点建议（办理中）',
  },
  stagesTitle: '各办理阶段',
  stages: {
    'to-assign': '待交办',
    'to-sign': '待签收',
    handling: '办理中',
    review: '待审核签发',
    replied: '已答复待测评',
    rehandling: '重新办理',
    closed: '已办结',
  },
  openBoard: '打开交办看板',
  openCalendar: '打开期限日历',
  empty: {
    title: '还没有建议',
    description: '可以登记或导入建议；想先看看系统怎样工作，可以在“设置 → 演示数据”中载入演示数据。',
    demo: '载入演示数据',
    register: '登记建议',
    import: '导入建议',
  },
  due: {
    title: '即将到期和已逾期',
    overdueTab: '已逾期（{{count}}）',
    soonTab: '5个工作日内到期（{{count}}）',
    emptyOverdue: '没有逾期的期限',
    emptySoon: '5个工作日内没有到期的期限',
    columns: {
      number: '建议号',
      title: '标题',
      unit: '承办单位',
      kind: '期限',
      date: '到期日',
      status: '情况',
    },
    overdueDays: '逾期 {{days}} 天',
    dueToday: '今日到期',
    daysLeft: '还剩 {{days}} 个工作日',
    noUnit: '（尚未交办）',
    selectAllOverdue: '选择全部逾期项',
    clearSelection: '清除选择',
    selected: '已选 {{count}} 项，涉及 {{units}} 个承办单位',
    print: '打印催办通知',
    pdf: '另存为 PDF',
    hint: '按承办单位分别生成催办通知（每个单位一份），打印或保存后在各建议的办理记录中记下“催办”。',
    noUnitSelectable: '尚未交办的建议没有承办单位，不能发催办通知',
  },
  reminder: {
    jobTitle: '催办通知（{{unit}}）',
    fileName: '催办通知-{{unit}}-{{date}}.pdf',
    note: '催办通知：{{kinds}}',
    done: '已为 {{units}} 个承办单位生成催办通知，记入 {{count}} 条催办记录',
    partly: '{{failed}} 条催办记录未能记入：{{reason}}',
    unknownUnit: '（未知单位）',
  },
  loading: '正在读取…',
}

export default home

declare module '../../namespaces' {
  interface AppNamespaces {
    home: typeof home
  }
}
