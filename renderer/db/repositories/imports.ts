// 导入 over the database: preview, apply in one transaction (all or nothing), undo a whole
// batch, tell where a record came from, and resolve the conflicts an import left.
import { clockOf, compareClocks } from '../../../shared/domain/clock';
import {
  recordTables,
  type ExchangeFile,
  type ExchangeRecord,
  type RecordTable,
} from '../../../shared/exchange/format';
import { describeRefusal } from '../../../shared/exchange/gate';
import {
  countDecisions,
  issueRefusals,
  planFiles,
  refusedEntries,
  resolveConflict,
  settleAgainstPending,
  type PlannedRecord,
  type Resolution,
} from '../../../shared/exchange/merge';
import type {
  AppDatabase,
  FileLogEntry,
  ImportBatch,
  ImportedRecord,
  StoredConflict,
} from '../database';
import {
  countPhotos,
  describePhotoCounts,
  planPhotoFiles,
  type PlannedPhoto,
} from '../../../shared/exchange/photo-merge';
import type { Photo } from '../../../shared/domain/schemas';
import { loadLocal, loadPending, recordKey, type Pending } from './import-lookups';
import { moveLinksOfMergedPersons } from './merge-links';
import { freeDeletedPhotos, heldPhotoCount } from './photos';
import { recordStores, tableOf } from './record-tables';
import { loadSettings } from './settings';
import type { StampSource } from './stamp';
import { spareConflictedRecords, spareLinkedRecords, type UndoTable } from './undo-links';

/** Records written per request of an import; the page paints between two. */
export const writeSlice = 5000;

export type NamedFile = { name: string; file: ExchangeFile };

/**
 * What 撤销本批 did: records taken back, and records kept because they were changed since the
 * import, because a later import's conflict waits on them, or because a record that stays points
 * at them.
 */
export type UndoResult = {
  undone: number;
  keptChanged: number;
  keptConflicted: number;
  keptLinked: number;
};

/** A chosen file that was not imported, logged (文件记录) in the import's own transaction. */
export type SkippedFile = { name: string; reason: string };

/**
 * A conflict whose imported copy is already waiting (or has been seen by the waiting one) is not
 * a new conflict: the record is 未变 and no second row is made. Mutates `pending` as it goes, so
 * two files of one batch with the same copy make one row.
 */
function settlePlans(
  plans: PlannedRecord[][],
  pending: Pending,
  onConflict: (p: PlannedRecord, replacesId: string | undefined, fileIndex: number) => void,
): PlannedRecord[][] {
  return plans.map((planned, fileIndex) =>
    planned.map((p) => {
      if (p.decision !== 'conflict') return p;
      const key = recordKey(p.table, p.incoming.id);
      const waiting = pending.get(key);
      const outcome = settleAgainstPending(waiting?.incoming, p.incoming);
      if (outcome === 'same') return { ...p, decision: 'unchanged' as const };
      if (outcome === 'add' || outcome === 'replace') onConflict(p, waiting?.id, fileIndex);
      return p;
    }),
  );
}

/** The stored copies of the photos the files carry. */
async function loadLocalPhotos(db: AppDatabase, files: readonly NamedFile[]) {
  const ids = [...new Set(files.flatMap((f) => (f.file.photos ?? []).map((p) => p.id)))];
  const found = ids.length === 0 ? [] : await db.photos.bulkGet(ids);
  const local = new Map(found.filter((p) => p !== undefined).map((p) => [p.id, p]));
  return (id: string) => local.get(id);
}

/**
 * The files' photos planned under this computer's cap. When some would pass it, deleted photos
 * give up their pictures first (as adding one does, photos.ts) — only when `makeRoom`, inside the
 * import's transaction — and the files are planned again; the preview counts that room as free.
 */
