// The data part of a default copy (privacy.ts: dataPart 'without-phones') and its way back in.
// Written: a phone left out as `withheldPhone` (an empty phone stays empty, so clearing one
// travels), phone numbers in free texts masked as on paper, deleted records (tombstones) emptied
// to their ids, clocks and timestamps (a merged person keeps where it went), and the file marked
// `withheld` (format.ts). Imported: what was left out is not a change, so the office keeps the
// phone, the text and the content it already has; a full file is taken as it came. Photos: no
// 签到表 (names and signatures), phone numbers in captions masked as on paper, deleted ones
// emptied to their metadata; a photo the copy leaves out is simply absent, and absence is never
// a deletion.
import { clockOf, compareClocks } from '../domain/clock';
import { defaultSettings } from '../domain/schemas';
import type { Meeting, Photo } from '../domain/schemas';
import { blankAttendance, blankIssue, blankMeeting, blankProgressEntry } from '../domain/records';
import { maskPhonesInText } from '../docs/privacy';
import { withheldPhone } from '../roster/phone';
import { canonicalJson } from './canonical';
import type { ExchangeRecord, ExchangeRecords, RecordTable, Withholding } from './format';
import { recordTables } from './format';

type Fields = Record<string, unknown>;

const phoneFields: Record<RecordTable, readonly string[]> = {
  meetings: [],
  attendance: ['phone'],
  issues: [],
  progress: [],
  persons: ['phone'],
};

/** Free texts in which a phone number may be written. */
const textFields: Record<RecordTable, readonly string[]> = {
  meetings: ['topics', 'policy', 'decisions', 'notes', 'place', 'host'],
  attendance: [],
  issues: ['description', 'place', 'responseText', 'target', 'result', 'feedback', 'reopenReason'],
  progress: ['text'],
  persons: [],
};

const metaKeys = ['id', 'createdAt', 'updatedAt', 'rev', 'deviceId', 'clock', 'deletedAt'];

/** What an emptied tombstone still says besides its metadata: where a merged person went (an id,
 * nothing personal), so the merge travels in a default copy too. */
const tombstoneKeys: Record<RecordTable, readonly string[]> = {
  meetings: [],
  attendance: [],
  issues: [],
  progress: [],
  persons: ['mergedIntoId'],
};

/** A deleted record's name, where the schema wants one. */
const deletedName = '（已删除）';

/** The content a tombstone carries: the blank record, tied to its meeting or issue. */
function emptyContent(table: RecordTable, record: Fields): Fields {
  switch (table) {
    case 'meetings':
      return blankMeeting(defaultSettings, String(record.date));
    case 'attendance':
      return blankAttendance(String(record.meetingId), deletedName, Number(record.order));
    case 'issues': {
      const meeting = { id: String(record.meetingId), status: '进行中' } as Meeting;
      return blankIssue(meeting, Number(record.seq));
    }
    case 'progress':
      return blankProgressEntry(String(record.issueId), String(record.date));
    case 'persons':
      return { name: deletedName, village: '', group: '', household: '', tags: [], phone: '' };
  }
}

function meta(table: RecordTable, record: Fields): Fields {
  return Object.fromEntries(
    [...metaKeys, ...tombstoneKeys[table]].filter((k) => k in record).map((k) => [k, record[k]]),
  );
}

function emptied(table: RecordTable, record: Fields): Fields {
  return { ...emptyContent(table, record), ...meta(table, record) };
}

function withheld(table: RecordTable, record: Fields): Fields {
  if (record.deletedAt !== null) return emptied(table, record);
  const out: Fields = { ...record };
  for (const f of phoneFields[table]) out[f] = out[f] === '' ? '' : withheldPhone;
  for (const f of textFields[table]) {
    if (typeof out[f] === 'string') out[f] = maskPhonesInText(out[f]);
  }
  return out;
}

