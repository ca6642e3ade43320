// The home screen's words. The meeting's name (屋场会, 院坝会, …) is a setting.
export const homeLabels = {
  create: (meetingName: string) => `新建${meetingName}`,
  search: '按村(社区)查找',
  searchPlaceholder: '按村(社区)、小组或屋场查找',
  dates: '按日期查找',
  upcoming: '待开和进行中',
  held: '已开',
  none: '暂无',
  noVillage: '（未填村名）',
  total: (n: number) => `共 ${n} 场`,
  pages: (list: string) => `${list}：页码`,
  columns: {
    date: '日期',
    village: '村(社区)',
    group: '村民小组',
    host: '屋场',
    topics: '议题',
    status: '状态',
  },
} as const;

// 逾期 and 即将到期 (domain.md §2: overdue is computed from the 办结时限, never set by hand).
export const dueLabels = {
  title: '逾期和即将到期',
  overdue: '逾期',
  dueSoon: '即将到期',
  summary: (overdue: number, dueSoon: number, days: number) =>
    `办理中的问题：逾期 ${overdue} 条，即将到期（${days} 天内）${dueSoon} 条`,
  byOwner: '按责任人',
  byVillage: '按村(社区)',
  owner: '责任人',
  village: '村(社区)',
  noOwner: '（未填责任人）',
  noVillage: '（未填村名）',
  deadline: '办结时限',
  seq: (n: number) => `第${n}条`,
  groupIssues: (name: string) => `${name}的问题`,
  pages: (by: string) => `按${by}：页码`,
  noDescription: '（未填问题描述）',
} as const;
