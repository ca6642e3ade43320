// Version 1 data opened by version 2: every record is still there and the new tables work.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../../../renderer/db/database';
import { blankMeeting, newRecordMeta } from '../../../shared/domain/records';
import { defaultSettings } from '../../../shared/domain/schemas';

describe('database version 2', () => {
  it('keeps version 1 data and adds the import tables', async () => {
    const indexedDB = new IDBFactory();
    const name = 'migration-v2';
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      meetings: 'id, date, village, status, updatedAt',
      attendance: 'id, meetingId, personId, updatedAt',
      issues: 'id, meetingId, status, deadline, category, updatedAt',
      progress: 'id, issueId, updatedAt',
      persons: 'id, name, village, updatedAt',
      keyValues: 'key',
      fileLog: '++id, at',
    });
    const meeting = {
      ...newRecordMeta({ deviceId: 'dev-1', now: '2026-11-27T08:00:00.000Z' }),
      ...blankMeeting(defaultSettings, '2026-11-27'),
    };
    await v1.table('meetings').add(meeting);
    await v1.table('keyValues').put({ key: 'deviceId', value: 'dev-1' });
    v1.close();

    const v2 = new AppDatabase(name, { indexedDB, IDBKeyRange });
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.meetings.get(meeting.id)).toEqual(meeting);
    expect((await v2.keyValues.get('deviceId'))?.value).toBe('dev-1');
    await v2.importBatches.add({
      id: 'b1',
      at: '2026-11-27T09:00:00.000Z',
      files: [],
      undoneAt: null,
    });
    expect(await v2.importBatches.count()).toBe(1);
    v2.close();
  });
});
