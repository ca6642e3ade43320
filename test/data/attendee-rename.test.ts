// When the name of a listed attendee is changed, the 村民名册 follows once the edit is over
// (attendance.nameChanged): a person that joined the roster with the row is corrected with it,
// a person the roster held before keeps its name and the row names another.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Content, type Person } from '../../shared/domain/schemas';
import { openTestDb } from './open-test-db';

const village = '石门村';
const person = (name: string, group = '一组'): Content<Person> => ({
  name,
  village,
  group,
  household: '',
  tags: [],
  phone: '',
});

async function setUp() {
  const { db, repos } = openTestDb();
  const meeting = await repos.meetings.create(defaultSettings, '2026-03-05');
  const rename = async (attendeeId: string, name: string) => {
    await repos.attendance.update(attendeeId, { name });
    const followed = await repos.attendance.nameChanged(attendeeId, village);
    return followed.roster;
  };
  const liveNames = async () => (await repos.roster.listLive()).map((p) => p.name).sort();
  return { db, repos, meeting, rename, liveNames };
}

describe('the roster following an attendee’s new name', () => {
  it('corrects the person that joined the roster with the row', async () => {
    const { repos, meeting, rename, liveNames } = await setUp();
    const { attendee, person: typo } = await repos.attendance.addWithNewPerson(
      meeting.id,
      '张3',
      { group: '一组' },
      village,
    );
    expect(await rename(attendee.id, '张山')).toEqual({
      kind: 'renamed',
      from: '张3',
      to: '张山',
      namesakes: 0,
    });
    expect(await liveNames()).toEqual(['张山']);
    expect((await repos.attendance.get(attendee.id))?.personId).toBe(typo.id);
    expect((await repos.roster.get(typo.id))?.rev).toBe(2);
  });

  it('links the row to the roster’s person when the corrected name is one, and drops the typo', async () => {
    const { repos, meeting, rename, liveNames } = await setUp();
    const zhang = await repos.roster.insert(person('张三'));
    const { attendee, person: typo } = await repos.attendance.addWithNewPerson(
      meeting.id,
      '张3',
      { group: '一组' },
      village,
    );
    expect(await rename(attendee.id, '张三')).toMatchObject({ kind: 'linked' });
    expect((await repos.attendance.get(attendee.id))?.personId).toBe(zhang.id);
    expect(await liveNames()).toEqual(['张三']);
    expect((await repos.roster.get(typo.id))?.deletedAt).not.toBeNull();
  });

  it('keeps the name of a person picked from the roster, and lets the new name join it', async () => {
    const { repos, meeting, rename, liveNames } = await setUp();
    const li = await repos.roster.insert(person('李四'));
    const row = await repos.attendance.add(meeting.id, '李四', { personId: li.id, group: '一组' });
    const followed = await rename(row.id, '李思');
    expect(followed.kind).toBe('joined');
    expect(await liveNames()).toEqual(['李四', '李思']);
    const joined = (await repos.roster.listLive()).find((p) => p.name === '李思');
    expect(joined).toMatchObject({ village, group: '一组' });
    expect((await repos.attendance.get(row.id))?.personId).toBe(joined?.id);
    expect(await repos.roster.get(li.id)).toEqual(li);
  });

  it('links a picked row to the one namesake of the new name, and to none among several', async () => {
    const { repos, meeting, rename } = await setUp();
    const li = await repos.roster.insert(person('李四'));
    const wang = await repos.roster.insert(person('王五'));
    await repos.roster.insert(person('赵六', '一组'));
    await repos.roster.insert(person('赵六', '三组'));
    const row = await repos.attendance.add(meeting.id, '李四', { personId: li.id });

    expect(await rename(row.id, '王五')).toEqual({ kind: 'linked', person: wang });
    expect((await repos.attendance.get(row.id))?.personId).toBe(wang.id);

    const followed = await rename(row.id, '赵六');
    expect(followed.kind).toBe('unlinked');
    expect(followed.kind === 'unlinked' && followed.candidates.map((p) => p.group)).toEqual([
      '一组',
      '三组',
    ]);
    expect((await repos.attendance.get(row.id))?.personId).toBeNull();
    expect((await repos.roster.listLive()).length).toBe(4);
  });

  it('renames nobody that another row names, nor a person that came before the row', async () => {
    const { repos, meeting, rename, liveNames } = await setUp();
    const { attendee, person: zhou } = await repos.attendance.addWithNewPerson(
      meeting.id,
      '周七',
      {},
      village,
    );
    const later = await repos.meetings.create(defaultSettings, '2026-04-05');
    await repos.attendance.add(later.id, '周七', { personId: zhou.id });
    expect((await rename(attendee.id, '周柒')).kind).toBe('joined');
    expect(await liveNames()).toEqual(['周七', '周柒']);
  });

  it('names the issues the row raised by its new name, and no other issue', async () => {
    const { repos, meeting } = await setUp();
    const { attendee } = await repos.attendance.addWithNewPerson(meeting.id, '张3', {}, village);
    const other = await repos.attendance.add(meeting.id, '李四');
    const raise = (raisedBy: string, raisedByAttendanceId: string | null) =>
      repos.issues.add(meeting, defaultSettings, { raisedBy, raisedByAttendanceId });
    const raised = await raise('张3', attendee.id);
    const byOther = await raise('李四', other.id);
    const typedOnly = await raise('张3', null);

    await repos.attendance.update(attendee.id, { name: '张山' });
    expect((await repos.attendance.nameChanged(attendee.id, village)).issues).toBe(1);
    expect((await repos.issues.get(raised.id))?.raisedBy).toBe('张山');
    expect((await repos.issues.get(byOther.id))?.raisedBy).toBe('李四');
    // Typed, not picked from the list: it names nobody, so nothing tells it is the same villager.
    expect((await repos.issues.get(typedOnly.id))?.raisedBy).toBe('张3');
    // An unlinked row's issues follow too.
    await repos.attendance.update(other.id, { name: '李思' });
    expect((await repos.attendance.nameChanged(other.id, village)).issues).toBe(1);
    expect((await repos.issues.get(byOther.id))?.raisedBy).toBe('李思');
  });

  it('changes nothing when the name still reads as the person’s', async () => {
    const { repos, meeting } = await setUp();
    const { attendee, person: zhang } = await repos.attendance.addWithNewPerson(
      meeting.id,
      '张三',
      {},
      village,
    );
    // Spaces inside a name are how it was written, not another name (keys.ts nameKey).
    await repos.attendance.update(attendee.id, { name: '张 三' });
    const stored = await repos.attendance.get(attendee.id);
    expect(await repos.attendance.nameChanged(attendee.id, village)).toEqual({
      roster: { kind: 'same' },
      issues: 0,
    });
    expect(await repos.attendance.get(attendee.id)).toEqual(stored);
    expect(await repos.roster.get(zhang.id)).toEqual(zhang);
  });
});
