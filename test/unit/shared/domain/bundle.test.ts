import { describe, expect, it } from 'vitest';
import { liveBundle, meetingBundleSchema } from '../../../../shared/domain/bundle';
import type { MeetingBundle } from '../../../../shared/domain/bundle';
import { sampleAttendance, sampleIssue, sampleMeeting, sampleProgress } from './sample-records';

const deleted = { deletedAt: '2026-03-06T08:00:00.000Z' };

function bundle(): MeetingBundle {
  return {
    meeting: sampleMeeting(),
    attendance: [
      sampleAttendance(2, '王五'),
      sampleAttendance(0, '张三'),
      sampleAttendance(1, '李四', deleted),
      sampleAttendance(1, '赵六'),
    ],
    issues: [
      sampleIssue(3),
      sampleIssue(1, deleted),
      sampleIssue(2),
      sampleIssue(1, { description: '第一条' }),
    ],
    progress: [sampleProgress({ text: '甲' }), sampleProgress({ ...deleted, text: '乙' })],
  };
}

describe('liveBundle', () => {
  it('drops deleted records and sorts attendance by order and issues by number', () => {
    const live = liveBundle(bundle());
    expect(live.attendance.map((a) => a.name)).toEqual(['张三', '赵六', '王五']);
    expect(live.issues.map((i) => i.seq)).toEqual([1, 2, 3]);
    expect(live.issues[0]?.description).toBe('第一条');
    expect(live.progress.map((p) => p.text)).toEqual(['甲']);
  });

  it('keeps the meeting as it is', () => {
    const input = bundle();
    expect(liveBundle(input).meeting).toBe(input.meeting);
  });

  it('does not reorder or shrink the arrays it was given', () => {
    const input = bundle();
    const before = structuredClone(input);
    liveBundle(input);
    expect(input).toEqual(before);
  });

  it('handles an empty bundle', () => {
    const empty = { meeting: sampleMeeting(), attendance: [], issues: [], progress: [] };
    expect(liveBundle(empty)).toEqual(empty);
  });
});

describe('meetingBundleSchema', () => {
  it('accepts a valid bundle and refuses a bad record inside it', () => {
    expect(meetingBundleSchema.safeParse(bundle()).success).toBe(true);
    const bad = bundle();
    expect(
      meetingBundleSchema.safeParse({ ...bad, issues: [{ ...bad.issues[0], status: '已逾期' }] })
        .success,
    ).toBe(false);
    expect(meetingBundleSchema.safeParse({ ...bad, progress: undefined }).success).toBe(false);
  });
});
