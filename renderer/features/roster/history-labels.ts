// Every word of one villager's history (#/persons/<id>, domain.md §7), in one place.
import { rosterFieldLabels } from '../../../shared/roster';

export const historyLabels = {
  title: (name: string) => `${name} · 参会与诉求记录`,
  back: '返回村民名册',
  loading: '正在读取…',
  notFound: '名册中找不到此人，可能已被删除，或已合并到另一条记录',
  details: '基本信息',
  fields: rosterFieldLabels,
  noTags: '—',
  showPhones: '显示完整电话号码',
  counts: (attended: number, excused: number, issues: number, closed: number) =>
    [
      `参会 ${attended} 次`,
      excused > 0 ? `请假 ${excused} 次` : '',
      `反映问题 ${issues} 件`,
      `已销号 ${closed} 件`,
    ]
      .filter((s) => s !== '')
      .join('，'),
  meetings: '参加的会议',
  meetingsEmpty: '暂无参会记录：此人还没有被列入任何会议的参会人员名单',
  meetingLink: (date: string, place: string, typeLabel: string) => `${date} ${place}${typeLabel}`,
  noPlace: '未填村组',
  meetingColumns: {
    meeting: '会议',
    place: '屋场/地点',
    topics: '议题',
    status: '参会情况',
    group: '组',
  },
  issues: '反映的问题',
  issuesEmpty: '暂无反映的问题',
  issueColumns: {
    date: '会议日期',
    seq: '序号',
    description: '问题描述',
    category: '问题类别',
    response: '处置方式',
    status: '办理状态',
    result: '办理结果',
    satisfaction: '回访满意度',
    closedOn: '销号日期',
  },
  seq: (seq: number) => `第${seq}条`,
  byName: '（按姓名）',
  byNameNote:
    '标“按姓名”的诉求，会议记录中没有从参会人员中选择反映人，按同一场会议参会名单中与此人同名的反映人计入。',
  overdue: '已逾期',
  reopened: (n: number) => `复号 ${n} 次`,
  none: '—',
  openHint: '点击一行或按回车键查看此人的参会与诉求记录',
  rowLabel: (name: string, place: string) =>
    `${name}${place ? `，${place}` : ''}，查看参会与诉求记录`,
} as const;
