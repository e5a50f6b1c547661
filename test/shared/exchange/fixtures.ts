/**
 * Small, literal model records for the exchange and export tests: one session, two units, four suggestions,
 * their assignments and one stored reply.
 */
import type {
  Assignment,
  DueDate,
  Reply,
  ResultClassSetting,
  Session,
  Suggestion,
  Unit,
} from '../../../src/shared/domain/model'

const AT = '2025-06-10T08:00:00.000Z'

export const session: Session = {
  id: 'SES1',
  name: '市十七届人大四次会议',
  kind: 'session',
  term: 17,
  meeting: 4,
  year: 2025,
  startsOn: '2025-01-12',
  fixedReplyDate: null,
  order: 1,
  createdAt: AT,
}

export function unit(id: string, name: string, shortName: string | null, contact: string, phone: string): Unit {
  return {
    id,
    name,
    shortNames: shortName ? [shortName] : [],
    aliases: [],
    type: 'government-department',
    order: 1,
    active: true,
    successorId: null,
    contacts: { leader: null, department: null, contact, phone },
    history: [],
  }
}

export const transport = unit('U-TRA', '市交通运输局', '交通局', '王敏', '0571-88001234')
export const education = unit('U-EDU', '市教育局', null, '李强', '0571-88005678')
export const units = [transport, education]

export function suggestion(id: string, numberText: string, number: number, title: string): Suggestion {
  return {
    id,
    sessionId: session.id,
    numberText,
    number: String(number),
    numberSort: number,
    title,
    content: '',
    leadDeputy: '樊奇',
    coSigners: id === 'SUG1' ? ['张伟', '刘洋'] : [],
    signerCount: id === 'SUG2' ? 11 : null,
    delegation: '西湖区代表团',
    category: '城乡建设',
    receivedOn: '2025-01-15',
    publicity: { public: true, reason: null },
    key: false,
    tags: [],
    stage: 'assigned',
    stageReason: null,
    handledAsLetter: false,
    mergedIntoId: null,
    round: 1,
    searchText: '',
    createdAt: AT,
    updatedAt: AT,
    revision: 1,
  }
}

export const suggestions = [
  suggestion('SUG1', '第0012号', 12, '关于优化城区公交线路的建议'),
  suggestion('SUG2', '0034', 34, '关于加快建设城市慢行系统、完善非机动车道和人行道网络，提升市民绿色出行体验的建议'),
  suggestion('SUG3', '56', 56, '关于增加中小学课后服务供给的建议'),
  suggestion('SUG4', '78', 78, '关于规范校车管理的建议'),
]

function due(kind: DueDate['kind'], date: string): DueDate {
  return {
    kind,
    date,
    start: '2025-06-10',
    rule: { type: 'calendar-months', months: 3 },
    usedFallbackCalendar: false,
    computedAt: AT,
    note: 'assigned',
  }
}

export function assignment(id: string, suggestionId: string, unitId: string, role: Assignment['role']): Assignment {
  const dueDates = [due('return-limit', '2025-06-19'), due('reply', '2025-09-10')]
  if (role === 'co') dueDates.push(due('co-opinion', '2025-07-10'))
  return {
    id,
    suggestionId,
    unitId,
    role,
    round: 1,
    state: 'signed',
    assignedOn: '2025-06-10',
    signedOn: '2025-06-11',
    people: { leader: null, department: null, handler: null, phone: null },
    dueDates,
    dueDateHistory: [],
    returnRequest: null,
    previousId: null,
    extendedTo: null,
    createdAt: AT,
    updatedAt: AT,
    revision: 1,
  }
}

export const assignments = [
  assignment('ASG1', 'SUG1', 'U-TRA', 'lead'),
  assignment('ASG2', 'SUG2', 'U-TRA', 'lead'),
  assignment('ASG3', 'SUG4', 'U-TRA', 'co'),
  assignment('ASG4', 'SUG3', 'U-EDU', 'lead'),
  assignment('ASG5', 'SUG4', 'U-EDU', 'lead'),
]

export const storedReply: Reply = {
  id: 'REP2',
  suggestionId: 'SUG2',
  assignmentId: 'ASG2',
  unitId: 'U-TRA',
  round: 1,
  state: 'sent',
  resultClass: 'A',
  documentNumber: 'X交复〔2025〕3号',
  body: '已纳入年度慢行系统建设计划。',
  signer: '陈刚',
  signedOffOn: '2025-06-20',
  sentOn: '2025-06-21',
  contactName: '王敏',
  contactPhone: '0571-88001234',
  promises: [],
  publicity: { public: true, reason: null },
  publishedOn: null,
  createdAt: AT,
  updatedAt: AT,
  revision: 1,
}

export const resultClasses: ResultClassSetting[] = [
  { code: 'A', label: '已解决或基本解决', requiresPromise: false, requiresExplanation: false },
  { code: 'B', label: '正在解决或列入计划逐步解决', requiresPromise: true, requiresExplanation: false },
  { code: 'C', label: '因条件限制需以后解决', requiresPromise: false, requiresExplanation: true },
  { code: 'D', label: '留作参考', requiresPromise: false, requiresExplanation: false },
]
