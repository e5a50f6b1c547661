/**
 * The made-up city the demo data describes: its government departments, districts, deputies' names and the
 * subjects deputies write about. Realistic in form, fictitious in content.
 */
import type { UnitType } from '../domain/model'

export interface DemoUnit {
  name: string
  shortName: string
  type: UnitType
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { name: '市发展和改革委员会', shortName: '市发改委', type: 'government-department' },
  { name: '市教育局', shortName: '市教育局', type: 'government-department' },
  { name: '市科学技术局', shortName: '市科技局', type: 'government-department' },
  { name: '市工业和信息化局', shortName: '市工信局', type: 'government-department' },
  { name: '市公安局', shortName: '市公安局', type: 'government-department' },
  { name: '市民政局', shortName: '市民政局', type: 'government-department' },
  { name: '市司法局', shortName: '市司法局', type: 'government-department' },
  { name: '市财政局', shortName: '市财政局', type: 'government-department' },
  { name: '市人力资源和社会保障局', shortName: '市人社局', type: 'government-department' },
  { name: '市自然资源和规划局', shortName: '市自然资源规划局', type: 'government-department' },
  { name: '市生态环境局', shortName: '市生态环境局', type: 'government-department' },
  { name: '市住房和城乡建设局', shortName: '市住建局', type: 'government-department' },
  { name: '市交通运输局', shortName: '市交通局', type: 'government-department' },
  { name: '市水务局', shortName: '市水务局', type: 'government-department' },
  { name: '市农业农村局', shortName: '市农业农村局', type: 'government-department' },
  { name: '市商务局', shortName: '市商务局', type: 'government-department' },
  { name: '市文化广电旅游局', shortName: '市文广旅局', type: 'government-department' },
  { name: '市卫生健康委员会', shortName: '市卫健委', type: 'government-department' },
  { name: '市退役军人事务局', shortName: '市退役军人局', type: 'government-department' },
  { name: '市应急管理局', shortName: '市应急局', type: 'government-department' },
  { name: '市市场监督管理局', shortName: '市市场监管局', type: 'government-department' },
  { name: '市体育局', shortName: '市体育局', type: 'government-department' },
  { name: '市城市管理局', shortName: '市城管局', type: 'government-department' },
  { name: '市医疗保障局', shortName: '市医保局', type: 'government-department' },
  { name: '市数据局', shortName: '市数据局', type: 'government-department' },
  { name: '市林业局', shortName: '市林业局', type: 'government-department' },
  { name: '市供销合作社', shortName: '市供销社', type: 'other' },
  { name: '市中级人民法院', shortName: '市中院', type: 'court' },
  { name: '市人民检察院', shortName: '市检察院', type: 'procuratorate' },
  { name: '市供电公司', shortName: '市供电公司', type: 'enterprise' },
]

export const DEMO_DISTRICTS: readonly string[] = [
  '城东区',
  '城西区',
  '城南区',
  '城北区',
  '高新区',
  '临江县',
  '青山县',
  '白水县',
]

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈'
export const GIVEN_NAMES: readonly string[] = [
  '建国',
  '丽',
  '伟',
  '芳',
  '军',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '平',
  '刚',
  '桂英',
  '文',
  '辉',
  '红',
  '晓东',
  '海燕',
  '志强',
  '立新',
  '春梅',
  '国庆',
  '玉兰',
  '永红',
  '卫东',
  '淑珍',
]

export interface DemoTopic {
  /** Title core: `关于{subject}的建议`. */
  subject: string
  category: string
  /** Short names of the likely lead unit and, sometimes, a co-handler. */
  lead: string
  co?: string
}

