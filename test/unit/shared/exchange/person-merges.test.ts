// Roster merges in the exchange format: where a merged person went, which persons a file carries
// with the ones its attendance names, the default copy keeping the link, the reader refusing a
// link to a person the file lacks, and opposite merges of one pair settled the same way on both
// laptops. Every expectation is worked out by hand from the persons below.
import { describe, expect, it } from 'vitest';
import type { ClosingPolicy } from '../../../../shared/domain/lifecycle';
import type { Person } from '../../../../shared/domain/schemas';
import { meetingRecords } from '../../../../shared/exchange/bundles';
import { createExchangeFile, serializeExchangeFile } from '../../../../shared/exchange/write';
import { emptyRecords, type ExchangeFile } from '../../../../shared/exchange/format';
import { planFiles, type PlannedRecord } from '../../../../shared/exchange/merge';
import { parseExchangeText } from '../../../../shared/exchange/parse';
import {
  isMergedAway,
  laterMerge,
  mergeTargetOf,
  withMergedPersons,
} from '../../../../shared/exchange/person-merges';
import { restoreWithheld, withholdRecords } from '../../../../shared/exchange/withheld';
import { meetingId, sampleAttendance, sampleMeeting } from '../domain/sample-records';

const ids = {
  a: '10000000-0000-4000-8000-00000000000a',
  b: '10000000-0000-4000-8000-00000000000b',
  c: '10000000-0000-4000-8000-00000000000c',
  d: '10000000-0000-4000-8000-00000000000d',
  e: '10000000-0000-4000-8000-00000000000e',
};

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    rev: 1,
    deviceId: 'office',
    clock: { office: 1 },
    deletedAt: null,
    name,
    village: '石门村',
    group: '一组',
    household: '',
    tags: [],
    phone: '',
    ...extra,
  };
}

/** `p` as the laptop `device` merged it into `into` at `at`: one edit more, deleted. */
function mergedAway(p: Person, into: string, device: string, at: string): Person {
  return {
    ...p,
    rev: p.rev + 1,
    clock: { ...p.clock, [device]: 1 },
    deviceId: device,
    updatedAt: at,
    deletedAt: at,
    mergedIntoId: into,
  };
}

/** `p` as the kept person of a merge on `device` at `at`, with `patch` merged in. */
function kept(p: Person, device: string, at: string, patch: Partial<Person>): Person {
  return {
    ...p,
    ...patch,
    rev: p.rev + 1,
    clock: { ...p.clock, [device]: 1 },
    deviceId: device,
    updatedAt: at,
  };
}

const a = person(ids.a, '张三');
const b = person(ids.b, '张 三');
const c = person(ids.c, '张叁');
const d = person(ids.d, '张三丰');
const e = person(ids.e, '李四');

describe('where a merged person went', () => {
  // A into B on one day, B into C the next; D into C; E never merged.
  const aToB = mergedAway(a, ids.b, 'laptop-1', '2026-03-02T08:00:00.000Z');
  const bToC = mergedAway(b, ids.c, 'laptop-1', '2026-03-03T08:00:00.000Z');
  const dToC = mergedAway(d, ids.c, 'laptop-2', '2026-03-04T08:00:00.000Z');
  const roster = [aToB, bToC, c, dToC, e];
  const get = (id: string) => roster.find((p) => p.id === id);

  it('knows a merged tombstone from a plain deletion and a live person', () => {
    expect(isMergedAway(aToB)).toBe(true);
    expect(isMergedAway(c)).toBe(false);
    expect(isMergedAway({ ...e, deletedAt: '2026-03-05T08:00:00.000Z' })).toBe(false);
    // A merged person brought back to life is a person again, whatever it still names.
    expect(isMergedAway({ ...aToB, deletedAt: null })).toBe(false);
  });

  it('follows every merge to the end, and moves nobody round a cycle or to an unknown person', () => {
    expect(mergeTargetOf(ids.a, get)).toBe(ids.c);
    expect(mergeTargetOf(ids.b, get)).toBe(ids.c);
    expect(mergeTargetOf(ids.c, get)).toBe(ids.c);
    expect(mergeTargetOf(ids.e, get)).toBe(ids.e);
    const cycle = [mergedAway(a, ids.b, 'x', a.updatedAt), mergedAway(b, ids.a, 'y', b.updatedAt)];
    expect(mergeTargetOf(ids.a, (id) => cycle.find((p) => p.id === id))).toBe(ids.a);
    // B is unknown here: A stays where it is rather than pointing at nobody.
    expect(mergeTargetOf(ids.a, (id) => (id === ids.a ? aToB : undefined))).toBe(ids.a);
  });

  it('carries with a named person everyone merged into it, through chains, once each', () => {
    expect(withMergedPersons([ids.c], roster).map((p) => p.name)).toEqual([
      '张三',
      '张 三',
      '张叁',
      '张三丰',
    ]);
    // A named tombstone brings where it went, and so everyone merged there too.
    expect(withMergedPersons([ids.b, ids.b], roster).map((p) => p.id)).toEqual([
      ids.a,
      ids.b,
      ids.c,
      ids.d,
    ]);
    expect(withMergedPersons([ids.e, ids.e], roster)).toEqual([e]);
    expect(withMergedPersons([], roster)).toEqual([]);
  });
});

