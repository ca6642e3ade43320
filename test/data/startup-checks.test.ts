// The start-up probe tells a blank database from one holding data without counting its rows:
// with the ten-year demo township a count walked 130,000 records before the home screen.
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDatabase } from '../../renderer/db/database';
import { probeDatabase } from '../../renderer/features/exchange/startup-checks';

afterEach(() => {
  vi.restoreAllMocks();
});

async function database(fill: (db: AppDatabase) => Promise<unknown>) {
  const factory = new IDBFactory();
  const db = new AppDatabase('probe-test', { indexedDB: factory, IDBKeyRange });
  await db.open();
  await fill(db);
  db.close();
  return factory;
}

describe('probeDatabase', () => {
  it('is true when there is no database, and creates none', async () => {
    const factory = new IDBFactory();
    expect(await probeDatabase(factory, 'probe-test')).toEqual({ blank: true, version: 0 });
    expect(await factory.databases()).toEqual([]);
  });

  it('is true for a database whose stores are all empty', async () => {
    const factory = await database(() => Promise.resolve());
    const [stored] = await factory.databases();
    expect(await probeDatabase(factory, 'probe-test')).toEqual({
      blank: true,
      version: stored?.version,
    });
  });

  it('is false as soon as one store holds a row, and counts no store', async () => {
    const factory = await database((db) =>
      db.progress.bulkPut(Array.from({ length: 50 }, (_, i) => ({ id: `p${i}` }) as never)),
    );
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    expect((await probeDatabase(factory, 'probe-test')).blank).toBe(false);
    expect(count).not.toHaveBeenCalled();
  });

  it('is false when only the device id is stored', async () => {
    const factory = await database((db) => db.keyValues.put({ key: 'deviceId', value: 'x' }));
    const [stored] = await factory.databases();
    expect(await probeDatabase(factory, 'probe-test')).toEqual({
      blank: false,
      version: stored?.version,
    });
  });
});
