// The fixed words of the domain (domain.md §2, §3, §7). Lists that differ by locality
// (categories, identity tags, satisfaction scale) are only defaults: they live in Settings.

export const meetingStatuses = ['筹备', '进行中', '已结束'] as const;
export const attendanceStatuses = ['出席', '列席', '请假'] as const;
export const issueSources = ['会前走访', '现场', '会后补充'] as const;
export const issueNatures = ['咨询', '求助', '投诉', '建议', '纠纷'] as const;
export const urgencies = ['一般', '紧急'] as const;
export const cadreLevels = ['县', '乡镇', '村', '驻村工作队'] as const;
export const followUpMethods = ['电话', '走访', '现场', '其他'] as const;

/** 处置方式: the response given on the spot (domain.md §2). */
export const responseTypes = [
  '当场解决',
  '当场答复',
  '交办',
  '上报转办',
  '纳入规划',
  '矛盾调处',
  '不予支持',
] as const;

/** Response types that leave a commitment to follow (owner and deadline). */
export const commitmentResponseTypes: readonly ResponseType[] = ['交办', '上报转办', '矛盾调处'];

export const issueStatuses = ['登记', '办理中', '已办结', '已回访', '已销号', '纳入规划'] as const;

export const defaultCategories = [
  '道路交通',
  '饮水安全',
  '农田水利',
  '电力通讯',
  '人居环境',
  '住房建房',
  '土地山林',
  '社会保障',
  '医疗卫生',
  '教育',
  '产业就业',
  '矛盾纠纷',
  '平安安全',
  '政务服务',
  '村务管理',
  '其他',
];

export const defaultIdentityTags = [
  '乡镇干部',
  '县直部门',
  '村支两委',
  '驻村工作队',
  '党员',
  '村民代表',
  '组长',
  '群众',
  '乡贤',
  '脱贫户/监测户',
  '其他',
];

export const defaultSatisfactionScale = ['满意', '基本满意', '不满意'];

export const deadlinePresets = [3, 7, 15, 30] as const;

export type MeetingStatus = (typeof meetingStatuses)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type IssueSource = (typeof issueSources)[number];
export type IssueNature = (typeof issueNatures)[number];
export type ResponseType = (typeof responseTypes)[number];
export type IssueStatus = (typeof issueStatuses)[number];
export type CadreLevel = (typeof cadreLevels)[number];
