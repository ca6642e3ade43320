// One privacy rule set for every part of the file: what each copy's data part carries, what an
// office keeps when it imports a default copy, and what the public copies print.
import { describe, expect, it } from 'vitest';
import { dataPartJson, meetingExport } from '../../shared/docs/exports';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { clockOf } from '../../shared/domain/clock';
import {
  defaultSettings,
  type Attendance,
  type Issue,
  type Meeting,
} from '../../shared/domain/schemas';
import { embedDataPart } from '../../shared/exchange/docx-data';
import {
  emptyRecords,
  type ExchangeFile,
  type ExchangeRecord,
  type RecordTable,
} from '../../shared/exchange/format';
import { planFiles } from '../../shared/exchange/merge';
import { readExchangeBytes } from '../../shared/exchange/read-file';
import { createExchangeFile } from '../../shared/exchange/write';
import { longDescriptionBundle } from '../fixtures/long-description';
import { meetingBuilder } from '../fixtures/records';
import { unzipDocx, visibleText } from './docx-files';

const phone = '13812341234';

/** An exchange file's header, as `deviceId` wrote it at `exportedAt`. */
const header = (deviceId: string, exportedAt: string) =>
  ({ kind: 'exchange', exportedAt, appVersion: 'test', source: { deviceId, label: '' } }) as const;

/** The long-description meeting with a deleted attendee and a deleted issue, as exported. */
async function exported(): Promise<ExchangeFile> {
  const b = longDescriptionBundle();
  const gone: Attendance = {
    ...b.attendance[1]!,
    id: '00010e60-0000-4000-8000-00000000ffff',
    name: '钱多多',
    phone: '13900001111',
    deletedAt: '2026-11-28T00:00:00.000Z',
  };
  const goneIssue: Issue = {
    ...b.issues[1]!,
    id: '00010e60-0000-4000-8000-00000000fffe',
    seq: 3,
    description: '钱多多家的私事',
    deletedAt: '2026-11-28T00:00:00.000Z',
  };
  return createExchangeFile(header('laptop-1', '2026-11-28T08:00:00.000Z'), {
    ...emptyRecords(),
    meetings: [b.meeting],
    attendance: [...b.attendance, gone],
    issues: [...b.issues, goneIssue],
  });
}

describe('the data part of each copy', () => {
  it('default copy: no phone, tombstones without content, and still a valid file', async () => {
    const json = await dataPartJson('minutes', 'masked', await exported());
    expect(json).toBeDefined();
    for (const secret of [phone, '13900001111', '钱多多', '私事'])
      expect(json).not.toContain(secret);
    const docx = embedDataPart(await buildDocumentBytes('minutes', longBundle()), json ?? '');
    const read = await readExchangeBytes('记录.docx', docx);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const tombstone = read.file.records.attendance.find((a) => a.deletedAt !== null);
    expect(tombstone?.id).toBe('00010e60-0000-4000-8000-00000000ffff');
    expect(tombstone?.deletedAt).toBe('2026-11-28T00:00:00.000Z');
    expect(read.file.records.issues.find((i) => i.deletedAt !== null)?.description).toBe('');
    // The villagers' names and the live descriptions are all there for the office.
    expect(json).toContain('李德堃');
    expect(json).toContain('宅基地后山');
  });

  it('internal copy: everything; public copy and 承诺公示单: no data part', async () => {
    const file = await exported();
    const full = await dataPartJson('summary', 'internal-full', file);
    for (const all of [phone, '13900001111', '钱多多', '私事']) expect(full).toContain(all);
    expect(await dataPartJson('minutes', 'public', file)).toBeUndefined();
    expect(await dataPartJson('commitments', 'masked', file)).toBeUndefined();
    expect(await dataPartJson('sign-in', 'internal-full', file)).toBeUndefined();
  });

  it('names every file by its copy, and makes the 承诺公示单 public whatever is asked', () => {
    const m = longDescriptionBundle().meeting;
    const choice = { pageNumbers: 'outer' } as const;
    expect(meetingExport('minutes', m, { ...choice, privacy: 'masked' }).fileName).toContain(
      '（脱敏版）',
    );
    const notice = meetingExport('commitments', m, { ...choice, privacy: 'internal-full' });
    expect(notice.options.privacy).toBe('public');
    expect(notice.carriesData).toBe(false);
    expect(notice.fileName).toBe('2026年11月27日 石门村屋场会承诺公示单.docx');
  });
});

