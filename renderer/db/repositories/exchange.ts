// Exchange files and backups over the database: export chosen meetings, back up everything and
// restore it; the import side (imports.ts) is part of the same repository.
import type { Stamp } from '../../../shared/domain/records';
import type { Photo, Settings } from '../../../shared/domain/schemas';
import {
  emptyRecords,
  recordTables,
  type ExchangeFile,
  type ExchangeRecord,
  type ExchangeRecords,
} from '../../../shared/exchange/format';
import { withMergedPersons } from '../../../shared/exchange/person-merges';
import { createExchangeFile } from '../../../shared/exchange/write';
import type { AppDatabase } from '../database';
import { beforeUnfinishedImport, createImportRepository } from './imports';
import { recordStores, tableOf } from './record-tables';
import type { StampSource } from './stamp';

export type { NamedFile } from './imports';

export function createExchangeRepository(db: AppDatabase, stamps: StampSource, appVersion: string) {
  const header = (kind: ExchangeFile['kind'], stamp: Stamp, settings?: Settings) => ({
    kind,
    exportedAt: stamp.now,
    appVersion,
    source: { deviceId: stamp.deviceId, label: '' },
    ...(settings ? { settings } : {}),
  });

  return {
    ...createImportRepository(db, stamps),
    /**
     * The chosen meetings with all their records, tombstones included, so deletions travel too,
     * and the roster persons their attendees name with the persons merged into them, so merges
     * travel too. Merged persons are found by reading the roster whole: it has no index on
     * mergedIntoId, and a township's roster of 8,000 reads in a moment. With the meetings'
     * photos and their follow-up steps' (tombstones too); a copy may leave some out (write.ts).
     */
    async exportMeetings(meetingIds: readonly string[]): Promise<ExchangeFile> {
      const records = emptyRecords();
      let photos: Photo[] = [];
      await db.transaction('r', [...recordStores(db), db.photos], async () => {
        records.meetings = (await db.meetings.bulkGet([...meetingIds])).filter(
          (m) => m !== undefined,
        );
        records.attendance = await db.attendance
          .where('meetingId')
          .anyOf([...meetingIds])
          .toArray();
        records.issues = await db.issues
          .where('meetingId')
          .anyOf([...meetingIds])
          .toArray();
        records.progress = await db.progress
          .where('issueId')
          .anyOf(records.issues.map((i) => i.id))
          .toArray();
        const personIds = records.attendance.flatMap((a) => (a.personId ? [a.personId] : []));
        records.persons =
          personIds.length === 0 ? [] : withMergedPersons(personIds, await db.persons.toArray());
        photos = await db.photos
          .where('meetingId')
          .anyOf([...meetingIds])
          .toArray();
      });
      return createExchangeFile({ ...header('exchange', stamps()), photos }, records);
    },

    async meetingIdsBetween(from: string, to: string): Promise<string[]> {
      return db.meetings.where('date').between(from, to, true, true).primaryKeys();
    },

    /**
     * Everything: all records (tombstones too), the photos and the settings; as they were before
     * an import that is still writing (beforeUnfinishedImport).
     */
    async backup(settings: Settings): Promise<ExchangeFile> {
      const stores = [...recordStores(db), db.photos, db.keyValues, db.importBatches];
      const { photos, ...records } = await db.transaction('r', stores, async () => {
        const read = { ...emptyRecords(), photos: await db.photos.toArray() };
        for (const table of recordTables)
          (read[table] as ExchangeRecord[]) = await tableOf(db, table).toArray();
        return beforeUnfinishedImport(db, read);
      });
      return createExchangeFile({ ...header('backup', stamps(), settings), photos }, records);
    },

    /**
     * Replaces every record and the settings with the backup's, and logs it (文件记录), in one
     * transaction: either all of it happened or none of it.
     */
    restore(file: ExchangeFile, log: { fileName: string; what: string }): Promise<void> {
      const stores = [...recordStores(db), db.photos, db.keyValues, db.conflicts, db.fileLog];
      return db.transaction('rw', stores, async () => {
        for (const table of recordTables) {
          await tableOf(db, table).clear();
          await tableOf(db, table).bulkAdd(file.records[table]);
        }
        // A backup from before photos existed holds none: after it, there are none.
        await db.photos.clear();
        await db.photos.bulkAdd(file.photos ?? []);
        await db.conflicts.clear();
        if (file.settings) await db.keyValues.put({ key: 'settings', value: file.settings });
        const { now, deviceId } = stamps();
        await db.fileLog.add({ action: '恢复', ...log, at: now, deviceId });
      });
    },

    /** True when nothing was ever stored here: no record, no device id (a new or wiped profile). */
    async isBlank(): Promise<boolean> {
      return db.transaction('r', [...recordStores(db), db.keyValues], async () => {
        // One key at most per table: a count walks every record.
        for (const table of recordTables)
          if ((await tableOf(db, table).limit(1).primaryKeys()).length > 0) return false;
        return (await db.keyValues.limit(1).primaryKeys()).length === 0;
      });
    },
  };
}

export type ExchangeRepository = ReturnType<typeof createExchangeRepository>;
export type { ExchangeRecords };
