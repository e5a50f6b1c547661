/** The 建议登记 form. */
const register = {
  formTitle: '登记新建议',
  keyboardHint: '回车跳到下一项，Ctrl+Enter 或 Ctrl+S 保存',
  fields: {
    session: '届次',
    number: '建议号',
    title: '标题（案由）',
    leadDeputy: '领衔代表',
    coSigners: '附议代表',
    delegation: '代表团',
    category: '分类',
    receivedOn: '收到日期',
    content: '建议内容',
    public: '是否公开',
    publicityReason: '不公开理由',
    key: '重点建议',
    tags: '标签',
  },
  placeholders: {
    session: '选择届次',
    number: '如 123 或 第0123号',
    title: '关于……的建议',
    leadDeputy: '输入姓名，可从已有代表中选择',
    coSigners: '输入姓名后回车，可添加多人',
    delegation: '如 海淀代表团',
    category: '选择分类',
    content: '建议正文',
    publicityReason: '如 涉及个人隐私',
    tags: '输入后回车添加标签',
  },
  publicOptions: {
    yes: '公开',
    no: '不公开',
  },
  keyLabel: '列为重点建议',
  session: {
    add: '新增届次',
    none: '还没有届次，请先新增一个届次',
    name: '届次名称',
    namePlaceholder: '如 市十七届人大四次会议',
    year: '年份',
    kind: '类型',
    kinds: {
      session: '大会期间',
      interim: '闭会期间',
    },
    save: '添加',
    cancel: '取消',
    nameRequired: '请填写届次名称',
    added: '已添加届次“{{name}}”',
  },
  validation: {
    sessionRequired: '请选择届次',
    titleRequired: '请填写标题（案由）',
    leadDeputyRequired: '请填写领衔代表',
    receivedOnRequired: '请选择收到日期',
    publicityReasonRequired: '不公开时必须填写理由',
    duplicate: '本届次已登记第{{number}}号建议《{{title}}》，不能重复登记',
    numberHint: '将按第{{number}}号登记',
  },
  save: '保存登记',
  saving: '正在保存…',
  reset: '清空',
  saved: '已登记第{{number}}号建议《{{title}}》',
  open: '查看该建议',
  savedHint: '表单已清空，可继续登记下一件（届次和收到日期保留）',
}

export default register

declare module '../../namespaces' {
  interface AppNamespaces {
    register: typeof register
  }
}
