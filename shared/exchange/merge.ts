// Merge rules: same content → unchanged; a copy that has seen everything ours has → update;
// both changed since their common version → a conflict the user resolves. Never a silent
// overwrite. An issue whose status the lifecycle rules do not allow given its history is refused
// with its new history (gate.ts). Files are planned one after another over what the earlier ones
// would write, so importing twice changes nothing and the order of non-conflicting files does
// not matter. Two laptops that merged the same two roster persons in opposite directions are not
// a conflict: the later merge stands on both (person-merges.ts).
import { clockOf, clockTotal, compareClocks, mergeClocks, tick } from '../domain/clock';
import type { ClosingPolicy } from '../domain/lifecycle';
import { newRecordMeta, type Stamp } from '../domain/records';
import type { RecordMeta } from '../domain/schemas';
import { canonicalJson } from './canonical';
import {
  recordTables,
  withholdingOf,
  type ExchangeFile,
  type ExchangeRecord,
  type RecordTable,
  type Withholding,
} from './format';
import { gateIssues, type IssueRefusal } from './gate';
import { settleOppositeMerges } from './person-merges';
import { restoreWithheld } from './withheld';

export type Decision = 'new' | 'updated' | 'unchanged' | 'conflict' | 'refused';

export type PlannedRecord = {
  table: RecordTable;
  decision: Decision;
  incoming: ExchangeRecord;
  local: ExchangeRecord | undefined;
  /** What to store: absent for an unchanged record whose stored copy is already right. */
  write?: ExchangeRecord;
  /** Why a refused record stays out: the issue's, for the issue and its history entries. */
  refusal?: IssueRefusal;
};

export type Lookup = (table: RecordTable, id: string) => ExchangeRecord | undefined;

const bookkeeping = new Set(['rev', 'clock', 'deviceId', 'updatedAt']);

/** Records as merging sees them: content plus the bookkeeping that orders versions. */
type Versioned = Pick<RecordMeta, 'id' | 'updatedAt' | 'deviceId' | 'rev'> & {
  clock?: RecordMeta['clock'];
};

export function sameContent(a: object, b: object): boolean {
  const strip = (r: object) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !bookkeeping.has(k)));
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}

function isLaterCopy(a: Versioned, b: Versioned): boolean {
  return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.deviceId > b.deviceId;
}

function withClock<T extends Versioned>(record: T, clock: Record<string, number>): T {
  return { ...record, clock, rev: clockTotal(clock) };
}

/**
 * The clock rules for one stored and one incoming version, whatever the table (records here,
 * photos in photo-merge.ts): what is decided and what to store.
 */
export function settleVersions<T extends Versioned>(
  incoming: T,
  local: T,
  same: boolean,
): { decision: 'updated' | 'unchanged' | 'conflict'; write?: T } {
  const order = compareClocks(clockOf(local), clockOf(incoming));
  if (same) {
    if (order === 'equal' || order === 'after') return { decision: 'unchanged' };
    // Keep the later copy's bookkeeping (updatedAt, deviceId) whichever arrives first, so the
    // order of the files does not change what is stored.
    const kept = order === 'before' || isLaterCopy(incoming, local) ? incoming : local;
    return {
      decision: 'unchanged',
      write: withClock(kept, mergeClocks(clockOf(local), clockOf(incoming))),
    };
  }
  if (order === 'before') return { decision: 'updated', write: incoming };
  if (order === 'after') return { decision: 'unchanged' };
  return { decision: 'conflict' };
}

export function decide(
  table: RecordTable,
  received: ExchangeRecord,
  local: ExchangeRecord | undefined,
  withholding: Withholding,
): PlannedRecord {
  // What a default copy leaves out (a phone, a deleted record's content) is not a change.
  const incoming = restoreWithheld(table, received, local, withholding);
  if (!local) return { table, decision: 'new', incoming, local, write: incoming };
  const settled = settleVersions<ExchangeRecord>(incoming, local, sameContent(local, incoming));
  return { table, incoming, local, ...settled };
}

/**
 * Plans each file in turn, under this computer's closing policy; later files see what earlier
 * ones would write (a file holds each record once, so its own records never see each other).
 */
export function planFiles(
  files: readonly ExchangeFile[],
  lookup: Lookup,
  policy: ClosingPolicy,
): PlannedRecord[][] {
  const overlay = new Map<string, ExchangeRecord>();
  const key = (table: RecordTable, id: string) => `${table}:${id}`;
  return files.map((file) => {
    const withholding = withholdingOf(file);
    const decided = recordTables.flatMap((table) =>
      (file.records[table] as ExchangeRecord[]).map((incoming) =>
        decide(
          table,
          incoming,
          overlay.get(key(table, incoming.id)) ?? lookup(table, incoming.id),
          withholding,
        ),
      ),
    );
    const planned = gateIssues(file, settleOppositeMerges(decided, file.records.persons), policy);
    for (const p of planned) if (p.write) overlay.set(key(p.table, p.incoming.id), p.write);
    return planned;
  });
}

