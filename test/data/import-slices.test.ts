// An import writes its records in transactions of under 1 MB (Chromium would keep an undo log of a
// larger one, and every later start reads past it), and stays all or nothing: a failure part-way
// takes back what was written, a start after one that could not be taken back does it then, and a
// record changed on this computer while the import writes over it stops the import. What a record
// points at is written before it, and a backup made meanwhile holds the data as before the import.
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockOf } from '../../shared/domain/clock';
import { parseExchangeText } from '../../shared/exchange/parse';
import { serializeExchangeFile } from '../../shared/exchange/write';
import { AppDatabase } from '../../renderer/db/database';
import { openRepositories } from '../../renderer/db/repositories';
import {
  ImportNotTakenBack,
  ImportOverwriteRefused,
  mergeTargetsFirst,
  slicesOf,
} from '../../renderer/db/repositories/imports';
import { defaultSettings } from '../../shared/domain/schemas';
import { longIssuesExchange } from '../fixtures/big-meeting';
import { dumpDatabase } from './dump';
import { openTestDb } from './open-test-db';

afterEach(() => {
  vi.restoreAllMocks();
});

const dataTables = ['meetings', 'attendance', 'issues', 'progress', 'persons', 'photos'];
const bookkeeping = ['conflicts', 'importBatches'];

/** The big meeting with long issues (longIssuesExchange), read as the import reads it. */
async function bigFile() {
  const { bundle, text } = await longIssuesExchange();
  const parsed = await parseExchangeText(text, '石门村.json');
  if (!parsed.ok) throw new Error(parsed.message);
  return { bundle, named: { name: '石门村.json', file: parsed.file } };
}

