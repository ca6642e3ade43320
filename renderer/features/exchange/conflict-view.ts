// How the 冲突 screen shows a conflict to a person: each field by the label the capture screens
// use (domain.md §7), each value as it reads on paper (是/否, 、-joined lists, dates), and the
// record by what it is about (which meeting, attendee or issue), never by its id.
import type { ExchangeRecord, RecordTable } from '../../../shared/exchange/format';

type Labels = Record<string, string>;

const meetingLabels: Labels = {
  status: '会议状态',
  typeLabel: '会议名称',
  township: '乡镇',
  village: '村(社区)',
  group: '村民小组',
  host: '屋场',
  place: '具体地点',
  date: '会议日期',
  startTime: '开始时间',
  endTime: '结束时间',
  topics: '议题',
  chairName: '主持人',
  chairPost: '主持人职务',
  convener: '主事人',
  recorderName: '记录人',
  recorderPost: '记录人职务',
  cadres: '参会干部',
  policy: '政策宣讲',
  decisions: '议定事项',
  notes: '备注',
  householdsCovered: '覆盖户数',
};

const attendanceLabels: Labels = {
  meetingId: '所属会议',
  personId: '关联人员',
  order: '名单顺序',
  name: '姓名',
  group: '组',
  household: '户主',
  identity: '身份',
  unit: '单位',
  post: '职务',
  status: '出席情况',
  phone: '电话',
};

const issueLabels: Labels = {
  meetingId: '所属会议',
  seq: '序号',
  source: '来源',
  raisedBy: '反映人',
  raisedByAttendanceId: '反映人（参会名单中的）',
  collectiveHouseholds: '涉及户数',
  category: '问题类别',
  nature: '诉求性质',
  description: '问题描述',
  place: '涉及地点',
  urgency: '紧急程度',
  sensitive: '敏感（公示时不公开）',
  responseType: '处置方式',
  responseText: '答复内容',
  respondedBy: '答复人',
  unit: '责任单位',
  owner: '责任人',
  cooperatingUnit: '配合单位',
  deadline: '办结时限',
  target: '办理目标',
  forwardedTo: '转办部门',
  status: '办理状态',
  result: '办理结果',
  completedOn: '办结日期',
  feedback: '回访意见',
  followUpBy: '回访人',
  followUpOn: '回访日期',
  followUpMethod: '回访方式',
  satisfaction: '满意度',
  closedOn: '销号日期',
  reopenReason: '重新办理原因',
  reopenCount: '重新办理次数',
};

const progressLabels: Labels = {
  issueId: '所属诉求',
  date: '日期',
  text: '办理进展',
  by: '经办人',
  method: '方式',
  kind: '记录类型',
  toStatus: '办理状态',
  satisfaction: '满意度',
  department: '答复部门',
  nextReviewOn: '下次复核日期',
};

const personLabels: Labels = {
  name: '姓名',
  village: '村(社区)',
  group: '村民小组',
  household: '户主',
  tags: '身份',
  phone: '电话',
  /** Where a merged person went (roster merge): another record, shown as a link. */
  mergedIntoId: '合并到',
};

export const fieldLabels: Record<RecordTable, Labels> = {
  meetings: meetingLabels,
  attendance: attendanceLabels,
  issues: issueLabels,
  progress: progressLabels,
  persons: personLabels,
};

export const conflictLabels = {
  deleted: '删除',
  empty: '（空）',
  yes: '是',
  no: '否',
  notDeleted: '未删除',
  deletedOn: (when: string) => `已删除（${when}）`,
  otherLink: '（指向另一条记录）',
  unknownField: (key: string) => `其他字段（${key}）`,
  keepBothRefusedTitle: {
    meeting: '会议不提供“两者都保留”',
    rosterAttendee: '名册中的村民不提供“两者都保留”',
  },
} as const;

