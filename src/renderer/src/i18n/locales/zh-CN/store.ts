const store = {
  backup: {
    inspectTitle: '备份文件内容',
    exportedAt: '备份时间：{{date}}',
    appVersion: '程序版本：{{version}}',
    counts: '建议 {{suggestions}} 件，承办单位 {{units}} 个，答复 {{replies}} 件，测评 {{ratings}} 份',
    confirmRestore: '恢复将用备份内容替换当前全部数据。恢复前会自动备份当前数据。确定恢复吗？',
    restored: '已恢复备份',
    offerRestoreTitle: '数据库为空',
    offerRestore: '发现 {{date}} 的备份，是否恢复？',
    reasons: {
      manual: '手动备份',
      daily: '每日自动备份',
      'before-bulk': '批量操作前备份',
      'before-restore': '恢复前备份',
    },
  },
  errors: {
    'backup-unreadable': '无法读取该文件：文件已损坏或不是备份文件',
    'backup-not-ours': '该文件不是本系统的备份文件',
    'backup-newer-schema': '该备份来自更新版本的程序（数据版本 {{schemaVersion}}），请先升级程序',
    'backup-invalid': '备份文件中的“{{table}}”数据不完整',
    'backup-before-restore-failed': '无法在恢复前备份当前数据，已取消恢复',
    'restore-failed': '恢复失败，当前数据未作任何改动',
    'duplicate-number': '本次会议已有第{{number}}号建议',
    'session-not-found': '找不到该届次会议',
    'suggestion-not-found': '找不到该建议',
    'stale-revision': '该建议已被他人修改，请刷新后重试',
    'change-for-other-suggestion': '内部错误：修改涉及其他建议',
    'unit-name-required': '请填写单位名称',
    'unit-name-taken': '已有名为“{{name}}”的单位',
    'unit-not-found': '找不到该单位',
    'unit-merge-into-itself': '不能将单位合并到自身',
    'unit-inactive': '已撤并的单位不能再合并',
    'demo-already-loaded': '演示数据已经载入',
    'demo-not-loaded': '没有载入演示数据',
  },
  demo: {
    load: '载入演示数据',
    remove: '移除演示数据',
    loadedNotice: '当前包含演示数据（可在设置中移除）',
  },
}
export default store
declare module '../../namespaces' {
  interface AppNamespaces {
    store: typeof store
  }
}
