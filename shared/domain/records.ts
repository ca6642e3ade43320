// Creating and changing records. Ids are made on the device; every change bumps the revision
// and stamps the device, so files from several laptops can be merged later without guessing.
import type { Attendance, Content, Issue, Meeting, ProgressEntry, RecordMeta } from './schemas';
import type { Settings } from './schemas';
import { clockOf, clockTotal, tick } from './clock';
import { cadreLevels } from './vocabulary';

export type Stamp = { deviceId: string; now: string };

export function newRecordMeta(stamp: Stamp): RecordMeta {
  return {
    id: crypto.randomUUID(),
    createdAt: stamp.now,
    updatedAt: stamp.now,
    rev: 1,
    deviceId: stamp.deviceId,
    clock: { [stamp.deviceId]: 1 },
    deletedAt: null,
  };
}

/** The next revision of a record with some fields changed. */
export function reviseRecord<T extends RecordMeta>(
  record: T,
  patch: Partial<Content<T>>,
  stamp: Stamp,
): T {
  const clock = tick(clockOf(record), stamp.deviceId);
  return {
    ...record,
    ...patch,
    rev: clockTotal(clock),
    clock,
    updatedAt: stamp.now,
    deviceId: stamp.deviceId,
  };
}

export function tombstone<T extends RecordMeta>(record: T, stamp: Stamp): T {
  return { ...reviseRecord(record, {}, stamp), deletedAt: stamp.now };
}

export function restore<T extends RecordMeta>(record: T, stamp: Stamp): T {
  return { ...reviseRecord(record, {}, stamp), deletedAt: null };
}

export function blankMeeting(settings: Settings, date: string): Content<Meeting> {
  return {
    status: '筹备',
    typeLabel: settings.meetingTypeLabel,
    township: settings.township,
    village: '',
    group: '',
    host: '',
    place: '',
    date,
    startTime: '',
    endTime: '',
    topics: '',
    chairName: '',
    chairPost: '',
    convener: '',
    recorderName: '',
    recorderPost: '',
    cadres: cadreLevels.map((level) => ({ level, names: '' })),
    policy: '',
    decisions: '',
    notes: '',
    householdsCovered: null,
  };
}

export function blankAttendance(
  meetingId: string,
  name: string,
  order: number,
): Content<Attendance> {
  return {
    meetingId,
    personId: null,
    order,
    name,
    group: '',
    household: '',
    identity: '群众',
    unit: '',
    post: '',
    status: '出席',
    phone: '',
  };
}

export function blankIssue(meeting: Pick<Meeting, 'id' | 'status'>, seq: number): Content<Issue> {
  return {
    meetingId: meeting.id,
    seq,
    source:
      meeting.status === '筹备' ? '会前走访' : meeting.status === '已结束' ? '会后补充' : '现场',
    raisedBy: '',
    raisedByAttendanceId: null,
    collectiveHouseholds: null,
    // Nothing is guessed: what the issue is about is said by the villager, not assumed.
    category: '',
    nature: '',
    description: '',
    place: '',
    urgency: '一般',
    sensitive: false,
    responseType: null,
    responseText: '',
    respondedBy: '',
    unit: '',
    owner: '',
    cooperatingUnit: '',
    deadline: '',
    target: '',
    forwardedTo: '',
    status: '登记',
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
  };
}

export function blankProgressEntry(issueId: string, date: string): Content<ProgressEntry> {
  return {
    issueId,
    date,
    text: '',
    by: '',
    method: '',
    kind: '进展',
    toStatus: '',
    satisfaction: '',
    department: '',
    nextReviewOn: '',
  };
}
