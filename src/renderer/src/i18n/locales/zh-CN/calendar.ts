/** 期限日历: the month and week grid of every kind of due date, its filters and the day panel. */
const calendar = {
  views: { month: '月', week: '周' },
  toolbar: {
    previousMonth: '上个月',
    nextMonth: '下个月',
    previousWeek: '上一周',
    nextWeek: '下一周',
    today: '今天',
    pickMonth: '选择月份',
    kinds: '期限类型',
    allKinds: '全部期限类型',
    unit: '承办单位',
    allUnits: '全部承办单位',
    monthTitle: '{{year}}年{{month}}月',
    weekTitle: '{{from}} 至 {{to}}',
    total: '本月 {{count}} 项期限',
    weekTotal: '本周 {{count}} 项期限',
  },
  weekdays: { mon: '一', tue: '二', wed: '三', thu: '四', fri: '五', sat: '六', sun: '日' },
  marks: {
    holiday: '休',
    makeUp: '班',
    holidayTitle: '{{name}}（休息）',
    makeUpTitle: '{{name}}（调休上班）',
    unnamedHoliday: '节假日',
    unnamedMakeUp: '调休',
  },
  /** Short names for the grid cells. */
  kindsShort: {
    assign: '交办',
    'return-limit': '退回',
    'co-opinion': '协办',
    'internal-review': '审核',
    reply: '答复',
    'rehandling-reply': '重办',
    publish: '公开',
    'follow-up': '跟踪',
  },
  cell: {
    count: '{{count}} 项',
    more: '另 {{count}} 类',
    ariaLabel: '{{date}}，{{count}} 项期限',
  },
  legend: {
    title: '颜色',
    overdue: '已逾期',
    within5: '5个工作日内',
    within10: '10个工作日内',
    later: '未到期',
  },
  panel: {
    title: '{{date}} {{weekday}}',
    empty: '这一天没有期限',
    pick: '点击日历中的某一天查看当天的期限',
    count: '共 {{count}} 项',
    unit: '承办单位：{{unit}}',
    noUnit: '尚未交办',
    open: '查看建议',
    holiday: '法定节假日：{{name}}',
    makeUp: '调休上班：{{name}}',
    weekend: '休息日',
    workday: '工作日',
    close: '关闭',
  },
  /** 0 = Sunday … 6 = Saturday. */
  weekdayNames: { w0: '星期日', w1: '星期一', w2: '星期二', w3: '星期三', w4: '星期四', w5: '星期五', w6: '星期六' },
  loading: '正在读取期限…',
  fallbackYear: '{{year}} 年尚无官方节假日数据，按周一至周五显示',
}

export default calendar

declare module '../../namespaces' {
  interface AppNamespaces {
    calendar: typeof calendar
  }
}
