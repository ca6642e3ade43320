// One villager's history, on a small hand-made township: which meetings and issues count, in
// which order, and what the counts say. Every expectation below is read off the fixture by hand.
import { describe, expect, it } from 'vitest';
import type { Attendance, Issue, Meeting, Person } from '../../../../shared/domain/schemas';
import { personHistory, type HistoryRecords } from '../../../../shared/roster/history';
import { sampleAttendance, sampleIssue, sampleMeeting } from '../domain/sample-records';

const gone = '2026-08-01T00:00:00.000Z';
const today = '2026-06-10';

const zhang: Person = {
  id: 'p-zhang',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  deviceId: 'laptop-1',
  deletedAt: null,
  name: '张三',
  village: '石门村',
  group: '三组',
  household: '张大山',
  tags: ['党员'],
  phone: '13800000001',
};

const meeting = (id: string, date: string, extra: Partial<Meeting> = {}): Meeting => ({
  ...sampleMeeting(),
  id,
  date,
  ...extra,
});
const row = (id: string, meetingId: string, name: string, extra: Partial<Attendance> = {}) => ({
  ...sampleAttendance(0, name, { id, meetingId, personId: 'p-zhang', ...extra }),
});
const issue = (id: string, meetingId: string, seq: number, extra: Partial<Issue> = {}) =>
  sampleIssue(seq, { id, meetingId, raisedBy: '张三', raisedByAttendanceId: null, ...extra });

const records: HistoryRecords = {
  meetings: [
    meeting('m1', '2026-03-05', { group: '三组', topics: '村道硬化\n饮水安全' }),
    meeting('m2', '2026-05-10', { group: '一组', startTime: '19:30', host: '王家' }),
    meeting('m3', '2026-05-10', { group: '二组', startTime: '09:00' }),
    meeting('m4', '2026-06-01', { deletedAt: gone }),
    meeting('m5', '2026-07-01'),
    meeting('m6', '2026-04-01', { status: '筹备' }),
    meeting('m7', '2026-02-01'),
  ],
  attendance: [
    row('a1', 'm1', '张三'),
    // Entered twice in m1: the row that says 出席 wins over 列席.
    row('a1b', 'm1', '张三', { status: '列席' }),
    row('a2', 'm2', '张老三', { status: '列席', group: '一组' }),
    row('a3', 'm3', '张三'),
    // Another 张三 in m3, not linked to the roster: the name alone says nothing there.
    row('a3x', 'm3', '张三', { personId: null }),
    row('a4', 'm4', '张三'),
    row('a5', 'm5', '张三', { deletedAt: gone }),
    row('a6', 'm6', '张三', { status: '请假' }),
    row('b1', 'm1', '李四', { personId: 'p-li' }),
    row('b7', 'm7', '张三', { personId: null }),
  ],
  issues: [
    issue('i1', 'm1', 2, {
      raisedByAttendanceId: 'a1',
      category: '道路交通',
      description:
        '组里到主路的两公里村道雨天泥泞，车子进不来，老人孩子出门很不方便，希望尽快硬化。',
      status: '已销号',
      result: '已完成硬化 ',
      completedOn: '2026-04-20',
      satisfaction: '满意',
      closedOn: '2026-04-25',
    }),
    issue('i2', 'm1', 1, { raisedBy: '李四', raisedByAttendanceId: 'b1' }),
    issue('i3', 'm1', 3, { description: '路灯不亮' }),
    issue('i4', 'm2', 1, { raisedBy: '张老三' }),
    issue('i5', 'm3', 1),
    issue('i6', 'm3', 2, { raisedByAttendanceId: 'a3', deadline: '2026-05-17' }),
    issue('i7', 'm1', 4, { raisedByAttendanceId: 'a1', deletedAt: gone }),
    issue('i8', 'm4', 1, { raisedByAttendanceId: 'a4' }),
    issue('i9', 'm5', 1, { raisedByAttendanceId: 'a5' }),
    issue('i10', 'm1', 5, { raisedBy: '张三', collectiveHouseholds: 3 }),
    issue('i11', 'm7', 1),
    issue('i12', 'm6', 1, { raisedByAttendanceId: 'a6', source: '会前走访' }),
    // Raised by 张三's name in m1, but another attendee was chosen as 反映人.
    issue('i13', 'm1', 6, { raisedBy: '张三', raisedByAttendanceId: 'b1' }),
  ],
};

describe('personHistory', () => {
  const history = personHistory(zhang, records, today);

  it('lists each live meeting the person is linked to once, newest first, with the best status', () => {
    // m2 and m3 are on one day, m2 later in it; m4 is deleted and their row in m5 is deleted;
    // m7's 张三 is not linked to the roster.
    expect(history.meetings.map((m) => [m.meetingId, m.date, m.status])).toEqual([
      ['m2', '2026-05-10', '列席'],
      ['m3', '2026-05-10', '出席'],
      ['m6', '2026-04-01', '请假'],
      ['m1', '2026-03-05', '出席'],
    ]);
    const m2 = history.meetings[0];
    expect([m2?.village, m2?.group, m2?.host, m2?.attendeeGroup]).toEqual([
      '石门村',
      '一组',
      '王家',
      '一组',
    ]);
    expect(history.meetings[3]?.topics).toBe('村道硬化 饮水安全');
  });

  it('lists the issues raised through their rows, or by their name where no attendee was chosen', () => {
    // m2: i4 by the name on their row; m3: i6 by link (i5's name is shared with another
    // attendee); m6: i12 by link; m1: i1 by link and i3 by name. Not: i2 and i13 (李四's row),
    // i7 (deleted), i8 (deleted meeting), i9 (deleted row), i10 (collective), i11 (not theirs).
    expect(history.issues.map((i) => [i.issueId, i.meetingDate, i.seq, i.matchedBy])).toEqual([
      ['i4', '2026-05-10', 1, 'name'],
      ['i6', '2026-05-10', 2, 'link'],
      ['i12', '2026-04-01', 1, 'link'],
      ['i1', '2026-03-05', 2, 'link'],
      ['i3', '2026-03-05', 3, 'name'],
    ]);
  });

  it('says what became of each issue', () => {
    const closed = history.issues.find((i) => i.issueId === 'i1');
    expect(closed).toMatchObject({
      category: '道路交通',
      // The first 30 characters, punctuation included, then ……
      summary: '组里到主路的两公里村道雨天泥泞，车子进不来，老人孩子出门很不……',
      responseType: '交办',
      status: '已销号',
      isOverdue: false,
      result: '已完成硬化',
      completedOn: '2026-04-20',
      satisfaction: '满意',
      closedOn: '2026-04-25',
    });
    // 办理中 with a deadline of 2026-05-17, on 2026-06-10.
    expect(history.issues.find((i) => i.issueId === 'i6')?.isOverdue).toBe(true);
    expect(history.issues.find((i) => i.issueId === 'i3')?.summary).toBe('路灯不亮');
  });

  it('counts 参会 (出席 or 列席), 请假, 反映问题 and 已销号', () => {
    expect(history.counts).toEqual({ attended: 3, excused: 1, issues: 5, closed: 1 });
  });

  it('is empty for a person on no attendance list', () => {
    const nobody = { ...zhang, id: 'p-nobody', name: '无名' };
    expect(personHistory(nobody, records, today)).toEqual({
      person: nobody,
      meetings: [],
      issues: [],
      counts: { attended: 0, excused: 0, issues: 0, closed: 0 },
    });
  });
});