/** The records a default copy carries. */
export function withholdRecords(records: ExchangeRecords): ExchangeRecords {
  const out = { ...records };
  for (const table of recordTables) {
    (out[table] as Fields[]) = (records[table] as Fields[]).map((r) => withheld(table, r));
  }
  return out;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Whether `incoming` is the stored text with its phone numbers masked, and not the same. */
const isMaskedCopy = (stored: unknown, incoming: unknown) =>
  typeof stored === 'string' && incoming !== stored && maskPhonesInText(stored) === incoming;

/**
 * How to read a record of a file for what it may have left out. A full file's record that brings
 * nothing this computer has not seen is read as a version 1 file: it may be a copy that a default
 * copy once brought to the computer that relays it (its phone empty there, its text masked), and
 * it is no edit; a phone cleared since comes with an edit.
 */
function readingOf(
  withholding: Withholding,
  incoming: Parameters<typeof clockOf>[0],
  local: Parameters<typeof clockOf>[0] | undefined,
): Withholding {
  if (withholding !== 'nothing' || !local) return withholding;
  const order = compareClocks(clockOf(local), clockOf(incoming));
  return order === 'equal' || order === 'after' ? 'unmarked' : 'nothing';
}

/**
 * An incoming record with what a default copy left out taken from the stored one: an emptied
 * tombstone keeps the stored content, a left-out phone (`withheldPhone`) the stored phone (the
 * mark itself when none is stored), a text whose phones were masked the stored text. Anything
 * else in the incoming record is left as it came; so is a full file's record that brings an edit
 * (an empty phone there was cleared), but for an emptied tombstone and the mark.
 */
export function restoreWithheld<T extends ExchangeRecord>(
  table: RecordTable,
  incoming: T,
  local: T | undefined,
  withholding: Withholding,
): T {
  const record = incoming as Fields;
  const stored = (local ?? {}) as Fields;
  // Any file may carry an emptied tombstone: one a default copy brought to the computer that wrote
  // it stays emptied there and travels on so.
  if (local && record.deletedAt !== null && same(record, emptied(table, record))) {
    return { ...stored, ...meta(table, record) } as T;
  }
  const reading = readingOf(withholding, incoming, local);
  let out: Fields | undefined;
  const take = (f: string, value: unknown) => {
    if (record[f] === value) return;
    out ??= { ...record };
    out[f] = value;
  };
  for (const f of phoneFields[table]) {
    const kept = typeof stored[f] === 'string' && stored[f] !== '' ? stored[f] : null;
    // The mark means, in any file, a number its writer has not got: a stored one stays, and with
    // none the mark is kept, so this computer never sends an empty phone for it either.
    if (record[f] === withheldPhone || (reading === 'unmarked' && record[f] === '')) {
      if (kept !== null) take(f, kept);
    }
  }
  if (reading === 'nothing') return (out ?? record) as T;
  for (const f of textFields[table]) {
    if (isMaskedCopy(stored[f], record[f])) take(f, stored[f]);
  }
  return (out ?? record) as T;
}

/** A deleted photo with its picture and caption left out: what a default copy carries, and how
 * a photo deleted before this computer ever had it is kept (it holds no room under the cap). */
export function emptiedPhoto(photo: Photo): Photo {
  return { ...photo, caption: '', jpeg: '', bytes: 0 };
}

/** A deleted photo without its picture (emptied, or given up to make room: repositories/photos.ts). */
export const isEmptiedPhoto = (photo: Photo) => photo.deletedAt !== null && photo.bytes === 0;

/** The photos a default copy carries: none of kind 签到表, phones in captions masked, the
 * deleted ones emptied. */
export function withholdPhotos(photos: readonly Photo[]): Photo[] {
  return photos
    .filter((p) => p.kind !== '签到表')
    .map((p) =>
      p.deletedAt === null ? { ...p, caption: maskPhonesInText(p.caption) } : emptiedPhoto(p),
    );
}

/** An incoming emptied photo with the picture and caption this computer still holds, so a
 * deletion (from a default copy, or of a photo emptied to make room) leaves 撤销 possible here;
 * from a default copy (or relayed unchanged, readingOf), a caption whose phones were masked with
 * the stored caption. */
export function restoreWithheldPhoto(
  incoming: Photo,
  local: Photo | undefined,
  withholding: Withholding,
): Photo {
  if (!local) return incoming;
  if (isEmptiedPhoto(incoming)) {
    if (local.bytes === 0) return incoming;
    return { ...incoming, caption: local.caption, jpeg: local.jpeg, bytes: local.bytes };
  }
  return readingOf(withholding, incoming, local) !== 'nothing' &&
    isMaskedCopy(local.caption, incoming.caption)
    ? { ...incoming, caption: local.caption }
    : incoming;
}
