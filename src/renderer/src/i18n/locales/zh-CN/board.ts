/** 交办看板: columns, cards, filters, the unit-load view and the board's own messages. */
const board = {
  loading: '正在加载看板…',
  columns: {
    'to-assign': '待交办',
    'to-sign': '待签收',
    handling: '办理中',
    review: '待审核签发',
    replied: '已答复待测评',
    rehandling: '重新办理',
    closed: '已办结',
  },
  card: {
    number: '第{{number}}号',
    key: '重点督办',
    round: '第 {{round}} 轮',
    overdueBy: '逾期 {{days}} 个工作日',
    dueToday: '今日到期',
    daysLeft: '剩 {{days}} 个工作日',
    noUnit: '尚未交办',
    actions: '操作',
    loadingActions: '正在读取可用操作…',
    open: '查看详情',
    select: '选择第{{number}}号建议',
  },
  view: {
    stages: '按阶段',
    units: '按承办单位',
  },
  filters: {
    query: '建议号或标题',
    session: '全部届次',
    unit: '全部承办单位',
    category: '全部分类',
    key: '仅重点督办',
    overdue: '仅已逾期',
    dueWithinLabel: '到期于',
    dueWithinUnit: '个工作日内',
    reset: '清除筛选',
  },
  unitView: {
    unit: '承办单位',
    overdue: '已逾期',
    total: '合计',
  },
  total: '共 {{count}} 件',
  emptyColumn: '暂无建议',
  selectAll: '全选待交办建议',
  batchAssign: '批量交办（{{count}} 件）',
  clearSelection: '取消选择',
  keyboardHint: '键盘：方向键移动焦点，Enter 打开操作菜单，Ctrl+←/→ 移到相邻阶段，空格选择待交办建议',
  updating: '正在更新…',
  readOnly: '只读用户不能办理建议',
  noPartFor: '该建议目前没有可以“{{action}}”的承办单位',
}

export default board

declare module '../../namespaces' {
  interface AppNamespaces {
    board: typeof board
  }
}
