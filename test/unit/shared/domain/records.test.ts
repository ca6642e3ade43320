import { describe, expect, it } from 'vitest';
import {
  blankAttendance,
  blankIssue,
  blankMeeting,
  blankProgressEntry,
  newRecordMeta,
  restore,
  reviseRecord,
  tombstone,
} from '../../../../shared/domain/records';
import {
  attendanceSchema,
  defaultSettings,
  issueSchema,
  meetingSchema,
  progressEntrySchema,
  recordMetaSchema,
} from '../../../../shared/domain/schemas';
import { sampleIssue, sampleMeeting } from './sample-records';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const first = { deviceId: 'laptop-1', now: '2026-03-05T11:00:00.000Z' };
const second = { deviceId: 'laptop-2', now: '2026-03-06T02:30:00.000Z' };

describe('newRecordMeta', () => {
  it('makes a fresh v4 UUID, rev 1, stamped and not deleted', () => {
    const meta = newRecordMeta(first);
    expect(meta.id).toMatch(uuid);
    expect(meta).toMatchObject({
      createdAt: first.now,
      updatedAt: first.now,
      rev: 1,
      deviceId: 'laptop-1',
      deletedAt: null,
    });
    expect(recordMetaSchema.parse(meta)).toEqual(meta);
  });

  it('never repeats an id', () => {
    const ids = new Set(Array.from({ length: 1_000 }, () => newRecordMeta(first).id));
    expect(ids.size).toBe(1_000);
  });
});

describe('reviseRecord', () => {
  it('applies the patch, bumps rev and stamps device and time', () => {
    const meeting = { ...sampleMeeting(), rev: 3 };
    const next = reviseRecord(meeting, { village: '新村', householdsCovered: 12 }, second);
    expect(next).toMatchObject({
      id: meeting.id,
      createdAt: meeting.createdAt,
      village: '新村',
      householdsCovered: 12,
      rev: 4,
      updatedAt: second.now,
      deviceId: 'laptop-2',
      deletedAt: null,
    });
    expect(next.township).toBe(meeting.township);
  });

  it('does not change the original record', () => {
    const meeting = sampleMeeting();
    const copy = structuredClone(meeting);
    reviseRecord(meeting, { village: '新村' }, second);
    expect(meeting).toEqual(copy);
  });

  it('bumps rev on every revision, even with an empty patch', () => {
    let meeting = sampleMeeting();
    for (let i = 0; i < 5; i += 1) meeting = reviseRecord(meeting, {}, first);
    expect(meeting.rev).toBe(6);
  });

  it('keeps the result valid for the schema', () => {
    const next = reviseRecord(
      sampleIssue(),
      { status: '已办结', completedOn: '2026-03-10' },
      second,
    );
    expect(issueSchema.parse(next)).toEqual(next);
  });

  it('does not let a patch carry metadata (type-level)', () => {
    const meeting = sampleMeeting();
    // @ts-expect-error -- metadata is never part of a content patch
    const next = reviseRecord(meeting, { rev: 99 }, first);
    // At runtime the stamp wins over anything that slipped through.
    expect(next.rev).toBe(meeting.rev + 1);
  });
});

describe('tombstone and restore', () => {
  it('tombstone marks deleted at the stamp time and bumps rev', () => {
    const issue = sampleIssue();
    const dead = tombstone(issue, second);
    expect(dead).toMatchObject({
      id: issue.id,
      deletedAt: second.now,
      updatedAt: second.now,
      deviceId: 'laptop-2',
      rev: issue.rev + 1,
      description: issue.description,
    });
    expect(issue.deletedAt).toBeNull();
  });

  it('restore clears deletedAt and bumps rev again', () => {
    const issue = sampleIssue();
    const back = restore(tombstone(issue, second), first);
    expect(back.deletedAt).toBeNull();
    expect(back.rev).toBe(issue.rev + 2);
    expect(back.deviceId).toBe('laptop-1');
    expect(back.updatedAt).toBe(first.now);
    expect(issueSchema.parse(back)).toEqual(back);
  });
});

describe('blank records', () => {
  const meeting = sampleMeeting();

  it('blank meeting uses the settings and is valid once given meta', () => {
    const settings = { ...defaultSettings, township: '桥头河镇', meetingTypeLabel: '院坝会' };
    const blank = blankMeeting(settings, '2026-03-05');
    expect(blank).toMatchObject({
      status: '筹备',
      township: '桥头河镇',
      typeLabel: '院坝会',
      date: '2026-03-05',
    });
    expect(meetingSchema.safeParse({ ...newRecordMeta(first), ...blank }).success).toBe(true);
  });

  it('blank attendance is a present 群众 and valid', () => {
    const blank = blankAttendance(meeting.id, '王䶮', 3);
    expect(blank).toMatchObject({ status: '出席', identity: '群众', order: 3, name: '王䶮' });
    expect(attendanceSchema.safeParse({ ...newRecordMeta(first), ...blank }).success).toBe(true);
  });

  it.each([
    ['筹备', '会前走访'],
    ['进行中', '现场'],
    ['已结束', '会后补充'],
  ] as const)('blank issue in a %s meeting has source %s', (status, source) => {
    const blank = blankIssue({ ...meeting, status }, 4);
    expect(blank.source).toBe(source);
    expect(blank).toMatchObject({
      seq: 4,
      status: '登记',
      responseType: null,
      meetingId: meeting.id,
    });
    // Nothing guessed: category and nature wait for what the villager says.
    expect(blank.category).toBe('');
    expect(blank.nature).toBe('');
  });

  it('blank issue is valid for the schema once given meta', () => {
    const blank = blankIssue(meeting, 1);
    expect(issueSchema.safeParse({ ...newRecordMeta(first), ...blank }).success).toBe(true);
  });

  it('blank progress entry is valid', () => {
    const entry = blankProgressEntry(crypto.randomUUID(), '2026-03-08');
    expect(progressEntrySchema.safeParse({ ...newRecordMeta(first), ...entry }).success).toBe(true);
  });
});