const longBundle = () => ({ bundle: longDescriptionBundle() });

/** The office's lookup when it holds the meeting, attendees and issues of `file`. */
function officeHolding(file: ExchangeFile) {
  const held = new Map<string, ExchangeRecord>(
    (['attendance', 'issues', 'meetings'] as const).flatMap((t) =>
      file.records[t].map((r) => [`${t}:${r.id}`, r] as const),
    ),
  );
  return (table: string, id: string) => held.get(`${table}:${id}`);
}

describe('importing a default copy at the office', () => {
  it('never erases a phone, a text or a deleted record the office already has', async () => {
    const internal = await exported();
    const json = await dataPartJson('minutes', 'masked', internal);
    const defaultCopy = JSON.parse(json ?? '') as ExchangeFile;
    // The office holds the internal copy; the default copy of the same versions changes nothing.
    const [plan] = planFiles([defaultCopy], officeHolding(internal), defaultSettings);
    expect(plan?.filter((p) => p.decision !== 'unchanged')).toEqual([]);
    expect(plan?.filter((p) => p.write)).toEqual([]);

    // A later edit on the laptop (a new group) arrives without the phone: the phone stays.
    const raiser = defaultCopy.records.attendance[0]!;
    const edited = {
      ...raiser,
      group: '4组',
      rev: 2,
      clock: { 'fixture-laptop': 2 },
      updatedAt: '2026-11-29T00:00:00.000Z',
    };
    const later = { ...defaultCopy, records: { ...defaultCopy.records, attendance: [edited] } };
    const [update] = planFiles([later], officeHolding(internal), defaultSettings);
    const planned = update?.find((p) => p.table === 'attendance');
    expect(planned?.decision).toBe('updated');
    expect(planned?.write).toMatchObject({ group: '4组', phone });
  });

  it('clears a phone the laptop cleared, from a default copy and from a full file alike', async () => {
    const internal = await exported();
    const office = officeHolding(internal);
    const raiser = internal.records.attendance[0]!;
    expect(raiser.phone).toBe(phone);
    // The villager asked for the number to be removed: the laptop cleared it in a later edit.
    const cleared = {
      ...raiser,
      phone: '',
      rev: 2,
      clock: { 'fixture-laptop': 2 },
      updatedAt: '2026-11-29T00:00:00.000Z',
    };
    const full = await createExchangeFile(header('laptop-1', '2026-11-29T08:00:00.000Z'), {
      ...emptyRecords(),
      meetings: internal.records.meetings,
      attendance: [cleared],
    });
    const defaultCopy = JSON.parse(
      (await dataPartJson('minutes', 'masked', full)) ?? '',
    ) as ExchangeFile;
    expect(defaultCopy.withheld).toBe(true);
    expect(defaultCopy.records.attendance[0]?.phone).toBe('');
    for (const file of [full, defaultCopy]) {
      const [plan] = planFiles([file], office, defaultSettings);
      const planned = plan?.find((p) => p.table === 'attendance');
      expect(planned?.decision).toBe('updated');
      expect(planned?.write).toMatchObject({ id: raiser.id, phone: '' });
    }
  });

  it('marks a phone it leaves out; an office without the number keeps the mark, and its edit sent back keeps the laptop’s number', async () => {
    const internal = await exported();
    const copy = JSON.parse(
      (await dataPartJson('minutes', 'masked', internal)) ?? '',
    ) as ExchangeFile;
    const live = copy.records.attendance.filter((a) => a.deletedAt === null);
    expect(live.map((a) => a.phone)).toEqual(
      internal.records.attendance
        .filter((a) => a.deletedAt === null)
        .map((a) => (a.phone ? '（略）' : '')),
    );
    // An office that has never seen the meeting stores the mark where the laptop has a number.
    const [plan] = planFiles([copy], () => undefined, defaultSettings);
    const stored = plan?.filter((p) => p.table === 'attendance' && p.write) ?? [];
    expect(stored.map((p) => (p.write as Attendance).phone)).toEqual(
      copy.records.attendance.map((a) => a.phone),
    );
    const raiserAtOffice = stored.find((p) => p.incoming.id === internal.records.attendance[0]!.id)
      ?.write as Attendance;
    expect(raiserAtOffice.phone).toBe('（略）');

    // The office corrects the group and sends its full file back: the laptop keeps its number.
    const edited = {
      ...raiserAtOffice,
      group: '5组',
      rev: raiserAtOffice.rev + 1,
      clock: { ...clockOf(raiserAtOffice), office: 1 },
      deviceId: 'office',
      updatedAt: '2026-11-30T00:00:00.000Z',
    };
    const back = await createExchangeFile(header('office', '2026-11-30T08:00:00.000Z'), {
      ...emptyRecords(),
      meetings: internal.records.meetings,
      attendance: [edited],
    });
    const [onLaptop] = planFiles([back], officeHolding(internal), defaultSettings);
    const planned = onLaptop?.find((p) => p.table === 'attendance');
    expect(planned?.decision).toBe('updated');
    expect(planned?.write).toMatchObject({ group: '5组', phone });
  });

  it('changes nothing when a second computer relays, as a full file, what a default copy brought it', async () => {
    const internal = await exported();
    const defaultCopy = JSON.parse(
      (await dataPartJson('minutes', 'masked', internal)) ?? '',
    ) as ExchangeFile;
    // The second computer never had the meeting: it stores the copy as it came, phones empty.
    const [received] = planFiles([defaultCopy], () => undefined, defaultSettings);
    const stored = (table: RecordTable) =>
      (received ?? []).filter((p) => p.table === table && p.write).map((p) => p.write);
    const relayed = await createExchangeFile(header('laptop-2', '2026-11-30T08:00:00.000Z'), {
      ...emptyRecords(),
      meetings: stored('meetings') as Meeting[],
      attendance: stored('attendance') as Attendance[],
      issues: stored('issues') as Issue[],
    });
    expect(relayed.withheld).toBeUndefined();
    expect(relayed.records.attendance.map((a) => a.phone)).toContain('');
    const [plan] = planFiles([relayed], officeHolding(internal), defaultSettings);
    expect(plan?.filter((p) => p.decision !== 'unchanged')).toEqual([]);
    expect(plan?.filter((p) => p.write)).toEqual([]);
  });

  it('reads a version 1 file as before: an empty phone there may have been left out', async () => {
    const internal = await exported();
    const office = officeHolding(internal);
    const raiser = internal.records.attendance[0]!;
    const edited = {
      ...raiser,
      phone: '',
      group: '4组',
      rev: 2,
      clock: { 'fixture-laptop': 2 },
      updatedAt: '2026-11-29T00:00:00.000Z',
    };
    const v1: ExchangeFile = {
      ...internal,
      version: 1,
      records: { ...internal.records, attendance: [edited] },
    };
    const [plan] = planFiles([v1], office, defaultSettings);
    expect(plan?.find((p) => p.table === 'attendance')?.write).toMatchObject({
      group: '4组',
      phone,
    });
  });
});