export function countDecisions(planned: readonly PlannedRecord[]): Record<Decision, number> {
  const counts: Record<Decision, number> = {
    new: 0,
    updated: 0,
    unchanged: 0,
    conflict: 0,
    refused: 0,
  };
  for (const p of planned) counts[p.decision] += 1;
  return counts;
}

/** The issues of a file's plan that the lifecycle rules keep out. */
export function issueRefusals(planned: readonly PlannedRecord[]): IssueRefusal[] {
  return planned.flatMap((p) => (p.table === 'issues' && p.refusal ? [p.refusal] : []));
}

/** The history entries of a file's plan that the lifecycle rules keep out (with their photos). */
export function refusedEntries(planned: readonly PlannedRecord[]): ReadonlySet<string> {
  return new Set(
    planned.flatMap((p) =>
      p.table === 'progress' && p.decision === 'refused' ? [p.incoming.id] : [],
    ),
  );
}

/**
 * What a newly planned conflict does to the conflict already waiting for the same record (one
 * per table and record): 'same' when the waiting copy has seen everything the new one has (a
 * second import of the same file changes nothing), 'replace' when the new copy has seen the
 * waiting one, 'keep' when the two imported copies are themselves concurrent (the waiting one
 * stays; the file still holds the other, which conflicts again after the first is resolved).
 */
export function settleAgainstPending(
  pending: ExchangeRecord | undefined,
  incoming: ExchangeRecord,
): 'add' | 'same' | 'replace' | 'keep' {
  if (!pending) return 'add';
  const order = compareClocks(clockOf(pending), clockOf(incoming));
  if (order === 'equal' || order === 'after') return 'same';
  if (order === 'before') return 'replace';
  return 'keep';
}

export type Resolution = 'mine' | 'theirs' | 'both';

/**
 * 两者都保留 makes a second record with a new id, so it is not offered where that copy would be
 * wrong, and each refusal says why. A meeting's attendees, issues and their progress point at
 * the meeting's id: a copy would be an empty meeting beside the real one. An attendee linked to
 * a roster person is that person's presence at the meeting: a copy would list the person twice
 * in one meeting, which no other write allows (attendance.ts, PersonListedError).
 */
export const keepBothRefusals = {
  meeting:
    '会议不能“两者都保留”：参会人员和诉求都挂在原会议上，副本会是一场空会。请选择保留本机或采用导入，之后可在会议中修改',
  rosterAttendee:
    '名册中的村民不能“两者都保留”：一场会议只列一次，副本会把同一人列两次。请选择保留本机或采用导入，之后可在会议中修改',
} as const;

export type KeepBothRefusal = keyof typeof keepBothRefusals;

/** Why 两者都保留 is not offered for a conflict, or null when it is. */
export function keepBothRefusal(
  table: RecordTable,
  local: ExchangeRecord | undefined,
  incoming: ExchangeRecord,
): KeepBothRefusal | null {
  if (table === 'meetings') return 'meeting';
  const linksPerson = (r: ExchangeRecord | undefined) =>
    r !== undefined && 'personId' in r && r.personId !== null;
  if (table === 'attendance' && (linksPerson(local) || linksPerson(incoming)))
    return 'rosterAttendee';
  return null;
}

/**
 * The records to store when the user resolves a conflict. The kept version gets a clock that has
 * seen both sides (and this device's decision), so neither copy comes back as a conflict.
 */
export function resolveConflict<T extends ExchangeRecord>(
  table: RecordTable,
  local: T,
  incoming: T,
  choice: Resolution,
  stamp: Stamp,
): T[] {
  const clock = tick(mergeClocks(clockOf(local), clockOf(incoming)), stamp.deviceId);
  const stampKept = (r: T): T => ({
    ...withClock(r, clock),
    updatedAt: stamp.now,
    deviceId: stamp.deviceId,
  });
  if (choice === 'mine') return [stampKept(local)];
  if (choice === 'theirs') return [stampKept(incoming)];
  const refusal = keepBothRefusal(table, local, incoming);
  if (refusal) throw new Error(keepBothRefusals[refusal]);
  const copy = { ...incoming, ...newRecordMeta(stamp), deletedAt: incoming.deletedAt } as T;
  return [stampKept(local), copy];
}
