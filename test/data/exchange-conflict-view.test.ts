// The 冲突 screen's words: every field a person enters has the interface's label, values read as
// on paper, and the heading names the meeting, attendee or issue instead of an id.
import { describe, expect, it } from 'vitest';
import {
  attendanceSchema,
  issueSchema,
  meetingSchema,
  personSchema,
  progressEntrySchema,
  recordMetaSchema,
} from '../../shared/domain/schemas';
import type { ExchangeRecord } from '../../shared/exchange/format';
import {
  conflictSubject,
  differences,
  fieldLabels,
  showValue,
} from '../../renderer/features/exchange/conflict-view';

const meta = new Set(Object.keys(recordMetaSchema.shape));
const entered = (shape: Record<string, unknown>) => Object.keys(shape).filter((k) => !meta.has(k));

describe('field labels', () => {
  it.each([
    ['meetings', meetingSchema.shape],
    ['attendance', attendanceSchema.shape],
    ['issues', issueSchema.shape],
    ['progress', progressEntrySchema.shape],
    ['persons', personSchema.shape],
  ] as const)('cover every field of %s in Chinese', (table, shape) => {
    const labels = fieldLabels[table];
    for (const key of entered(shape)) {
      expect(labels[key], key).toMatch(/^[\u4e00-\u9fff（(]/);
    }
  });

  it('use the capture screens’ words for the fields the issue names', () => {
    expect(fieldLabels.meetings.host).toBe('屋场');
    expect(fieldLabels.meetings.village).toBe('村(社区)');
    expect(fieldLabels.issues.deadline).toBe('办结时限');
    expect(fieldLabels.issues.owner).toBe('责任人');
    expect(fieldLabels.attendance.name).toBe('姓名');
  });
});

describe('values as a person reads them', () => {
  it.each([
    ['host', '', '（空）'],
    ['host', null, '（空）'],
    ['sensitive', true, '是'],
    ['sensitive', false, '否'],
    ['tags', ['党员', '村民代表'], '党员、村民代表'],
    ['cadres', [{ level: '县级', names: '李四' }], '县级：李四'],
    ['householdsCovered', 12, '12'],
    ['deletedAt', null, '未删除'],
  ])('%s = %j reads %s', (key, value, shown) => {
    expect(showValue(key, value)).toBe(shown);
  });
});

const base = {
  id: '7f1c2a9e-0000-4000-8000-000000000001',
  createdAt: '2026-11-27T00:00:00.000Z',
  updatedAt: '2026-11-27T00:00:00.000Z',
  rev: 1,
  deviceId: 'dev-a',
  deletedAt: null,
};

describe('differences', () => {
  it('name the changed fields by label and leave out bookkeeping and ids', () => {
    const mine = { ...base, meetingId: 'm-1', name: '张三', phone: '', personId: null };
    const theirs = { ...mine, name: '张叁', phone: '13800000000', rev: 5, personId: 'p-9' };
    const rows = differences(
      'attendance',
      mine as unknown as ExchangeRecord,
      theirs as unknown as ExchangeRecord,
    );
    expect(rows.map((r) => [r.field, r.mine, r.theirs])).toEqual([
      ['关联人员', '（指向另一条记录）', '（指向另一条记录）'],
      ['姓名', '张三', '张叁'],
      ['电话', '（空）', '13800000000'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('p-9');
  });
});

describe('the heading', () => {
  const meeting = { date: '2026-11-27', village: '石门村', host: '王家屋场', typeLabel: '屋场会' };

  it('names a meeting by its date, village and place', () => {
    const record = { ...base, ...meeting } as unknown as ExchangeRecord;
    expect(conflictSubject('meetings', record, {})).toBe('会议：2026-11-27 石门村 王家屋场 屋场会');
  });

  it('names an attendee and an issue with their meeting, never an id', () => {
    const attendee = { ...base, name: '张三', meetingId: 'm-1' } as unknown as ExchangeRecord;
    expect(conflictSubject('attendance', attendee, { meeting })).toBe(
      '参会人员：张三（2026-11-27 石门村 王家屋场 屋场会）',
    );
    const issue = {
      ...base,
      seq: 3,
      description: '村道塌方，雨天无法通行，请求尽快修复并加装护栏',
    } as unknown as ExchangeRecord;
    const heading = conflictSubject('issues', issue, { meeting });
    expect(heading).toBe(
      '诉求 第 3 条：村道塌方，雨天无法通行，请求尽快修复并加装护栏（2026-11-27 石门村 王家屋场 屋场会）',
    );
    expect(heading).not.toContain(base.id);
  });
});