/** Fields every record has that are bookkeeping, not what a person entered. */
const bookkeeping = new Set(['rev', 'clock', 'deviceId', 'updatedAt', 'createdAt', 'id']);
/** Fields that hold another record's id: shown as changed, never as an id. */
const references = new Set([
  'meetingId',
  'personId',
  'raisedByAttendanceId',
  'issueId',
  'mergedIntoId',
]);

export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A value as a person reads it. */
export function showValue(key: string, value: unknown): string {
  if (key === 'deletedAt')
    return typeof value === 'string'
      ? conflictLabels.deletedOn(formatTimestamp(value))
      : conflictLabels.notDeleted;
  if (value === null || value === undefined || value === '') return conflictLabels.empty;
  if (typeof value === 'boolean') return value ? conflictLabels.yes : conflictLabels.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return conflictLabels.empty;
    return value
      .map((item) => {
        if (typeof item === 'object' && item !== null && 'level' in item && 'names' in item) {
          const { level, names } = item as { level: string; names: string };
          return `${level}：${names || conflictLabels.empty}`;
        }
        return String(item);
      })
      .join('、');
  }
  return conflictLabels.empty;
}

export type FieldDifference = { key: string; field: string; mine: string; theirs: string };

/** The fields that differ between this computer's copy and the imported one, in form order. */
export function differences(
  table: RecordTable,
  local: ExchangeRecord | undefined,
  incoming: ExchangeRecord,
): FieldDifference[] {
  const labels = fieldLabels[table];
  const read = (r: ExchangeRecord | undefined, key: string) =>
    r ? (r as unknown as Record<string, unknown>)[key] : undefined;
  const keys = [
    ...Object.keys(labels),
    'deletedAt',
    ...Object.keys(incoming).filter((k) => !(k in labels) && k !== 'deletedAt'),
  ].filter((k) => !bookkeeping.has(k));
  return keys
    .filter(
      (k) => JSON.stringify(read(local, k) ?? null) !== JSON.stringify(read(incoming, k) ?? null),
    )
    .map((key) => {
      const isReference = references.has(key);
      return {
        key,
        field:
          key === 'deletedAt'
            ? conflictLabels.deleted
            : (labels[key] ?? conflictLabels.unknownField(key)),
        mine: isReference ? conflictLabels.otherLink : showValue(key, read(local, key)),
        theirs: isReference ? conflictLabels.otherLink : showValue(key, read(incoming, key)),
      };
    });
}

type Named = { date?: string; village?: string; host?: string; typeLabel?: string };

/** 2026-11-27 石门村 王家屋场 屋场会 — the words a person knows a meeting by. */
export function meetingTitle(meeting: Named | undefined): string {
  if (!meeting) return '（本机没有这场会）';
  return [meeting.date, meeting.village, meeting.host, meeting.typeLabel || '屋场会']
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}

const shorten = (text: string, max = 24) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * What the conflict is about, as a heading: the record's own words and the meeting it belongs
 * to. `meetingOf` and `issueOf` look up the parent records this computer holds.
 */
export function conflictSubject(
  table: RecordTable,
  record: ExchangeRecord,
  parents: { meeting?: Named; issue?: { seq?: number; description?: string } },
): string {
  const r = record as unknown as Record<string, unknown>;
  const text = (key: string) => {
    const value = r[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  switch (table) {
    case 'meetings':
      return `会议：${meetingTitle(record as Named)}`;
    case 'attendance':
      return `参会人员：${text('name') || conflictLabels.empty}（${meetingTitle(parents.meeting)}）`;
    case 'issues':
      return `诉求 第 ${text('seq') || '?'} 条：${shorten(text('description')) || conflictLabels.empty}（${meetingTitle(parents.meeting)}）`;
    case 'progress':
      return `办理进展 ${text('date')}（诉求 第 ${String(parents.issue?.seq ?? '?')} 条：${shorten(parents.issue?.description ?? '')}）`;
    case 'persons':
      return `人员：${text('name') || conflictLabels.empty}${text('village') ? `（${text('village')}）` : ''}`;
  }
}
