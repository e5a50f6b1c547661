const errors = {
  unknown: '发生未知错误，请重试',
  /** Codes of `HostError` (src/shared/bridge/hostBridge.ts). */
  host: {
    cancelled: '操作已取消',
    'invalid-argument': '请求的参数无效，操作未执行',
    'forbidden-sender': '请求来源未经授权，已被拒绝',
    'too-large': '文件过大，无法处理',
    'not-found': '未找到指定的文件',
    'io-failed': '读写文件失败，请检查磁盘空间和访问权限',
    'print-failed': '打印失败，请检查打印机是否可用',
    internal: '程序内部错误，请重试；如仍失败请联系管理员',
  },
}

export default errors

declare module '../../namespaces' {
  interface AppNamespaces {
    errors: typeof errors
  }
}