export const DEMO_TOPICS: readonly DemoTopic[] = [
  { subject: '加快老旧小区改造', category: '城乡建设', lead: '市住建局', co: '市财政局' },
  { subject: '加装既有住宅电梯', category: '城乡建设', lead: '市住建局', co: '市市场监管局' },
  { subject: '缓解中心城区停车难', category: '城乡建设', lead: '市公安局', co: '市城管局' },
  { subject: '优化公交线路和站点设置', category: '城乡建设', lead: '市交通局' },
  { subject: '加强城市排水防涝设施建设', category: '城乡建设', lead: '市水务局', co: '市住建局' },
  { subject: '推进生活垃圾分类', category: '生态环保', lead: '市城管局', co: '市生态环境局' },
  { subject: '加强河道水环境综合治理', category: '生态环保', lead: '市水务局', co: '市生态环境局' },
  { subject: '加大餐饮油烟污染治理力度', category: '生态环保', lead: '市生态环境局' },
  { subject: '推进城市绿道建设', category: '生态环保', lead: '市林业局', co: '市自然资源规划局' },
  { subject: '增加普惠性幼儿园学位', category: '教科文卫', lead: '市教育局', co: '市财政局' },
  { subject: '减轻义务教育阶段学生课业负担', category: '教科文卫', lead: '市教育局' },
  { subject: '加强中小学心理健康教育', category: '教科文卫', lead: '市教育局', co: '市卫健委' },
  { subject: '推进优质医疗资源下沉基层', category: '教科文卫', lead: '市卫健委' },
  { subject: '加强公共文化设施免费开放', category: '教科文卫', lead: '市文广旅局' },
  { subject: '建设全民健身场地设施', category: '教科文卫', lead: '市体育局', co: '市自然资源规划局' },
  { subject: '完善居家社区养老服务体系', category: '民生保障', lead: '市民政局', co: '市卫健委' },
  { subject: '扩大异地就医直接结算范围', category: '民生保障', lead: '市医保局' },
  { subject: '促进高校毕业生就业创业', category: '民生保障', lead: '市人社局', co: '市教育局' },
  { subject: '加强农民工工资支付保障', category: '民生保障', lead: '市人社局' },
  { subject: '加强食品安全监管', category: '民生保障', lead: '市市场监管局' },
  { subject: '提升退役军人服务保障水平', category: '民生保障', lead: '市退役军人局' },
  { subject: '优化营商环境助力民营企业发展', category: '经济发展', lead: '市发改委', co: '市市场监管局' },
  { subject: '支持中小企业数字化转型', category: '经济发展', lead: '市工信局', co: '市数据局' },
  { subject: '推动政务数据共享和一网通办', category: '经济发展', lead: '市数据局' },
  { subject: '促进夜间经济发展', category: '经济发展', lead: '市商务局', co: '市文广旅局' },
  { subject: '加快科技成果转化', category: '经济发展', lead: '市科技局' },
  { subject: '保障农村电网供电质量', category: '经济发展', lead: '市供电公司' },
  { subject: '加强高标准农田建设', category: '农业农村', lead: '市农业农村局', co: '市财政局' },
  { subject: '推进农村人居环境整治', category: '农业农村', lead: '市农业农村局', co: '市住建局' },
  { subject: '发展农村电子商务', category: '农业农村', lead: '市商务局', co: '市供销社' },
  { subject: '加强农产品质量安全监管', category: '农业农村', lead: '市农业农村局', co: '市市场监管局' },
  { subject: '加强电信网络诈骗防范宣传', category: '政法', lead: '市公安局' },
  { subject: '加强未成年人司法保护', category: '政法', lead: '市中院', co: '市检察院' },
  { subject: '推进公共法律服务体系建设', category: '政法', lead: '市司法局' },
  { subject: '加强安全生产隐患排查', category: '其他', lead: '市应急局' },
  { subject: '规范电动自行车停放充电管理', category: '其他', lead: '市应急局', co: '市城管局' },
]

/** Ways a title is phrased around its subject. */
export const TITLE_FORMS: readonly ((subject: string, district: string) => string)[] = [
  (s) => `关于${s}的建议`,
  (s) => `关于进一步${s}的建议`,
  (s, d) => `关于${d}${s}的建议`,
  (s) => `关于${s}工作的建议`,
]
