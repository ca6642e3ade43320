// A fresh database on fake-indexeddb per test: fast checks of the repositories' logic. That
// storage really works is proven on real IndexedDB in Chromium (test/e2e).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDatabase } from '../../renderer/db/database';
import { createRepositories } from '../../renderer/db/repositories';
import type { StampSource } from '../../renderer/db/repositories/stamp';

export function openTestDb(deviceId = 'device-test') {
  const db = new AppDatabase(`test-${crypto.randomUUID()}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  let tick = Date.UTC(2026, 10, 27, 8, 0, 0);
  const stamps: StampSource = () => ({ deviceId, now: new Date((tick += 1000)).toISOString() });
  return { db, repos: createRepositories(db, stamps) };
}
