// Every released database version opens in today's app with its data intact, and a database
// written by a newer app (or one another window keeps from upgrading) is refused, unchanged,
// with a Chinese message saying which.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  AppDatabase,
  DatabaseOpenError,
  describeOpenFailure,
  openDatabase,
} from '../../../renderer/db/database';
import { createRepositories } from '../../../renderer/db/repositories';
import { parseExchangeText } from '../../../shared/exchange/parse';
import { serializeExchangeFile } from '../../../shared/exchange/write';
import { dumpDatabase } from '../dump';
import { v1, v2, type Fixture } from './fixtures';

async function writeFixture(indexedDB: IDBFactory, name: string, fixture: Fixture) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(fixture.version).stores(fixture.stores);
  for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
  old.close();
}

const sortedRows = (rows: Record<string, unknown>[]) =>
  rows
    .map((r) => JSON.stringify(r))
    .sort()
    .map((r) => JSON.parse(r) as unknown);

describe.each([v1, v2])('a version $version database', (fixture) => {
  it('upgrades to the current version with every row intact and usable', async () => {
    const indexedDB = new IDBFactory();
    await writeFixture(indexedDB, 'upgrade', fixture);

    const db = new AppDatabase('upgrade', { indexedDB, IDBKeyRange });
    await openDatabase(db);
    expect(db.verno).toBe(5);
    const dump = await dumpDatabase(db, Object.keys(fixture.rows));
    for (const [table, rows] of Object.entries(fixture.rows)) {
      // Version 4 writes out what an old 办理进展 entry reads as: a plain 进展 (v4-progress-defaults).
      const upgraded =
        table === 'progress'
          ? rows.map((r) => ({
              ...r,
              kind: '进展',
              toStatus: '',
              satisfaction: '',
              department: '',
              nextReviewOn: '',
            }))
          : rows;
      expect(dump[table], table).toEqual(sortedRows(upgraded));
    }

    // The app reads and edits the old rows as its own.
    let tick = Date.UTC(2026, 10, 1);
    const repos = createRepositories(db, () => ({
      deviceId: 'a8e6b1f2-laptop',
      now: new Date((tick += 1000)).toISOString(),
    }));
    const [meeting] = await repos.meetings.search();
    expect(meeting?.village).toBe('石门村');
    // After the upgrade to version 5 (its deletedAt index) the old held meeting is listed and
    // counted, and once deleted it is neither.
    const held = () => repos.meetings.page('held', {}, 0, 20);
    expect(await held()).toEqual({ rows: [meeting], total: 1 });
    const [issue] = await repos.issues.listForMeeting(meeting!.id);
    expect(issue?.owner).toBe('刘站长');
    const settings = await repos.settings.read();
    expect(settings.fallbacks).toEqual([]);
    expect(settings.settings.meetingTypeLabel).toBe('院坝会');
    const edited = await repos.issues.update(issue!.id, { owner: '周站长' });
    expect(edited.rev).toBe(4);
    expect(edited.clock).toEqual({ 'a8e6b1f2-laptop': 4 });
    await db.importBatches.add({
      id: 'b2',
      at: '2026-11-01T00:00:00.000Z',
      files: [],
      undoneAt: null,
    });
    expect(await db.importBatches.count()).toBe(fixture.version === 2 ? 2 : 1);
    // Version 3's photos table is there, empty, and takes a photo of an old meeting.
    expect(await repos.photos.list(meeting!.id, null)).toEqual([]);
    const [photo] = await repos.photos.add([
      {
        meetingId: meeting!.id,
        progressId: null,
        kind: '现场',
        caption: '',
        width: 1,
        height: 1,
        bytes: 3,
        jpeg: '/9j/',
      },
    ]);
    expect((await repos.photos.list(meeting!.id, null)).map((p) => p.id)).toEqual([photo!.id]);
    await repos.meetings.remove(meeting!.id);
    expect(await held()).toEqual({ rows: [], total: 0 });
    db.close();
  });

  it('exports its old rows as records that import back unchanged', async () => {
    const indexedDB = new IDBFactory();
    await writeFixture(indexedDB, 'round-trip', fixture);
    const db = new AppDatabase('round-trip', { indexedDB, IDBKeyRange });
    await openDatabase(db);
    const repos = createRepositories(db, () => ({
      deviceId: 'a8e6b1f2-laptop',
      now: '2026-11-02T08:00:00.000Z',
    }));
    const [meeting] = await repos.meetings.search();
    const waiting = await repos.exchange.listConflicts();
    const text = serializeExchangeFile(await repos.exchange.exportMeetings([meeting!.id]));
    const parsed = await parseExchangeText(text, '石门村.json');
    if (!parsed.ok) throw new Error(parsed.message);
    // The old 办理进展 (written before its kind existed) is the 进展 the file says it is.
    expect(parsed.file.records.progress.map((p) => [p.text, p.kind, p.toStatus])).toEqual([
      ['已勘察，材料进场', '进展', ''],
    ]);

    const batch = await repos.exchange.apply([{ name: '石门村.json', file: parsed.file }]);
    // The meeting, its attendee, its issue and the progress entry, each as stored.
    expect(batch.files[0]!.counts).toEqual({
      new: 0,
      updated: 0,
      unchanged: 4,
      conflict: 0,
      refused: 0,
    });
    expect(await repos.exchange.listConflicts()).toEqual(waiting);
    db.close();
  });
});

