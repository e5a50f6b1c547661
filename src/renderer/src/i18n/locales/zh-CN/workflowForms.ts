/** The workflow forms (交办, 签收, 退回, 答复, 测评, 重新办理, 办结 …), usable from any screen. */
const workflowForms = {
  common: {
    cancel: '取消',
    subject: '第{{number}}号：{{title}}',
    assignment: '承办单位',
    unit: '承办单位',
    on: '办理日期',
    onHint: '补录纸质材料时可选择实际日期，默认为今天',
    reason: '理由',
    none: '无',
    notFound: '找不到该建议，可能已被删除',
    done: '已{{action}}',
  },
  actions: {
    assign: '交办',
    signFor: '签收',
    requestReturn: '申请退回',
    approveReturn: '同意退回',
    denyReturn: '不同意退回',
    draftReply: '起草答复',
    signOffReply: '签发答复',
    sendReply: '发出答复',
    rate: '录入测评',
    startRehandling: '重新办理',
    close: '办结',
    notAccept: '不予立案',
    correct: '更正（重新打开）',
  },
  assign: {
    batchSubject: '批量交办 {{count}} 件建议',
    okBatch: '交办 {{count}} 件',
    mode: '交办方式',
    modeLead: '主办 + 协办',
    modeSeparate: '分办',
    leadPlaceholder: '选择主办单位',
    coPlaceholder: '可选，选择协办单位',
    separatePlaceholder: '选择分办单位（各自答复）',
    recommended: '办理过相似建议的单位：',
    recommendedGroup: '推荐（办理过相似建议）',
    allUnitsGroup: '全部单位',
    similarTo: '相似建议：{{title}}（相似度 {{score}}%）',
    dueDatesTitle: '办理期限（交办后立即生效）',
    dueDatesHint: '选择承办单位后，这里立即显示各项期限及其计算依据',
    dueFor: '{{role}}单位的期限',
    partlyDone: '已交办 {{done}} 件；以下建议未能交办：{{failed}}',
    done: '已交办 {{count}} 件建议',
  },
  signFor: {
    leader: '分管领导',
    department: '责任科室',
    handler: '经办人',
    phone: '联系电话',
  },
  requestReturn: {
    limit: '申请退回期限：{{date}}（逾期不再调整）',
    limitPassed: '已超过申请退回期限（{{date}}），提交将被拒绝',
    proposedUnit: '建议改由哪个单位承办',
  },
  returnDecision: {
    title: '处理退回申请',
    requestedOn: '申请日期',
    decision: '处理意见',
    reassignTo: '重新交办给',
    reassignHint: '留空则退回待交办；原交办记录保留在办理历史中',
  },
  reply: {
    resultClass: '办理结果分类',
    body: '答复正文',
    promise: '解决计划及时间（跟踪办理）',
    promiseDue: '计划完成日期',
    explanation: '不能解决的原因',
    documentNumber: '发文字号',
    signer: '签发人',
    signOffAndSend: '签发并发出',
  },
  rate: {
    overall: '总体评价',
    attitude: '办理态度',
    process: '办理过程',
    result: '办理成效',
    communication: '沟通方式',
    reasons: '不满意的具体理由',
    signedBy: '代表签名',
    ratedOn: '测评日期',
    levels: {
      satisfied: '满意',
      'basically-satisfied': '基本满意',
      dissatisfied: '不满意',
    },
    modes: {
      'face-to-face': '当面',
      phone: '电话',
      written: '书面',
      none: '未联系',
    },
  },
  reasonForms: {
    correctIntro: '将已办结的建议重新打开为“已答复待测评”，并记录更正理由。',
    handledAsLetter: '转来信处理',
  },
}

export default workflowForms

declare module '../../namespaces' {
  interface AppNamespaces {
    workflowForms: typeof workflowForms
  }
}