describe('the default copy on paper', () => {
  it('masks phones typed in full-width digits or as landlines, in fields and in texts', async () => {
    const b = meetingBuilder(0x2223, '2026-11-27', { status: '已结束', village: '石门村' });
    const a = b.attend('李德堃', { phone: '１３８１２３４１２３４' });
    b.issue({
      raisedBy: '李德堃',
      raisedByAttendanceId: a.id,
      description: '路坏了，座机0738 8123456，另（０７３８）８１２３４５７',
      responseType: '交办',
      status: '办理中',
      unit: '镇交通站',
    });
    const minutes = await buildDocumentBytes(
      'minutes',
      { bundle: b.bundle },
      { privacy: 'masked' },
    );
    const ledger = await buildDocumentBytes(
      'ledger',
      { bundles: [b.bundle], filter: {}, today: '2026-12-01' },
      { privacy: 'masked' },
    );
    for (const docx of [minutes, ledger]) {
      const text = visibleText(unzipDocx(docx)['word/document.xml'] ?? '');
      for (const shown of ['138****1234', '座机0738-****3456，另0738-****3457'])
        expect(text).toContain(shown);
      for (const whole of ['１２３４１２３４', '8123456', '８１２３４５７'])
        expect(text).not.toContain(whole);
    }
  });
});

