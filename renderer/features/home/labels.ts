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
  columns: {
    date: '日期',
    village: '村(社区)',
    group: '村民小组',
    host: '屋场',
    topics: '议题',
    status: '状态',
  },
} as const;
