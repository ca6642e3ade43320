// Databases as each released version of the app left them: the schema that version declared and
// rows written in the shape it wrote (version 1 wrote no version vectors). Literal values, not
// built with today's code, so an upgrade that loses or changes anything shows.
export type Fixture = {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, Record<string, unknown>[]>;
};

const v1Stores = {
  meetings: 'id, date, village, status, updatedAt',
  attendance: 'id, meetingId, personId, updatedAt',
  issues: 'id, meetingId, status, deadline, category, updatedAt',
  progress: 'id, issueId, updatedAt',
  persons: 'id, name, village, updatedAt',
  keyValues: 'key',
  fileLog: '++id, at',
};

const meetingId = '0b6f3c9e-1d2a-4e5f-8a7b-6c5d4e3f2a10';
const issueId = '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170';
const meta = (id: string, rev = 1) => ({
  id,
  createdAt: '2026-10-08T11:20:00.000Z',
  updatedAt: '2026-10-08T12:05:00.000Z',
  rev,
  deviceId: 'a8e6b1f2-laptop',
  deletedAt: null,
});

const v1Rows = {
  meetings: [
    {
      ...meta(meetingId, 7),
      status: '已结束',
      typeLabel: '屋场会',
      township: '桥头河镇',
      village: '石门村',
      group: '三组',
      host: '李德明家',
      place: '李德明家禾坪',
      date: '2026-10-08',
      startTime: '19:30',
      endTime: '21:10',
      topics: '村道硬化',
      chairName: '王建国',
      chairPost: '镇党委副书记',
      convener: '李德明',
      recorderName: '赵敏',
      recorderPost: '镇党政办干部',
      cadres: [{ level: '乡镇', names: '王建国、赵敏' }],
      policy: '讲解了农村危房改造政策。',
      decisions: '下周一前清理边沟。',
      notes: '',
      householdsCovered: 23,
    },
  ],
  attendance: [
    {
      ...meta('c1f0e9d8-7b6a-4c5d-9e8f-0a1b2c3d4e5f'),
      meetingId,
      personId: null,
      order: 0,
      name: '𠀀明',
      group: '三组',
      household: '𠀀明',
      identity: '群众',
      unit: '',
      post: '',
      status: '出席',
      phone: '13800138000',
    },
  ],
  issues: [
    {
      ...meta(issueId, 3),
      meetingId,
      seq: 1,
      source: '现场',
      raisedBy: '𠀀明',
      raisedByAttendanceId: null,
      collectiveHouseholds: null,
      category: '道路交通',
      nature: '求助',
      description: '村道塌方需要修复',
      place: '石门村三组',
      urgency: '紧急',
      sensitive: false,
      responseType: '交办',
      responseText: '乡交通站一周内勘察',
      respondedBy: '王建国',
      unit: '乡交通站',
      owner: '刘站长',
      cooperatingUnit: '',
      deadline: '2026-10-15',
      target: '恢复通行',
      forwardedTo: '',
      status: '办理中',
      result: '',
      completedOn: '',
      feedback: '',
      followUpBy: '',
      followUpOn: '',
      followUpMethod: '',
      satisfaction: '',
      closedOn: '',
      reopenReason: '',
      reopenCount: 0,
    },
  ],
  progress: [
    {
      ...meta('9d8c7b6a-5f4e-4d3c-a2b1-0f9e8d7c6b5a'),
      issueId,
      date: '2026-10-12',
      text: '已勘察，材料进场',
      by: '刘站长',
      method: '电话',
    },
  ],
  persons: [
    {
      ...meta('1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'),
      name: '𠀀明',
      village: '石门村',
      group: '三组',
      household: '𠀀明',
      tags: ['群众'],
      phone: '',
    },
  ],
  keyValues: [
    { key: 'deviceId', value: 'a8e6b1f2-laptop' },
    {
      key: 'settings',
      value: {
        township: '桥头河镇',
        meetingTypeLabel: '院坝会',
        categories: ['道路交通', '饮水安全'],
        identityTags: ['群众', '党员'],
        defaultDeadlineDays: 15,
        satisfactionScale: ['满意', '不满意'],
        satisfiedValues: ['满意'],
      },
    },
    { key: 'export:record', value: { privacy: 'internal-full', pageNumbers: 'centred' } },
  ],
  fileLog: [
    {
      id: 1,
      at: '2026-10-08T13:00:00.000Z',
      action: '导出',
      what: '屋场会记录',
      fileName: '石门村屋场会记录.docx',
      deviceId: 'a8e6b1f2-laptop',
    },
  ],
};

export const v1: Fixture = { version: 1, stores: v1Stores, rows: v1Rows };

const withClock = <T extends { rev: number }>(row: T) => ({
  ...row,
  clock: { 'a8e6b1f2-laptop': row.rev },
});

export const v2: Fixture = {
  version: 2,
  stores: { ...v1Stores, conflicts: 'id, [table+recordId], batchId', importBatches: 'id, at' },
  rows: {
    ...v1Rows,
    meetings: v1Rows.meetings.map(withClock),
    attendance: v1Rows.attendance.map(withClock),
    issues: v1Rows.issues.map(withClock),
    progress: v1Rows.progress.map(withClock),
    persons: v1Rows.persons.map(withClock),
    conflicts: [
      {
        id: 'conflict-1',
        table: 'issues',
        recordId: issueId,
        incoming: { ...withClock(v1Rows.issues[0]!), owner: '周科长', clock: { 'office-pc': 2 } },
        batchId: 'batch-1',
        fileName: '石门村.json',
        sourceDevice: 'office-pc',
        detectedAt: '2026-10-20T09:00:00.000Z',
      },
    ],
    importBatches: [
      {
        id: 'batch-1',
        at: '2026-10-20T09:00:00.000Z',
        files: [
          {
            name: '石门村.json',
            sourceDevice: 'office-pc',
            counts: { new: 0, updated: 0, unchanged: 5, conflict: 1 },
            written: [],
          },
        ],
        undoneAt: null,
      },
    ],
  },
};