describe('the public copy on paper', () => {
  it('masks the 主事人, the host in the place and names in free text; cadres stay named', async () => {
    const xml = unzipDocx(await buildDocumentBytes('summary', longBundle(), { privacy: 'public' }))[
      'word/document.xml'
    ];
    const text = visibleText(xml ?? '');
    for (const villager of ['李德堃', '𠀀明', '赵𡒄', phone]) expect(text).not.toContain(villager);
    expect(text).toContain('石门镇石门村三组李*堃家（李*堃家禾坪）');
    for (const cadre of ['张建国', '王志强']) expect(text).toContain(cadre);
  });

  it('masks the host named with a place word, or the whole host when no name is found', async () => {
    const printed = async (host: string) => {
      const b = meetingBuilder(0x2225, '2026-11-27', { village: '石门村', group: '三组', host });
      return visibleText(
        unzipDocx(await buildDocumentBytes('summary', { bundle: b.bundle }, { privacy: 'public' }))[
          'word/document.xml'
        ] ?? '',
      );
    };
    expect(await printed('李德堃家院坝')).toContain('石门村三组李*堃家院坝');
    expect(await printed('张三丰老屋')).toContain('石门村三组张*丰老屋');
    expect(await printed('王家屋场')).toContain('石门村三组王家屋场');
    const unknown = await printed('村口老樟树下王大爷院子');
    expect(unknown).toContain('石门村三组村*********子');
    expect(unknown).not.toContain('王大爷');
  });

  it('masks the persons a 反映人 names with their household or group, there and in free text', async () => {
    const b = meetingBuilder(0x2222, '2026-11-27', { status: '已结束', village: '石门村' });
    const commitment = { responseType: '交办', status: '办理中', unit: '镇交通站' } as const;
    b.issue({ ...commitment, raisedBy: '李德堃户', description: '李德堃说房屋漏雨' });
    b.issue({ ...commitment, raisedBy: '张三丰等村民', description: '张三丰要求修桥' });
    b.issue({ ...commitment, raisedBy: '三组群众', description: '三组群众要求修渠' });
    b.issue({
      ...commitment,
      raisedBy: '王五等村民',
      collectiveHouseholds: 5,
      description: '王五家门前积水',
    });
    const printed = async (kind: 'summary' | 'commitments') =>
      visibleText(
        unzipDocx(await buildDocumentBytes(kind, { bundle: b.bundle }, { privacy: 'public' }))[
          'word/document.xml'
        ] ?? '',
      );
    const descriptions = ['李*堃说房屋漏雨', '张*丰要求修桥', '三组群众要求修渠', '王*家门前积水'];
    const summary = await printed('summary');
    for (const shown of ['李*堃户', '张*丰等村民', '三组群众', '王*等村民（5户）', ...descriptions])
      expect(summary).toContain(shown);
    // The 承诺公示单 names no 反映人, only the descriptions.
    const notice = await printed('commitments');
    for (const shown of descriptions) expect(notice).toContain(shown);
    for (const text of [summary, notice]) expect(text).not.toMatch(/李德堃|张三丰|王五/);
  });
});
