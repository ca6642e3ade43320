// A roster merge reaches other laptops: two databases stand for two laptops that share a meeting
// and two roster entries for one villager. One merges them and exports; the other's own
// attendance moves to the kept person, the dropped one is gone, a second import changes nothing,
// the exchange back converges, and opposite merges of the pair settle on the later one.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../../renderer/db/database';
import { createRepositories } from '../../renderer/db/repositories';
import { defaultSettings, type Content, type Person } from '../../shared/domain/schemas';
import type { ExchangeFile } from '../../shared/exchange/format';
import { parseExchangeText } from '../../shared/exchange/parse';
import { serializeExchangeFile } from '../../shared/exchange/write';
import { dumpDatabase } from './dump';

/** A laptop whose clock the test sets; each stamp is one millisecond after the last. */
function laptop(deviceId: string) {
  const db = new AppDatabase(`test-${crypto.randomUUID()}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  let now = Date.UTC(2026, 2, 1, 8);
  const repos = createRepositories(db, () => ({
    deviceId,
    now: new Date((now += 1)).toISOString(),
  }));
  return { db, repos, setClock: (iso: string) => void (now = Date.parse(iso)) };
}
type Laptop = ReturnType<typeof laptop>;

async function roundTrip(file: ExchangeFile, name: string) {
  const parsed = await parseExchangeText(serializeExchangeFile(file), name);
  if (!parsed.ok) throw new Error(parsed.message);
  return { name, file: parsed.file };
}

const person = (name: string, phone = ''): Content<Person> => ({
  name,
  village: '石门村',
  group: '一组',
  household: '',
  tags: [],
  phone,
});

/** A meeting with one attendee per person, each linked to that roster person. */
async function meetingNaming(on: Laptop, persons: Person[]) {
  const meeting = await on.repos.meetings.create(defaultSettings, '2026-03-05');
  const rows = [];
  for (const p of persons) {
    const row = await on.repos.attendance.add(meeting.id, p.name);
    rows.push(await on.repos.attendance.update(row.id, { personId: p.id }));
  }
  return { meeting, rows };
}

/**
 * Laptop 1 enters 张三 and 张 三 (one villager twice) and a meeting naming both; laptop 2 imports
 * it and holds its own meeting where 张 三 came again.
 */
async function twoLaptops() {
  const one = laptop('laptop-1');
  const two = laptop('laptop-2');
  const zhang = await one.repos.roster.insert(person('张三'));
  const zhangSpaced = await one.repos.roster.insert(person('张 三', '13800000001'));
  const shared = await meetingNaming(one, [zhang, zhangSpaced]);
  await two.repos.exchange.apply([
    await roundTrip(await one.repos.exchange.exportMeetings([shared.meeting.id]), '一号.json'),
  ]);
  const own = await meetingNaming(two, [zhangSpaced]);
  return { one, two, zhang, zhangSpaced, shared, own };
}

const personIdsOf = async (on: Laptop) =>
  (await on.db.attendance.toArray()).map((a) => a.personId).sort();
const liveNames = async (on: Laptop) => (await on.repos.roster.listLive()).map((p) => p.name);
const dumpOf = (on: Laptop) => dumpDatabase(on.db, ['persons', 'attendance', 'meetings']);

describe('a roster merge travelling between laptops', () => {
  it('moves the other laptop’s own attendance to the kept person, and a second import changes nothing', async () => {
    const { one, two, zhang, zhangSpaced, shared, own } = await twoLaptops();
    await one.repos.roster.merge(zhang.id, zhangSpaced.id);

    const file = await roundTrip(
      await one.repos.exchange.exportMeetings([shared.meeting.id]),
      '合并后.json',
    );
    // Both attendees now name 张三, yet the file still carries 张 三's tombstone and where it went.
    expect(file.file.records.attendance.map((a) => a.personId)).toEqual([zhang.id, zhang.id]);
    expect(
      file.file.records.persons.map((p) => [p.name, p.deletedAt !== null, p.mergedIntoId]).sort(),
    ).toEqual([
      ['张 三', true, zhang.id],
      ['张三', false, undefined],
    ]);

    const batch = await two.repos.exchange.apply([file]);
    expect(await liveNames(two)).toEqual(['张三']);
    const moved = await two.repos.attendance.get(own.rows[0]!.id);
    // Laptop 2's own row (never in any file) now names 张三, as a revision made on laptop 2.
    expect(moved).toMatchObject({ personId: zhang.id, deviceId: 'laptop-2', rev: 3 });
    expect(await personIdsOf(two)).toEqual([zhang.id, zhang.id, zhang.id]);
    // The kept person took 张 三's phone in the merge, and arrives with it.
    expect((await two.repos.roster.get(zhang.id))?.phone).toBe('13800000001');
    expect(batch.files[0]?.counts).toMatchObject({ new: 0, updated: 3, conflict: 0 });
    expect(batch.files[0]?.written.filter((w) => w.recordId === own.rows[0]!.id)).toHaveLength(1);
    const [logged] = await two.repos.fileLog.list();
    expect(logged?.what).toBe('新增 0，更新 3，冲突 0，参会人员改到合并后的村民 1');

    const before = await dumpOf(two);
    await two.repos.exchange.apply([file]);
    expect(await dumpOf(two)).toEqual(before);
  });

  it('takes the move back with the import’s 撤销', async () => {
    const { one, two, zhang, zhangSpaced, shared, own } = await twoLaptops();
    await one.repos.roster.merge(zhang.id, zhangSpaced.id);
    const before = await dumpOf(two);
    const batch = await two.repos.exchange.apply([
      await roundTrip(await one.repos.exchange.exportMeetings([shared.meeting.id]), '合并后.json'),
    ]);
    expect((await two.repos.attendance.get(own.rows[0]!.id))?.personId).toBe(zhang.id);
    expect(await two.repos.exchange.undoBatch(batch.id)).toEqual({
      undone: 4,
      keptChanged: 0,
      keptConflicted: 0,
      keptLinked: 0,
    });
    expect(await dumpOf(two)).toEqual(before);
  });

  it('converges when the other laptop exports back, and a kept person missing there arrives', async () => {
    const { one, two, zhang, zhangSpaced, shared, own } = await twoLaptops();
    // A third entry 张叁, known only on laptop 1, is merged into twice: 张 三 into 张三 into 张叁.
    const third = await one.repos.roster.insert(person('张叁'));
    await one.repos.roster.merge(zhang.id, zhangSpaced.id);
    await one.repos.roster.merge(third.id, zhang.id);
    const file = await roundTrip(
      await one.repos.exchange.exportMeetings([shared.meeting.id]),
      '合并后.json',
    );
    expect(file.file.records.persons.map((p) => p.name).sort()).toEqual(['张 三', '张三', '张叁']);
    await two.repos.exchange.apply([file]);
    expect(await liveNames(two)).toEqual(['张叁']);
    expect((await two.repos.attendance.get(own.rows[0]!.id))?.personId).toBe(third.id);

    await one.repos.exchange.apply([
      await roundTrip(
        await two.repos.exchange.exportMeetings([shared.meeting.id, own.meeting.id]),
        '二号.json',
      ),
    ]);
    expect(await dumpOf(one)).toEqual(await dumpOf(two));
    expect(await one.db.conflicts.count()).toBe(0);
    expect(await personIdsOf(one)).toEqual([third.id, third.id, third.id]);
  });

  it.each([
    { later: 'laptop 2', oneAt: '2026-03-06T09:00:00.000Z', twoAt: '2026-03-06T10:00:00.000Z' },
    { later: 'laptop 1', oneAt: '2026-03-06T11:00:00.000Z', twoAt: '2026-03-06T10:00:00.000Z' },
  ])(
    'settles opposite merges of one pair on the later merge ($later), the same on both laptops',
    async ({ later, oneAt, twoAt }) => {
      const { one, two, zhang, zhangSpaced, shared, own } = await twoLaptops();
      // Laptop 1 keeps 张三, laptop 2 keeps 张 三.
      one.setClock(oneAt);
      await one.repos.roster.merge(zhang.id, zhangSpaced.id);
      two.setClock(twoAt);
      await two.repos.roster.merge(zhangSpaced.id, zhang.id);
      const [keptName, keptId, droppedId] =
        later === 'laptop 2'
          ? ['张 三', zhangSpaced.id, zhang.id]
          : ['张三', zhang.id, zhangSpaced.id];
      // Both export before either imports: the files cross.
      const fromOne = await roundTrip(
        await one.repos.exchange.exportMeetings([shared.meeting.id]),
        '一号.json',
      );
      const fromTwo = await roundTrip(
        await two.repos.exchange.exportMeetings([shared.meeting.id, own.meeting.id]),
        '二号.json',
      );
      await one.repos.exchange.apply([fromTwo]);
      await two.repos.exchange.apply([fromOne]);

      // The later merge stands everywhere, with its laptop's merged content.
      for (const on of [one, two]) {
        expect(await liveNames(on)).toEqual([keptName]);
        expect((await on.repos.roster.get(droppedId))?.mergedIntoId).toBe(keptId);
        expect(await personIdsOf(on)).toEqual([keptId, keptId, keptId]);
        expect(await on.db.conflicts.count()).toBe(0);
      }
      expect(await dumpDatabase(one.db, ['persons'])).toEqual(
        await dumpDatabase(two.db, ['persons']),
      );

      // One more exchange each way, and the laptops hold the same records; a third changes nothing.
      const again = async () => {
        const a = await one.repos.exchange.exportMeetings([shared.meeting.id, own.meeting.id]);
        const b = await two.repos.exchange.exportMeetings([shared.meeting.id, own.meeting.id]);
        await one.repos.exchange.apply([await roundTrip(b, '二号.json')]);
        await two.repos.exchange.apply([await roundTrip(a, '一号.json')]);
      };
      await again();
      const settled = await dumpOf(one);
      expect(await dumpOf(two)).toEqual(settled);
      await again();
      expect(await dumpOf(one)).toEqual(settled);
      expect(await dumpOf(two)).toEqual(settled);
    },
  );

  it('leaves a merge against an edit of the dropped person a conflict; taking the merge moves the links', async () => {
    const { one, two, zhang, zhangSpaced, shared, own } = await twoLaptops();
    await one.repos.roster.merge(zhang.id, zhangSpaced.id);
    await two.repos.roster.update(zhangSpaced.id, { phone: '13900000002' });
    await two.repos.exchange.apply([
      await roundTrip(await one.repos.exchange.exportMeetings([shared.meeting.id]), '合并后.json'),
    ]);
    // As with any deletion against an edit: nothing is lost until the user chooses.
    const [conflict, ...others] = await two.repos.exchange.listConflicts();
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({ table: 'persons', recordId: zhangSpaced.id });
    expect((await two.repos.attendance.get(own.rows[0]!.id))?.personId).toBe(zhangSpaced.id);

    await two.repos.exchange.resolve(conflict!.id, 'theirs');
    expect(await liveNames(two)).toEqual(['张三']);
    expect((await two.repos.attendance.get(own.rows[0]!.id))?.personId).toBe(zhang.id);
  });
});
