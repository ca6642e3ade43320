// Valid raw records for the domain tests: each test copies one and changes what it is about.
import { blankAttendance, blankIssue } from '../../../../shared/domain/records';
import type { Attendance, Issue, Meeting, ProgressEntry } from '../../../../shared/domain/schemas';

export const meetingId = '3f2b8c1e-5d4a-4b6f-9a7e-1c2d3e4f5a6b';
export const issueId = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const meta = {
  createdAt: '2026-03-05T11:00:00.000Z',
  updatedAt: '2026-03-05T11:00:00.000Z',
  rev: 1,
  deviceId: 'laptop-1',
  deletedAt: null,
};

export function sampleMeeting(): Meeting {
  return {
    ...meta,
    id: meetingId,
    status: '进行中',
    typeLabel: '屋场会',
    township: '桥头河镇',
    village: '石门村',
    group: '三组',
    host: '李德明家',
    place: '李德明家禾坪',
    date: '2026-03-05',
    startTime: '19:30',
    endTime: '21:00',
    topics: '村道硬化\n饮水安全',
    chairName: '王建国',
    chairPost: '镇党委副书记',
    convener: '李德明',
    recorderName: '赵敏',
    recorderPost: '镇党政办干部',
    cadres: [{ level: '乡镇', names: '王建国、赵敏' }],
    policy: '讲解了农村危房改造政策。',
    decisions: '',
    notes: '',
    householdsCovered: null,
  };
}

export function sampleAttendance(
  order: number,
  name: string,
  extra: Partial<Attendance> = {},
): Attendance {
  return {
    ...meta,
    id: crypto.randomUUID(),
    ...blankAttendance(meetingId, name, order),
    group: '三组',
    ...extra,
  };
}

/** An assigned issue (交办) with an owner and a deadline. */
export function sampleIssue(seq = 1, extra: Partial<Issue> = {}): Issue {
  return {
    ...meta,
    id: crypto.randomUUID(),
    ...blankIssue(sampleMeeting(), seq),
    raisedBy: '李德明',
    description: '组里到主路的两公里村道雨天泥泞，希望硬化。',
    place: '三组',
    responseType: '交办',
    respondedBy: '王建国',
    unit: '镇交通站',
    owner: '刘强',
    deadline: '2026-03-12',
    target: '完成勘测并报县交通局',
    status: '办理中',
    ...extra,
  };
}

export function sampleProgress(extra: Partial<ProgressEntry> = {}): ProgressEntry {
  return {
    ...meta,
    id: crypto.randomUUID(),
    issueId,
    date: '2026-03-08',
    text: '已到现场勘测。',
    by: '刘强',
    method: '现场',
    kind: '进展',
    toStatus: '',
    satisfaction: '',
    department: '',
    nextReviewOn: '',
    ...extra,
  };
}