describe('an import in slices', () => {
  it('cuts rows into runs of at most 100,000 characters of JSON, a longer row alone', () => {
    // {"t":"…"} is the text's length plus 8 characters.
    const row = (chars: number) => ({ t: 'x'.repeat(chars - 8) });
    const rows = [row(45_000), row(45_000), row(45_000), row(125_000), row(10_000)];
    expect(slicesOf(rows).map((s) => s.map((r) => r.t.length + 8))).toEqual([
      [45_000, 45_000],
      [45_000],
      [125_000],
      [10_000],
    ]);
    expect(slicesOf([])).toEqual([]);
  });

  it('orders persons so that one merged into another comes after it', () => {
    const rows = [
      { id: 'a', mergedIntoId: 'b' },
      { id: 'b', mergedIntoId: 'c' },
      { id: 'c' },
      { id: 'd' },
      { id: 'e', mergedIntoId: 'stored-elsewhere' },
      // A loop (a hostile file) ends the walk: two steps each, after the others of one step.
      { id: 'f', mergedIntoId: 'g' },
      { id: 'g', mergedIntoId: 'f' },
    ] as unknown as Parameters<typeof mergeTargetsFirst>[0];
    expect(mergeTargetsFirst(rows).map((r) => r.id)).toEqual(['c', 'd', 'b', 'e', 'a', 'f', 'g']);
  });

  it('writes what a record points at before the record', async () => {
    const a = openTestDb('dev-a');
    const zhang = await a.repos.roster.insert({
      name: '张三',
      village: '石门村',
      group: '一组',
      household: '',
      tags: [],
      phone: '',
    });
    const meeting = await a.repos.meetings.create(defaultSettings, '2026-03-05');
    const row = await a.repos.attendance.add(meeting.id, '张三');
    await a.repos.attendance.update(row.id, { personId: zhang.id });
    await a.repos.issues.add(meeting, defaultSettings, { description: '村道塌方' });
    const parsed = await parseExchangeText(
      serializeExchangeFile(await a.repos.exchange.exportMeetings([meeting.id])),
      '石门村.json',
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const office = openTestDb('dev-office');
    const written: string[] = [];
    for (const table of ['meetings', 'attendance', 'issues', 'persons'] as const)
      office.db.table(table).hook('creating', () => {
        written.push(table);
      });
    await office.repos.exchange.apply([{ name: '石门村.json', file: parsed.file }]);
    expect(written).toEqual(['persons', 'meetings', 'attendance', 'issues']);
  });

  it('writes a large meeting whole, and a failure in its last slice leaves nothing', async () => {
    const { bundle, named } = await bigFile();
    const office = openTestDb('dev-office');
    const before = await dumpDatabase(office.db);
    const lastId = bundle.issues.at(-1)?.id;
    let issuesOffered = 0;
    const refuseLast = (_key: unknown, issue: { id: string }) => {
      issuesOffered += 1;
      if (issue.id === lastId) throw new Error('磁盘已满');
    };
    office.db.issues.hook('creating', refuseLast);
    await expect(office.repos.exchange.apply([named])).rejects.toThrow('磁盘已满');
    expect(issuesOffered).toBe(60);
    expect(await dumpDatabase(office.db)).toEqual(before);

    office.db.issues.hook('creating').unsubscribe(refuseLast);
    const batch = await office.repos.exchange.apply([named]);
    expect(batch.files[0]?.counts.new).toBe(1 + 200 + 60);
    expect(await office.db.issues.count()).toBe(60);
    expect((await office.db.issues.get(lastId ?? ''))?.description).toBe(
      bundle.issues.at(-1)?.description,
    );
    expect((await office.repos.exchange.listBatches()).map((b) => b.id)).toEqual([batch.id]);
  });

  it('a start after an import that could not be taken back takes it back and logs it', async () => {
    const { bundle, named } = await bigFile();
    const office = openTestDb('dev-office');
    const before = await dumpDatabase(office.db, [...dataTables, ...bookkeeping]);
    const refuseLast = (_key: unknown, issue: { id: string }) => {
      if (issue.id === bundle.issues.at(-1)?.id) throw new Error('磁盘已满');
    };
    office.db.issues.hook('creating', refuseLast);
    // Taking back fails too, as when the computer loses power part-way.
    vi.spyOn(office.db.importBatches, 'delete').mockRejectedValueOnce(new Error('断电'));
    const failed = office.repos.exchange.apply([named]);
    await expect(failed).rejects.toThrow(ImportNotTakenBack);
    await expect(failed).rejects.toThrow('下次打开本软件时会自动撤回');
    // What the slices before the failure committed is still there, and the batch is not listed.
    expect(await office.db.meetings.count()).toBe(1);
    expect(await office.db.attendance.count()).toBe(200);
    expect(await office.repos.exchange.listBatches()).toEqual([]);

    office.db.issues.hook('creating').unsubscribe(refuseLast);
    vi.restoreAllMocks();
    office.db.close();
    const reopened = await openRepositories(
      new AppDatabase(office.db.name, { indexedDB: office.db.factory, IDBKeyRange }),
      'test',
    );
    expect(await dumpDatabase(reopened.db, [...dataTables, ...bookkeeping])).toEqual(before);
    expect((await reopened.db.fileLog.toArray()).map((e) => [e.fileName, e.what])).toEqual([
      ['石门村.json', '未导入：导入没有完成（软件中途关闭或出错），已写入的部分已撤回'],
    ]);
    // And the files import again as new.
    const batch = await reopened.exchange.apply([named]);
    expect(batch.files[0]?.counts.new).toBe(1 + 200 + 60);
  });

  it('backs up the data as it was before an import that did not finish', async () => {
    const { bundle, named } = await bigFile();
    const office = openTestDb('dev-office');
    // The office holds an older copy of the meeting, which the import replaces.
    const [incoming] = named.file.records.meetings;
    if (!incoming) throw new Error('no meeting');
    const older = { ...incoming, host: '旧主持人', rev: 0, clock: { 'fixture-laptop': 0 } };
    await office.db.meetings.put(older);
    office.db.issues.hook('creating', (_key, issue: { id: string }) => {
      if (issue.id === bundle.issues.at(-1)?.id) throw new Error('磁盘已满');
    });
    vi.spyOn(office.db.importBatches, 'delete').mockRejectedValueOnce(new Error('断电'));
    await expect(office.repos.exchange.apply([named])).rejects.toThrow(ImportNotTakenBack);
    expect(await office.db.attendance.count()).toBe(200);

    const backup = await office.repos.exchange.backup(defaultSettings);
    expect(backup.records.meetings).toEqual([older]);
    expect(backup.records.attendance).toEqual([]);
    expect(backup.records.issues).toEqual([]);
  });

  it('stops, and takes back, when this computer changes a record it is about to replace', async () => {
    const { named } = await bigFile();
    const office = openTestDb('dev-office');
    // The office holds an older copy of the meeting, so the import replaces it.
    const [incoming] = named.file.records.meetings;
    if (!incoming) throw new Error('no meeting');
    const older = { ...incoming, host: '旧主持人', rev: 0, clock: { 'fixture-laptop': 0 } };
    await office.db.meetings.put(older);
    const before = await dumpDatabase(office.db, [...dataTables, ...bookkeeping]);
    // Between the plan and the writing (the batch is written first), someone edits the meeting:
    // a transaction of its own, begun before the import's first slice, so it commits first.
    const edit = { ...older, host: '刚改的主持人', clock: { ...clockOf(older), 'dev-office': 1 } };
    let edited: Promise<unknown> | undefined;
    const editOnce = () => {
      edited ??= Dexie.ignoreTransaction(() => office.db.meetings.put(edit));
    };
    office.db.importBatches.hook('creating', editOnce);
    await expect(office.repos.exchange.apply([named])).rejects.toThrow(ImportOverwriteRefused);
    await edited;
    office.db.importBatches.hook('creating').unsubscribe(editOnce);
    const after = await dumpDatabase(office.db, [...dataTables, ...bookkeeping]);
    expect((after.meetings as { host: string }[]).map((m) => m.host)).toEqual(['刚改的主持人']);
    expect({ ...after, meetings: [] }).toEqual({ ...before, meetings: [] });
  });
});
