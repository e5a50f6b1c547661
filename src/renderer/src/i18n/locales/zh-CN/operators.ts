const operators = {
  gate: {
    title: '选择操作人员',
    intro: '请选择您的身份。操作记录将以此身份登记。',
    choose: '进入',
    firstRunTitle: '创建管理员',
    firstRunIntro: '这是首次使用。请先创建一个管理员账号，之后可在设置中添加其他人员。',
    create: '创建并进入',
    addAnother: '添加人员',
    loading: '正在打开数据库…',
  },
  fields: {
    name: '姓名',
    role: '角色',
  },
  roles: {
    administrator: '管理员',
    staff: '经办人员',
    'read-only': '只读',
  },
  badge: {
    switch: '切换人员',
    signedInAs: '当前人员：{{name}}',
  },
  errors: {
    'operator-name-required': '请填写姓名',
    'operator-name-taken': '已有名为“{{name}}”的人员',
  },
}
export default operators
declare module '../../namespaces' {
  interface AppNamespaces {
    operators: typeof operators
  }
}