async function planPhotos(
  db: AppDatabase,
  files: readonly NamedFile[],
  plans: readonly (readonly PlannedRecord[])[],
  makeRoom: boolean,
): Promise<PlannedPhoto[][]> {
  if (!files.some((f) => (f.file.photos ?? []).length > 0)) return files.map(() => []);
  const plan = async (held: number) =>
    planPhotoFiles(
      files.map((f) => f.file),
      await loadLocalPhotos(db, files),
      held,
      plans.map(refusedEntries),
    );
  const planned = await plan(await heldPhotoCount(db));
  if (!planned.flat().some((p) => p.decision === 'refused')) return planned;
  if (!makeRoom)
    return plan(
      await db.photos
        .where('bytes')
        .above(0)
        .filter((p) => p.deletedAt === null)
        .count(),
    );
  await freeDeletedPhotos(db);
  return plan(await heldPhotoCount(db));
}

export function createImportRepository(db: AppDatabase, stamps: StampSource) {
  return {
    /** What the files' photos would do, file by file (the preview's 照片 column), given the
     * files' planned records (preview), whose refused history entries keep their photos out. */
    async previewPhotos(
      files: readonly NamedFile[],
      plans: readonly (readonly PlannedRecord[])[],
    ): Promise<PlannedPhoto[][]> {
      return planPhotos(db, files, plans, false);
    },

    async preview(files: readonly NamedFile[]): Promise<PlannedRecord[][]> {
      const { settings } = await loadSettings(db);
      const plans = planFiles(
        files.map((f) => f.file),
        await loadLocal(db, files),
        settings,
      );
      const pending = await loadPending(db, files);
      return settlePlans(plans, pending, (p) =>
        pending.set(recordKey(p.table, p.incoming.id), { incoming: p.incoming }),
      );
    },

    /**
     * Plans again inside the transaction (the database may have changed since the preview), then
     * writes each table once with the last version of every record, the conflicts to resolve, and
     * the batch with what each file wrote and what it replaced (for 撤销), and the 文件记录 of
     * every file, imported or skipped, with the issues the lifecycle rules kept out: one
     * transaction, so the log never tells something the data does not show.
     */
    apply(files: readonly NamedFile[], skipped: readonly SkippedFile[] = []): Promise<ImportBatch> {
      const stores = [...recordStores(db), db.photos, db.conflicts, db.importBatches, db.fileLog];
      return db.transaction('rw', [...stores, db.keyValues], async () => {
        const stamp = stamps();
        const photoWrites = new Map<string, Photo>();
        const batchId = crypto.randomUUID();
        const { settings } = await loadSettings(db);
        const pending = await loadPending(db, files);
        const conflicts = new Map<string, StoredConflict>();
        const plans = settlePlans(
          planFiles(
            files.map((f) => f.file),
            await loadLocal(db, files),
            settings,
          ),
          pending,
          (p, replacesId, fileIndex) => {
            const key = recordKey(p.table, p.incoming.id);
            const row: StoredConflict = {
              id: replacesId ?? crypto.randomUUID(),
              table: p.table,
              recordId: p.incoming.id,
              incoming: p.incoming,
              batchId,
              fileName: files[fileIndex]?.name ?? '',
              sourceDevice: files[fileIndex]?.file.source.deviceId ?? '',
              detectedAt: stamp.now,
            };
            pending.set(key, row);
            conflicts.set(key, row);
          },
        );
        const photoPlans = await planPhotos(db, files, plans, true);
        const batch: ImportBatch = { id: batchId, at: stamp.now, files: [], undoneAt: null };
        const latest = new Map<string, { table: RecordTable; record: ExchangeRecord }>();
        /** The file of the batch that wrote a record last. */
        const writer = new Map<string, number>();
        for (const [index, planned] of plans.entries()) {
          const { name, file } = files[index] as NamedFile;
          const sourceDevice = file.source.deviceId;
          const written: ImportedRecord[] = [];
          for (const p of planned) {
            const key = `${p.table}:${p.incoming.id}`;
            if (p.write) {
              // When an earlier file of this batch wrote it already, 撤销 uses that entry's original.
              const before = latest.has(key) ? null : (p.local ?? null);
              written.push({
                table: p.table,
                recordId: p.incoming.id,
                before,
                afterClock: clockOf(p.write),
              });
              latest.set(key, { table: p.table, record: p.write });
              writer.set(key, index);
            }
          }
          for (const p of photoPlans[index] ?? []) {
            if (!p.write) continue;
            const before = photoWrites.has(p.incoming.id) ? null : (p.local ?? null);
            written.push({
              table: 'photos',
              recordId: p.incoming.id,
              before,
              afterClock: clockOf(p.write),
            });
            photoWrites.set(p.incoming.id, p.write);
          }
          batch.files.push({
            name,
            sourceDevice,
            counts: countDecisions(planned),
            refusals: issueRefusals(planned).map((r) => describeRefusal(name, r)),
            photos: countPhotos(photoPlans[index] ?? []),
            written,
          });
        }
        const records = [...latest.values()];
        for (const table of recordTables) {
          const rows = records.filter((w) => w.table === table).map((w) => w.record);
          // In slices, still in this one transaction: each put is prepared on the page's own
          // thread, and 130,000 at once (the demo township) froze the window for many seconds.
          for (let at = 0; at < rows.length; at += writeSlice)
            await tableOf(db, table).bulkPut(rows.slice(at, at + writeSlice));
        }
        await db.photos.bulkPut([...photoWrites.values()]);
        // Attendance naming a person merged away (here or in the files) moves where it went; each
        // move is written down for the file that brought the row or the merge, so 撤销 undoes it.
        const movedBy = new Map<number, number>();
        for (const { before, after } of await moveLinksOfMergedPersons(db, records, stamp)) {
          const key = recordKey('attendance', after.id);
          const cause =
            writer.get(key) ??
            writer.get(recordKey('persons', before.personId ?? '')) ??
            batch.files.length - 1;
          movedBy.set(cause, (movedBy.get(cause) ?? 0) + 1);
          batch.files[cause]?.written.push({
            table: 'attendance',
            recordId: after.id,
            before: latest.has(key) ? null : before,
            afterClock: clockOf(after),
          });
        }
        await db.conflicts.bulkPut([...conflicts.values()]);
        await db.importBatches.add(batch);
        const log = (fileName: string, what: string): FileLogEntry => ({
          action: '导入',
          what,
          fileName,
          at: stamp.now,
          deviceId: stamp.deviceId,
        });
        await db.fileLog.bulkAdd([
          ...batch.files.map((f, index) =>
            log(
              f.name,
              `新增 ${f.counts.new}，更新 ${f.counts.updated}，冲突 ${f.counts.conflict}` +
                (movedBy.has(index) ? `，参会人员改到合并后的村民 ${movedBy.get(index)}` : '') +
                (f.photos ? describePhotoCounts(f.name, f.photos) : '') +
                (f.refusals?.length ? `。${f.refusals.join('')}` : ''),
            ),
          ),
          ...skipped.map((f) => log(f.name, `未导入：${f.reason}`)),
        ]);
        return batch;
      });
    },

    /**
     * Takes a whole batch back: each record it wrote returns to what it was before (or goes, if
     * the batch created it), unless it has been changed since — then it is kept and counted
     * (keptChanged). A record the batch created stays too while a conflict from a later import
     * waits on it (keptConflicted), and while a record that stays points at it (keptLinked): the
     * meeting of an attendee edited since, say. Conflicts the batch raised are dropped.
     */
    undoBatch(batchId: string): Promise<UndoResult> {
      const stores = [...recordStores(db), db.photos, db.conflicts, db.importBatches];
      return db.transaction('rw', stores, async () => {
        const batch = await db.importBatches.get(batchId);
        if (!batch || batch.undoneAt)
          return { undone: 0, keptChanged: 0, keptConflicted: 0, keptLinked: 0 };
        // The first write of a record in the batch holds its original; the last holds the clock
        // the batch left it with.
        const originals = new Map<
          string,
          { entry: ImportedRecord; lastClock: Record<string, number> }
        >();
        for (const entry of batch.files.flatMap((f) => f.written)) {
          const key = `${entry.table}:${entry.recordId}`;
          const first = originals.get(key);
          originals.set(key, { entry: first?.entry ?? entry, lastClock: entry.afterClock });
        }
        let undone = 0;
        let keptChanged = 0;
        const created = new Map<UndoTable, Set<string>>();
        for (const { entry, lastClock } of originals.values()) {
          const table = db.table<ExchangeRecord | Photo, string>(entry.table);
          const current = await table.get(entry.recordId);
          if (current && compareClocks(clockOf(current), lastClock) !== 'equal') {
            keptChanged += 1;
          } else if (entry.before) {
            await table.put(entry.before);
            undone += 1;
          } else {
            created.set(entry.table, (created.get(entry.table) ?? new Set()).add(entry.recordId));
          }
        }
        const keptConflicted = await spareConflictedRecords(db, created, batchId);
        const keptLinked = await spareLinkedRecords(db, created);
        for (const [table, ids] of created) {
          await db.table(table).bulkDelete([...ids]);
          undone += ids.size;
        }
        await db.conflicts.where('batchId').equals(batchId).delete();
        await db.importBatches.update(batchId, { undoneAt: stamps().now });
        return { undone, keptChanged, keptConflicted, keptLinked };
      });
    },

    /** Where a record came from: every import that wrote it, newest first. */
    async provenanceOf(table: RecordTable, recordId: string) {
      const batches = await db.importBatches.orderBy('at').reverse().toArray();
      return batches.flatMap((batch) =>
        batch.files
          .filter((f) => f.written.some((w) => w.table === table && w.recordId === recordId))
          .map((f) => ({
            batchId: batch.id,
            fileName: f.name,
            sourceDevice: f.sourceDevice,
            importedAt: batch.at,
            undone: batch.undoneAt !== null,
          })),
      );
    },

    listBatches(): Promise<ImportBatch[]> {
      return db.importBatches.orderBy('at').reverse().toArray();
    },

    async listConflicts(): Promise<StoredConflict[]> {
      const conflicts = await db.conflicts.toArray();
      return conflicts.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
    },

    async localVersion(conflict: StoredConflict): Promise<ExchangeRecord | undefined> {
      return tableOf(db, conflict.table).get(conflict.recordId);
    },

    /** This computer's copy and the records it belongs to, for the 冲突 screen's heading. */
    async conflictContext(conflict: StoredConflict) {
      const local = await tableOf(db, conflict.table).get(conflict.recordId);
      const about = (local ?? conflict.incoming) as { meetingId?: string; issueId?: string };
      const issue = about.issueId ? await db.issues.get(about.issueId) : undefined;
      const meetingId = about.meetingId ?? issue?.meetingId;
      const meeting = meetingId ? await db.meetings.get(meetingId) : undefined;
      return { local, meeting, issue };
    },

    resolve(conflictId: string, choice: Resolution): Promise<void> {
      return db.transaction('rw', [...recordStores(db), db.conflicts], async () => {
        const conflict = await db.conflicts.get(conflictId);
        if (!conflict) return;
        const table = tableOf(db, conflict.table);
        const local = await table.get(conflict.recordId);
        const writes = local
          ? resolveConflict(conflict.table, local, conflict.incoming, choice, stamps())
          : [conflict.incoming];
        await table.bulkPut(writes);
        // Taking another laptop's merge (its tombstone of the person) moves the links here too.
        await moveLinksOfMergedPersons(
          db,
          writes.map((record) => ({ table: conflict.table, record })),
          stamps(),
        );
        // Every row for this record goes (databases written before conflicts were keyed by
        // record may hold two), so no second 两者都保留 can copy it again.
        await db.conflicts
          .where('[table+recordId]')
          .equals([conflict.table, conflict.recordId])
          .delete();
      });
    },
  };
}