describe('a merge in a file', () => {
  const aToB = mergedAway(a, ids.b, 'laptop-1', '2026-03-02T08:00:00.000Z');

  it('travels in a document’s data part with the meeting that names the kept person', () => {
    // The backup holds A merged into B, and C and E; the meeting's two attendees name B.
    const records = {
      ...emptyRecords(),
      meetings: [sampleMeeting()],
      attendance: [
        sampleAttendance(0, '张 三', { personId: ids.b }),
        sampleAttendance(1, '张 三', { personId: ids.b }),
      ],
      persons: [aToB, b, c, e],
    };
    expect(meetingRecords(records, meetingId).persons).toEqual([aToB, b]);
  });

  it('keeps where a tombstone went in a default copy, and takes it back in whole', () => {
    const records = { ...emptyRecords(), persons: [aToB, b] };
    const [emptiedA] = withholdRecords(records).persons;
    expect(emptiedA).toMatchObject({ name: '（已删除）', phone: '', mergedIntoId: ids.b });
    // The office still has 张三 live: the emptied tombstone is its merge, with its own content.
    const restored = restoreWithheld('persons', emptiedA as Person, a, 'marked');
    expect(restored).toEqual({ ...a, ...aToB });
  });

  it('reads a file written before merges travelled, and refuses a merge into a person it lacks', async () => {
    const header = {
      kind: 'exchange' as const,
      exportedAt: '2026-03-06T08:00:00.000Z',
      appVersion: '0.1.0',
      source: { deviceId: 'laptop-1', label: '' },
    };
    const older = await createExchangeFile(header, { ...emptyRecords(), persons: [a, b] });
    const read = await parseExchangeText(serializeExchangeFile(older), '旧文件.json');
    expect(read.ok && read.file.records.persons.map((p) => 'mergedIntoId' in p)).toEqual([
      false,
      false,
    ]);
    const broken = await createExchangeFile(header, { ...emptyRecords(), persons: [aToB] });
    expect(await parseExchangeText(serializeExchangeFile(broken), '合并.json')).toEqual({
      ok: false,
      message: '“合并.json”中的村民“张三”已合并到的村民不在文件中',
    });
  });
});

describe('opposite merges of one pair', () => {
  const policy: ClosingPolicy = {
    closingRule: '办结并回访满意',
    satisfiedValues: ['满意'],
    satisfactionScale: ['满意', '不满意'],
  };
  // Laptop 1 keeps B (taking A's phone) at 09:00; laptop 2 keeps A (taking B's household) at 10:00.
  const one = [
    mergedAway(a, ids.b, 'laptop-1', '2026-03-02T09:00:00.000Z'),
    kept(b, 'laptop-1', '2026-03-02T09:00:00.000Z', { phone: '13800000001' }),
  ];
  const two = [
    kept(a, 'laptop-2', '2026-03-02T10:00:00.000Z', { household: '张大' }),
    mergedAway(b, ids.a, 'laptop-2', '2026-03-02T10:00:00.000Z'),
  ];
  const fileOf = (persons: Person[]): ExchangeFile => ({
    format: 'wuchanghui-exchange',
    version: 1,
    kind: 'exchange',
    exportedAt: '2026-03-03T08:00:00.000Z',
    appVersion: '0.1.0',
    source: { deviceId: 'x', label: '' },
    records: { ...emptyRecords(), persons },
    checksum: { algorithm: 'SHA-256', value: '0'.repeat(64) },
  });
  const importInto = (stored: Person[], incoming: Person[]): PlannedRecord[] =>
    planFiles([fileOf(incoming)], (_table, id) => stored.find((p) => p.id === id), policy)[0] ?? [];
  const stored = (plan: PlannedRecord[], before: Person[]): Person[] =>
    before.map((p) => (plan.find((r) => r.incoming.id === p.id)?.write as Person | undefined) ?? p);

  it('lets the later merge stand, the same on both laptops, and a second exchange changes nothing', () => {
    const onOne = importInto(one, two);
    const onTwo = importInto(two, one);
    // Laptop 2 merged later: on laptop 1 both persons are updated to laptop 2's copies.
    expect(onOne.map((p) => p.decision)).toEqual(['updated', 'updated']);
    expect(onTwo.map((p) => p.decision)).toEqual(['unchanged', 'unchanged']);
    const afterOne = stored(onOne, one);
    const afterTwo = stored(onTwo, two);
    expect(afterOne).toEqual(afterTwo);
    const [keptA, droppedB] = afterOne as [Person, Person];
    expect(keptA).toMatchObject({ deletedAt: null, household: '张大', phone: '' });
    expect(keptA.clock).toEqual({ office: 1, 'laptop-1': 1, 'laptop-2': 1 });
    expect(keptA.rev).toBe(3);
    expect(droppedB).toMatchObject({ mergedIntoId: ids.a, deletedAt: '2026-03-02T10:00:00.000Z' });
    // Either laptop's copies read by the other (or by a third) now change nothing.
    expect(
      importInto(afterOne, afterTwo).every((p) => p.decision === 'unchanged' && !p.write),
    ).toBe(true);
    expect(importInto(one, afterTwo).map((p) => p.decision)).toEqual(['updated', 'updated']);
  });

  it('breaks a tie of the same instant by device, then by person', () => {
    const at = '2026-03-02T09:00:00.000Z';
    const first = mergedAway(a, ids.b, 'laptop-1', at);
    const second = mergedAway(b, ids.a, 'laptop-2', at);
    expect(laterMerge(first, second)).toBe(second);
    expect(laterMerge(second, first)).toBe(second);
    const sameDevice = mergedAway(b, ids.a, 'laptop-1', at);
    expect(laterMerge(first, sameDevice)).toBe(sameDevice);
  });

  it('leaves a merge against a plain edit of the dropped person a conflict, as any deletion', () => {
    const edited = kept(a, 'laptop-2', '2026-03-02T10:00:00.000Z', { phone: '13900000002' });
    const plan = importInto([edited, b], one);
    expect(plan.map((p) => [p.incoming.id, p.decision])).toEqual([
      [ids.a, 'conflict'],
      [ids.b, 'updated'],
    ]);
  });
});
