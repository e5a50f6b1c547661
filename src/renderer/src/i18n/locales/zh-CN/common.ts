const common = {
  appName: '代表建议办理系统',
  appSubtitle: '人大代表建议登记、交办、答复与测评',
  language: {
    label: '界面语言',
    'zh-CN': '简体中文',
    'en-US': 'English',
  },
  actions: {
    ok: '确定',
    cancel: '取消',
    save: '保存',
    submit: '提交',
    edit: '编辑',
    add: '新增',
    search: '查询',
    reset: '重置',
    import: '导入',
    export: '导出',
    print: '打印',
    back: '返回',
    close: '关闭',
    confirm: '确认',
    retry: '重试',
    reload: '重新加载',
    backHome: '返回工作台',
    details: '详细信息',
  },
  states: {
    loading: '正在加载…',
    saving: '正在保存…',
    saved: '已保存',
    done: '已完成',
    failed: '操作失败',
  },
  empty: {
    default: '暂无数据',
    search: '没有找到符合条件的记录',
    list: '列表中还没有记录',
  },
  shell: {
    mainNav: '主导航',
    breadcrumb: '当前位置',
    collapse: '收起菜单',
    expand: '展开菜单',
    offline: '本机离线运行，数据保存在本机',
  },
  errorBoundary: {
    title: '页面出现错误',
    description: '此页面遇到了意外错误。已保存的数据不受影响，重新加载页面后可继续工作。',
    details: '技术信息',
  },
  notFound: {
    title: '页面不存在',
    description: '您访问的页面不存在或已被移动，请从左侧菜单选择栏目。',
  },
}

export default common

declare module '../../namespaces' {
  interface AppNamespaces {
    common: typeof common
  }
}
