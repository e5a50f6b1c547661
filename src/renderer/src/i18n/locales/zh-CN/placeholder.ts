/** Texts of the sections' first (empty) pages, until each feature replaces its page. */
const placeholder = {
  underConstruction: '该栏目正在建设中',
  actions: {
    register: '登记建议',
    import: '从 Excel 导入',
    suggestions: '查看建议列表',
    calendar: '查看期限日历',
    workdays: '设置工作日日历',
    importRatings: '导入测评结果',
  },
  home: {
    title: '欢迎使用代表建议办理系统',
    description: '从登记或导入代表建议开始。系统按工作日日历计算各项期限，记录每一步办理过程，并汇总统计。',
    flowTitle: '办理流程',
    flow: {
      register: '登记',
      review: '审查立案',
      assign: '交办',
      handle: '办理',
      reply: '答复',
      rate: '测评',
      close: '办结',
    },
  },
  register: {
    title: '登记代表建议',
    description:
      '在这里逐件录入代表建议：届次与建议号、案由、领衔代表和附议代表、代表团、分类及收到日期，并审查是否立案。',
  },
  import: {
    title: '从 Excel 导入',
    description: '选择 Excel 工作簿导入建议清单、承办单位的答复或测评结果。导入前可逐行预览变更和错误，确认后再写入。',
  },
  suggestions: {
    title: '暂无建议',
    description: '登记或导入建议后，可在这里按届次、建议号、状态、承办单位等条件查找，并进行交办等批量处理。',
  },
  board: {
    title: '暂无交办的建议',
    description: '建议交办后，各承办单位的签收、办理和答复情况将按办理阶段显示在看板上。',
  },
  calendar: {
    title: '暂无办理期限',
    description: '交办后，答复期限、协办意见期限、申请退回期限等将按工作日日历（含调休上班日）显示在这里。',
  },
  replies: {
    title: '暂无待答复的建议',
    description: '承办单位在这里登记答复内容和办理结果分类，审核签发后按公文格式打印答复函。',
  },
  ratings: {
    title: '暂无待测评的答复',
    description: '代表收到答复后，在这里录入满意、基本满意或不满意的测评结果；不满意的建议将重新办理。',
  },
  supervision: {
    title: '暂无督办事项',
    description: '重点督办件、即将到期和已经逾期的建议，以及答复中承诺事项的跟踪办理，将集中显示在这里。',
  },
  statistics: {
    title: '暂无统计数据',
    description: '按承办单位、分类、代表团和办理结果统计建议数量、按期答复率和满意率，并可导出报表。',
  },
  settings: {
    title: '系统设置',
    description: '在这里维护届次、建议分类、承办单位、期限规则、工作日日历和数据备份。',
  },
}

export default placeholder

declare module '../../namespaces' {
  interface AppNamespaces {
    placeholder: typeof placeholder
  }
}