describe('a database the app cannot safely open', () => {
  it('refuses one written by a newer version, and leaves it as it was', async () => {
    const indexedDB = new IDBFactory();
    const newer: Fixture = {
      version: 6,
      stores: {
        ...v2.stores,
        meetings: 'id, date, village, status, updatedAt, township',
        rooms: 'id',
      },
      rows: { ...v2.rows, rooms: [{ id: 'r1' }] },
    };
    await writeFixture(indexedDB, 'newer', newer);

    const db = new AppDatabase('newer', { indexedDB, IDBKeyRange });
    const failure = await openDatabase(db).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect((failure as DatabaseOpenError).kind).toBe('newer');
    expect(db.isOpen()).toBe(false);
    const message = describeOpenFailure(failure);
    expect(message.title).toBe('本地数据来自更新版本的程序');
    expect(message.detail).toMatch(/最新版本/);

    const check = new Dexie('newer', { indexedDB, IDBKeyRange });
    await check.open();
    expect(check.verno).toBe(6);
    expect(check.tables.map((t) => t.name).sort()).toEqual(Object.keys(newer.stores).sort());
    expect(await check.table('rooms').count()).toBe(1);
    check.close();
  });

  it('refuses a newer database on the version the start-up probe read, opening it not at all', async () => {
    const indexedDB = new IDBFactory();
    await writeFixture(indexedDB, 'probed', v1);
    const open = vi.spyOn(indexedDB, 'open');
    const db = new AppDatabase('probed', { indexedDB, IDBKeyRange });
    // As if the probe had found, a moment before, one version past the app's (Dexie stores N as N × 10).
    const failure = await openDatabase(db, (db.verno + 1) * 10).then(
      () => null,
      (error: unknown) => error,
    );
    expect((failure as DatabaseOpenError).kind).toBe('newer');
    expect(open).not.toHaveBeenCalled();

    // With the version it read, the open goes through with that one request only.
    const [stored] = await indexedDB.databases();
    const again = new AppDatabase('probed', { indexedDB, IDBKeyRange });
    await openDatabase(again, stored?.version);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await again.meetings.count()).toBe(1);
    again.close();
  });

  it('says when another window keeps the upgrade from running', async () => {
    const indexedDB = new IDBFactory();
    await writeFixture(indexedDB, 'blocked', v1);
    // An old window that holds version 1 open and does not let go.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('blocked', 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });

    const db = new AppDatabase('blocked', { indexedDB, IDBKeyRange });
    const failure = await openDatabase(db).then(
      () => null,
      (error: unknown) => error,
    );
    expect((failure as DatabaseOpenError).kind).toBe('blocked');
    expect(describeOpenFailure(failure).detail).toMatch(/关闭其他窗口/);
    holder.close();

    // Once the other window is gone, the upgrade goes through.
    const again = new AppDatabase('blocked', { indexedDB, IDBKeyRange });
    await openDatabase(again);
    expect(await again.meetings.count()).toBe(1);
    again.close();
  });

  it('names any other failure in Chinese and offers the backups', () => {
    const message = describeOpenFailure(
      new Error('UnknownError: Internal error opening backing store'),
    );
    expect(message.kind).toBe('other');
    expect(message.detail).toMatch(/备份/);
    expect(`${message.title}${message.detail}`).not.toMatch(/[A-Za-z]/);
  });
});
