// Every word the follow-up screens show (domain.md §7).
import type { ProgressKind } from '../../../shared/domain/follow-up-vocabulary';
import type { IssueStatus } from '../../../shared/domain/vocabulary';

export const followUpLabels = {
  title: (seq: number) => `第 ${seq} 条诉求 · 跟踪办理`,
  notFound: '找不到这条诉求，可能已被删除',
  backToMeeting: '返回会议',
  meeting: '会议',
  description: '问题描述',
  raisedBy: '反映人',
  response: '处置方式',
  owner: '责任单位/责任人',
  deadline: '办结时限',
  forwardedTo: '转办部门',
  nextReview: '下次复核',
  reviewDue: '已到复核时间',
  status: '办理状态',
  overdue: '已逾期',
  dueSoon: '即将到期',
  reopened: (n: number) => `已复号 ${n} 次`,
  actions: '办理操作',
  noActions: '尚未确定处置方式：请先在会议中选择处置方式',
  closedNote: '已销号。如群众再次反映，可复号重新办理。',
  closingBlocked: '暂不能销号：',
  history: '办理记录',
  entryPhotos: (date: string, kind: string) => `${date}${kind}的照片`,
  historyEmpty: '暂无办理记录',
  origin: (date: string, meetingType: string, response: string) =>
    `${date} ${meetingType}上${response}`,
  recorded: (at: string, device: string) => `记录于 ${at} · 设备 ${device}`,
  toStatus: (s: IssueStatus) => `→ ${s}`,
  submit: '记入',
  cancel: '取消',
  saved: (kind: ProgressKind) => `已记入：${kind}`,
  failed: '未能保存：',
  fields: {
    date: '日期',
    method: '方式',
    text: '办理情况',
    by: '办理人',
    satisfaction: '满意度',
    department: '答复部门',
    nextReviewOn: '下次复核日期',
    startWork: '已具备条件，转入办理',
  },
} as const;

/** The button that opens each step, and the words that change per step. */
export const stepLabels: Record<
  ProgressKind,
  { button: string; text: string; by: string; date: string }
> = {
  进展: { button: '登记办理进展', text: '办理情况', by: '办理人', date: '办理日期' },
  办结: { button: '办结', text: '办理结果', by: '办理人', date: '办结日期' },
  回访: { button: '回访', text: '群众意见', by: '回访人', date: '回访日期' },
  销号: { button: '销号', text: '备注', by: '经办人', date: '销号日期' },
  复号: { button: '复号', text: '复号原因', by: '经办人', date: '复号日期' },
  转办答复: { button: '登记部门答复', text: '答复内容', by: '登记人', date: '答复日期' },
  规划复核: { button: '规划复核', text: '复核情况', by: '复核人', date: '复核日期' },
};
