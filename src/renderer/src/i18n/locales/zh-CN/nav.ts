const nav = {
  groups: {
    intake: '登记',
    handling: '办理',
    analysis: '统计与设置',
  },
  sections: {
    home: '工作台',
    register: '建议登记',
    import: '导入',
    suggestions: '建议列表',
    board: '交办看板',
    calendar: '期限日历',
    replies: '答复',
    ratings: '满意度测评',
    supervision: '督办',
    statistics: '统计',
    settings: '设置',
  },
  /** One line under each page title. */
  hints: {
    home: '办理进度与待办事项一览',
    register: '逐件登记代表建议并审查是否立案',
    import: '从 Excel 工作簿导入建议清单、答复和测评结果',
    suggestions: '按届次、状态、承办单位等条件查找建议',
    board: '按办理阶段查看各承办单位的交办与办理情况',
    calendar: '按工作日日历查看各项办理期限',
    replies: '登记答复、审核签发并按公文格式打印答复函',
    ratings: '录入代表对办理工作的满意度测评结果',
    supervision: '跟踪重点督办件、临期件和逾期件',
    statistics: '按承办单位、分类和办理结果汇总统计',
    settings: '届次、分类、期限规则、工作日日历与数据备份',
  },
}

export default nav

declare module '../../namespaces' {
  interface AppNamespaces {
    nav: typeof nav
  }
}
