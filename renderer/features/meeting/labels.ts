// The meeting screens' words, the handbook's (domain.md §7). The meeting's own name (屋场会,
// 院坝会, …) is a setting and comes in as an argument.
import type { DeadlineUnit } from '../../../shared/domain/follow-up-vocabulary';

export const meetingLabels = {
  noVillage: '（未填村名）',
  notFound: '找不到这场会议',
  notFoundDetail: '它可能已被删除。',
  backHome: '返回首页',
  start: '开始会议',
  started: '会议已开始',
  startFailed: '开始会议失败',
  readBack: '现场承诺确认',
  deleteMeeting: '删除会议',
  deleteMeetingQuestion: '删除这场会议？',
  deleteCanUndo: '删除后可以撤销。',
  delete: '删除',
  cancel: '取消',
  meeting: '会议',
  tabs: {
    info: '基本信息',
    attendance: (present: number) => `参会人员（实到 ${present}）`,
    issues: (count: number) => `群众诉求（${count}）`,
    notes: '政策宣讲与议定事项',
    photos: '照片',
  },
} as const;

export const issueLabels = {
  what: '诉求',
  region: (seq: number) => `诉求 ${seq}`,
  number: (seq: number) => `第${seq}条`,
  followUp: '跟踪办理',
  add: '新增诉求',
  addShortcut: 'Alt+N',
  emptyPlanned: '会前走访收集的问题可以先录入',
  empty: '暂无诉求',
  raisedBy: '反映人',
  anonymous: '匿名',
  collective: '集体反映',
  collectiveHouseholds: '集体反映户数',
  source: '来源',
  category: '问题类别',
  nature: '诉求性质',
  urgency: '紧急程度',
  description: '问题描述',
  place: '涉及地点',
  sensitive: '敏感（公示时不公开）',
  responseType: '处置方式',
  respondedBy: '答复人',
  responseText: '答复内容',
  forwardedTo: '转办部门',
  unit: '责任单位',
  owner: '责任人',
  cooperatingUnit: '配合单位',
  deadline: '办结时限',
  deadlinePreset: (days: number, unit: DeadlineUnit) =>
    unit === '工作日' ? `${days}个工作日` : `${days}天`,
  deadlinePresetTitle: (days: number, unit: DeadlineUnit) =>
    `会议日期后 ${days} ${unit === '工作日' ? '个工作日' : '天'}`,
  target: '办理目标',
  missing: (facts: string[]) => `尚缺：${facts.join('、')}`,
} as const;

export const attendanceLabels = {
  region: '添加参会人员',
  name: '姓名',
  namePlaceholder: '输入姓名或拼音首字母，回车添加',
  suggestion: (name: string, details: string[]) =>
    details.length > 0 ? `${name}（${details.join('，')}）` : name,
  personListed: (name: string) => `“${name}”已在名单中；如是同名的另一个人，请先填写组`,
  choosePerson: (name: string, groups: string[]) =>
    `村民名册中有 ${groups.length} 位“${name}”（${groups.join('、')}），请用 ↓ 选择，或先填写组`,
  joinedRoster: (name: string, village: string) =>
    `“${name}”不在村民名册中，已加入${village ? `${village}的` : ''}名册`,
  noGroup: '未填组',
  initialsNotFound: (typed: string) =>
    `按拼音首字母“${typed}”在村民名册中找不到可添加的人；新的人员请输入汉字姓名`,
  addedFromRoster: (name: string) => `已从村民名册添加“${name}”`,
  rosterUnreadable: (name: string) =>
    `读取村民名册失败，“${name}”没有添加。请按回车重试；如果一直失败，请在“导入与备份”中做一次备份后重启程序。`,
  nameRequired: '姓名不能为空',
  group: '组',
  identity: '身份',
  status: '出席情况',
  add: '添加',
  list: '参会人员名单',
  counts: '人数统计',
  columns: ['序号', '姓名', '组', '户主', '身份', '出席情况', '电话', '操作'],
  household: '户主',
  phone: '电话',
  delete: '删除',
  duplicate: '重名',
  what: '参会人员',
  expected: '应到',
  present: '实到',
  attending: '出席',
  sittingIn: '列席',
  excused: '请假',
  households: '覆盖户数',
  row: (index: number, what: string) => `第${index + 1}位 ${what}`,
  alreadyListed: (name: string) => `“${name}”已在名单中，请确认是否同名的另一个人`,
  // The roster following a listed attendee's new name (AttendeeRow, attendance.followName).
  personRenamed: (from: string, to: string, namesakes: number) =>
    `村民名册中的“${from}”已一并改为“${to}”` +
    (namesakes > 0
      ? `；名册中另有 ${namesakes} 位“${to}”，如是同一人，可在村民名册的“重复人员”中合并`
      : ''),
  raisedByRenamed: (issues: number) => `此人反映的 ${issues} 条诉求的反映人已一并更改`,
  relinked: (name: string, group: string) =>
    `此行已改为关联村民名册中的“${name}”（${group || '未填组'}）`,
  unlinked: (name: string, groups: string[]) =>
    `村民名册中有 ${groups.length} 位“${name}”（${groups.join('、')}），此行暂不关联村民；如需关联，请删除此行，再用 ↓ 从建议中选择`,
  controlCharacters: (name: string, count: number) =>
    `姓名“${name}”中有 ${count} 个不可见的控制字符，已移除`,
} as const;

export const reviewLabels = {
  title: '现场承诺确认',
  count: (n: number) => `共 ${n} 项`,
  position: (index: number, total: number) => `第 ${index + 1} 项，共 ${total} 项`,
  none: '本次会议没有交办、转办或调处的事项',
  commitment: (n: number) => `承诺 ${n}`,
  raised: (who: string) => `${who || '群众'}反映：`,
  response: '处置方式',
  forwardedTo: (to: string) => `（转 ${to}）`,
  deadline: (date: string) => `，${date}前办结`,
  expand: '展开',
  collapse: '收起',
  previous: '上一项',
  next: '下一项',
  keys: '← → 或 PageUp / PageDown 切换',
  back: '返回修改',
  close: '确认无误，结束会议',
  closed: '会议已结束',
  closeFailed: '结束会议失败',
  missingTitle: '以下事项尚缺内容',
  missingIntro: '缺的内容可以现在补上，也可以先结束会议，会后再补。',
  fix: '返回补充',
  closeAnyway: '仍然结束会议',
  issueMissing: (seq: number, facts: string[]) => `第${seq}条：${facts.join('、')}`,
} as const;

export const recallLabels = {
  title: '上次承诺落实情况',
  count: (n: number) => `共 ${n} 项`,
  lead: (village: string, typeLabel: string) =>
    `${village}以往${typeLabel}作出的承诺，逐条通报如下（点击一条可查看办理详情）：`,
} as const;
