// 导入 over the database: preview, apply all or nothing (in transactions of under 1 MB, taken back
// on failure or at the next start), undo a whole batch, tell where a record came from, and
// resolve the conflicts an import left.
import { clockOf, compareClocks } from '../../../shared/domain/clock';
import {
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
import type { Stamp } from '../../../shared/domain/records';
import { spareConflictedRecords, spareLinkedRecords, type UndoTable } from './undo-links';

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
 * are to give up their pictures first (as adding one does, photos.ts) and the files are planned
 * with that room counted as free: `makeRoom` says so, for the writer (the preview only shows it).
 */
async function planPhotos(
  db: AppDatabase,
  files: readonly NamedFile[],
  plans: readonly (readonly PlannedRecord[])[],
): Promise<{ planned: PlannedPhoto[][]; makeRoom: boolean }> {
  if (!files.some((f) => (f.file.photos ?? []).length > 0))
    return { planned: files.map(() => []), makeRoom: false };
  const plan = async (held: number) =>
    planPhotoFiles(
      files.map((f) => f.file),
      await loadLocalPhotos(db, files),
      held,
      plans.map(refusedEntries),
    );
  const planned = await plan(await heldPhotoCount(db));
  if (!planned.flat().some((p) => p.decision === 'refused')) return { planned, makeRoom: false };
  const live = await db.photos
    .where('bytes')
    .above(0)
    .filter((p) => p.deletedAt === null)
    .count();
  return { planned: await plan(live), makeRoom: true };
}

/**
 * Characters of JSON an import writes per transaction. Chromium writes a transaction of more
 * than 1 MB with an undo log, one entry per key, and every later start of the app reads past
 * what is left of that log once it is deleted (test/bench/open-cost.ts): the ten-year demo
 * township written in one transaction made each start 250 ms slower. With 150,000 or 200,000
 * characters a transaction still kept a log now and then, as keys and index entries count too
 * (the demo's open: LevelDB Scopes 19 and 51 ms, against 2.5 ms with 100,000). Each transaction
 * costs about 4 ms: the import of a township's year (3.9 million characters) takes 0.2 s longer.
 */
export const sliceChars = 100_000;

/** The key-value naming the batch whose records an import is writing; gone once it is done. */
const unfinishedKey = 'unfinishedImport';

/**
 * The order an import writes its tables in: what a record points at is there before it (an
 * attendee's person and meeting, an issue's meeting and 反映人, a step's issue), so a backup or an
 * export made while it writes holds no link to a missing record.
 */
const writeOrder: readonly RecordTable[] = [
  'persons',
  'meetings',
  'attendance',
  'issues',
  'progress',
];

/** Persons ordered so that one merged into another comes after it (chains included). */
export function mergeTargetsFirst<T extends ExchangeRecord>(rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = (row: T) => {
    let n = 0;
    const seen = new Set<string>();
    for (let at: T | undefined = row; at; n++) {
      const next = (at as { mergedIntoId?: string }).mergedIntoId;
      if (next === undefined || seen.has(next)) break;
      seen.add(next);
      at = byId.get(next);
    }
    return n;
  };
  const depths = new Map(rows.map((r) => [r.id, depth(r)]));
  return [...rows].sort((a, b) => (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0));
}

/** An import failed and what it had written could not be taken back now; the next start does. */
export class ImportNotTakenBack extends Error {
  override name = 'ImportNotTakenBack';
  constructor(options: { cause: unknown }) {
    super('已写入的部分这次未能撤回，下次打开本软件时会自动撤回', options);
  }
}

/** A record this computer changed while an import was writing over it. */
export class ImportOverwriteRefused extends Error {
  override name = 'ImportOverwriteRefused';
  constructor() {
    super('导入过程中本机修改了要导入的记录，导入已全部撤回，请重新导入');
  }
}

/** Refuses when a record read now is not the version `replaced` was planned against. */
function refuseChanged<T extends ExchangeRecord | Photo>(
  stored: readonly (T | undefined)[],
  replaced: readonly T[],
) {
  stored.forEach((now, i) => {
    const then = replaced[i];
    if (!now || !then || compareClocks(clockOf(now), clockOf(then)) !== 'equal')
      throw new ImportOverwriteRefused();
  });
}

/** `rows` in runs of at most `sliceChars` characters of JSON (one longer row makes its own). */
export function slicesOf<T>(rows: readonly T[]): T[][] {
  const slices: T[][] = [];
  let slice: T[] = [];
  let chars = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length;
    if (slice.length > 0 && chars + size > sliceChars) {
      slices.push(slice);
      slice = [];
      chars = 0;
    }
    slice.push(row);
    chars += size;
  }
  if (slice.length > 0) slices.push(slice);
  return slices;
}

const logEntry = (stamp: Stamp, fileName: string, what: string): FileLogEntry => ({
  action: '导入',
  what,
  fileName,
  at: stamp.now,
  deviceId: stamp.deviceId,
});

/** The batch of an import that is writing, or was cut off part-way: its id, or null. */
async function unfinishedImportId(db: AppDatabase): Promise<string | null> {
  const mark = await db.keyValues.get(unfinishedKey);
  return typeof mark?.value === 'string' ? mark.value : null;
}

/**
 * Each record a batch wrote, once: the entry of its first write (holding the original) and the
 * clock its last write left it with.
 */
function originalsOf(batch: ImportBatch) {
  const originals = new Map<string, { entry: ImportedRecord; lastClock: Record<string, number> }>();
  for (const entry of batch.files.flatMap((f) => f.written)) {
    const key = `${entry.table}:${entry.recordId}`;
    const first = originals.get(key);
    originals.set(key, { entry: first?.entry ?? entry, lastClock: entry.afterClock });
  }
  return originals.values();
}

type Row = ExchangeRecord | Photo;

/**
 * `rows` (every table's, as read in the caller's transaction) as they were before an import that
 * has not finished: what it wrote and nobody changed since goes back to its original, or goes.
 * A backup made while an import writes holds none of it (the import may still be taken back).
 */
export async function beforeUnfinishedImport<T extends Record<UndoTable, Row[]>>(
  db: AppDatabase,
  rows: T,
): Promise<T> {
  const batchId = await unfinishedImportId(db);
  const batch = batchId === null ? undefined : await db.importBatches.get(batchId);
  if (!batch) return rows;
  const tables = new Map<UndoTable, Map<string, Row>>();
  for (const { entry, lastClock } of originalsOf(batch)) {
    const table =
      tables.get(entry.table) ?? new Map(rows[entry.table].map((r): [string, Row] => [r.id, r]));
    tables.set(entry.table, table);
    const current = table.get(entry.recordId);
    if (!current || compareClocks(clockOf(current), lastClock) !== 'equal') continue;
    if (entry.before) table.set(entry.recordId, entry.before);
    else table.delete(entry.recordId);
  }
  const result = { ...rows };
  for (const [table, byId] of tables) result[table] = [...byId.values()];
  return result;
}

/** What an import planned, for the transactions that write it. */
type ImportPlan = {
  batch: ImportBatch;
  stamp: Stamp;
  /** The last version of each record the files write, by recordKey, and the file that wrote it. */
  latest: Map<string, { table: RecordTable; record: ExchangeRecord }>;
  writer: Map<string, number>;
  /** This computer's copy each record was planned against (null: it had none). */
  planned: Map<string, ExchangeRecord | null>;
  photoWrites: Map<string, Photo>;
  /** This computer's copy of each photo the files write (null: it had none). */
  plannedPhotos: Map<string, Photo | null>;
  makeRoom: boolean;
  conflicts: Map<string, StoredConflict>;
};

export function createImportRepository(db: AppDatabase, stamps: StampSource) {
  const unfinishedBatchId = () => unfinishedImportId(db);

  /** The batches of finished imports, newest first. */
  async function finishedBatches(): Promise<ImportBatch[]> {
    const unfinished = await unfinishedBatchId();
    const batches = await db.importBatches.orderBy('at').reverse().toArray();
    return batches.filter((b) => b.id !== unfinished);
  }

  /**
   * Plans the files against the database as it is, in one read-only transaction: what each file
   * writes, with what it replaces (for 撤销 and for taking the import back). Takes back an
   * earlier import that did not finish first.
   */
  async function planImport(files: readonly NamedFile[]): Promise<ImportPlan> {
    await takeBackUnfinished();
    const stores = [...recordStores(db), db.photos, db.conflicts, db.importBatches];
    return db.transaction('r', [...stores, db.keyValues], async () => {
      const stamp = stamps();
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
      const { planned: photoPlans, makeRoom } = await planPhotos(db, files, plans);
      const batch: ImportBatch = { id: batchId, at: stamp.now, files: [], undoneAt: null };
      const latest = new Map<string, { table: RecordTable; record: ExchangeRecord }>();
      const writer = new Map<string, number>();
      const planned = new Map<string, ExchangeRecord | null>();
      const photoWrites = new Map<string, Photo>();
      const plannedPhotos = new Map<string, Photo | null>();
      for (const [index, filePlans] of plans.entries()) {
        const { name, file } = files[index] as NamedFile;
        const written: ImportedRecord[] = [];
        for (const p of filePlans) {
          if (!p.write) continue;
          const key = recordKey(p.table, p.incoming.id);
          // When an earlier file of this batch wrote it already, 撤销 uses that entry's original.
          const before = planned.has(key) ? null : (p.local ?? null);
          if (!planned.has(key)) planned.set(key, p.local ?? null);
          written.push({
            table: p.table,
            recordId: p.incoming.id,
            before,
            afterClock: clockOf(p.write),
          });
          latest.set(key, { table: p.table, record: p.write });
          writer.set(key, index);
        }
        for (const p of photoPlans[index] ?? []) {
          if (!p.write) continue;
          const before = photoWrites.has(p.incoming.id) ? null : (p.local ?? null);
          if (!photoWrites.has(p.incoming.id)) plannedPhotos.set(p.incoming.id, p.local ?? null);
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
          sourceDevice: file.source.deviceId,
          counts: countDecisions(filePlans),
          refusals: issueRefusals(filePlans).map((r) => describeRefusal(name, r)),
          photos: countPhotos(photoPlans[index] ?? []),
          written,
        });
      }
      return {
        batch,
        stamp,
        latest,
        writer,
        planned,
        photoWrites,
        plannedPhotos,
        makeRoom,
        conflicts,
      };
    });
  }

  /**
   * Marks the batch unfinished, then writes the planned records table by table in transactions
   * of at most `sliceChars`; each first reads what it overwrites and refuses when this computer
   * changed it since the plan.
   */
  async function writeRecords({ batch, latest, planned }: ImportPlan) {
    await db.transaction('rw', db.importBatches, db.keyValues, async () => {
      await db.importBatches.add(batch);
      await db.keyValues.put({ key: unfinishedKey, value: batch.id });
    });
    const records = [...latest.values()];
    for (const table of writeOrder) {
      const store = tableOf(db, table);
      const rows = records.filter((w) => w.table === table).map((w) => w.record);
      for (const slice of slicesOf(table === 'persons' ? mergeTargetsFirst(rows) : rows)) {
        await db.transaction('rw', store, async () => {
          // A record this import adds has a new id no one else writes: only what it replaces is
          // read again (so an import into an empty database looks nothing up).
          const replaced = slice.flatMap((r) => planned.get(recordKey(table, r.id)) ?? []);
          refuseChanged(await store.bulkGet(replaced.map((r) => r.id)), replaced);
          await store.bulkPut(slice);
        });
      }
    }
  }

  /**
   * The import's last transaction: the photos (refused, as the records are, when this computer
   * changed one it replaces since the plan), attendance naming a person merged away (here or
   * in the files) moved where it went, each move written down for the file that brought the row
   * or the merge so 撤销 undoes it, the conflicts, the batch as done and the 文件记录.
   */
  function finishImport(
    { batch, stamp, latest, writer, photoWrites, plannedPhotos, makeRoom, conflicts }: ImportPlan,
    skipped: readonly SkippedFile[],
  ): Promise<ImportBatch> {
    const stores = [...recordStores(db), db.photos, db.conflicts, db.importBatches, db.fileLog];
    return db.transaction('rw', [...stores, db.keyValues], async () => {
      const replaced = [...photoWrites.keys()].flatMap((id) => plannedPhotos.get(id) ?? []);
      refuseChanged(await db.photos.bulkGet(replaced.map((p) => p.id)), replaced);
      if (makeRoom) await freeDeletedPhotos(db);
      await db.photos.bulkPut([...photoWrites.values()]);
      const records = [...latest.values()];
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
      // The batch was written before the records; it changes only when links moved.
      if (movedBy.size > 0) await db.importBatches.put(batch);
      await db.keyValues.delete(unfinishedKey);
      await db.fileLog.bulkAdd([
        ...batch.files.map((f, index) =>
          logEntry(
            stamp,
            f.name,
            `新增 ${f.counts.new}，更新 ${f.counts.updated}，冲突 ${f.counts.conflict}` +
              (movedBy.has(index) ? `，参会人员改到合并后的村民 ${movedBy.get(index)}` : '') +
              (f.photos ? describePhotoCounts(f.name, f.photos) : '') +
              (f.refusals?.length ? `。${f.refusals.join('')}` : ''),
          ),
        ),
        ...skipped.map((f) => logEntry(stamp, f.name, `未导入：${f.reason}`)),
      ]);
      return batch;
    });
  }

  /** What 撤销本批 does to the records, in the caller's transaction. */
  async function takeBack(batch: ImportBatch): Promise<UndoResult> {
    let undone = 0;
    let keptChanged = 0;
    const created = new Map<UndoTable, Set<string>>();
    for (const { entry, lastClock } of originalsOf(batch)) {
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
    const keptConflicted = await spareConflictedRecords(db, created, batch.id);
    const keptLinked = await spareLinkedRecords(db, created);
    for (const [table, ids] of created) {
      await db.table(table).bulkDelete([...ids]);
      undone += ids.size;
    }
    await db.conflicts.where('batchId').equals(batch.id).delete();
    return { undone, keptChanged, keptConflicted, keptLinked };
  }

  async function takeBackUnfinished({ log } = { log: true }): Promise<string[]> {
    if ((await unfinishedBatchId()) === null) return [];
    const stores = [...recordStores(db), db.photos, db.conflicts, db.importBatches, db.fileLog];
    return db.transaction('rw', [...stores, db.keyValues], async () => {
      const batchId = await unfinishedBatchId();
      if (batchId === null) return [];
      const batch = await db.importBatches.get(batchId);
      if (batch) await takeBack(batch);
      await db.importBatches.delete(batchId);
      await db.keyValues.delete(unfinishedKey);
      const names = batch?.files.map((f) => f.name) ?? [];
      if (!log) return names;
      const stamp = stamps();
      await db.fileLog.bulkAdd(
        names.map((name) =>
          logEntry(stamp, name, '未导入：导入没有完成（软件中途关闭或出错），已写入的部分已撤回'),
        ),
      );
      return names;
    });
  }

  return {
    /** What the files' photos would do, file by file (the preview's 照片 column), given the
     * files' planned records (preview), whose refused history entries keep their photos out. */
    async previewPhotos(
      files: readonly NamedFile[],
      plans: readonly (readonly PlannedRecord[])[],
    ): Promise<PlannedPhoto[][]> {
      return (await planPhotos(db, files, plans)).planned;
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
     * Plans again (the database may have changed since the preview) and writes the batch, with
     * what each file wrote and what it replaced, marked unfinished; then writes the records in
     * transactions of at most `sliceChars` (see there), each one first checking that nothing it
     * overwrites changed since the plan; then, in one last transaction, the photos, the moved
     * links, the conflicts to resolve and the 文件记录 of every file, imported or skipped, and
     * clears the mark. On any failure what was written is taken back, as 撤销本批 would, and the
     * batch goes; a start after a crash takes back a batch still marked (takeBackUnfinished). So
     * an import is all or nothing, and the log never tells something the data does not show.
     */
    async apply(
      files: readonly NamedFile[],
      skipped: readonly SkippedFile[] = [],
    ): Promise<ImportBatch> {
      const plan = await planImport(files);
      try {
        await writeRecords(plan);
        return await finishImport(plan, skipped);
      } catch (error) {
        try {
          // The screen says the import failed and nothing changed: no 文件记录 for it.
          await takeBackUnfinished({ log: false });
        } catch {
          throw new ImportNotTakenBack({ cause: error });
        }
        throw error;
      }
    },

    /**
     * Takes back a batch whose import did not finish (the app closed or failed while writing its
     * records), logs it for each of its files, and returns their names; none when there is none.
     */
    takeBackUnfinished,

    /**
     * Takes a whole batch back: each record it wrote returns to what it was before (or goes, if
     * the batch created it), unless it has been changed since — then it is kept and counted
     * (keptChanged). A record the batch created stays too while a conflict from a later import
     * waits on it (keptConflicted), and while a record that stays points at it (keptLinked): the
     * meeting of an attendee edited since, say. Conflicts the batch raised are dropped.
     */
    undoBatch(batchId: string): Promise<UndoResult> {
      const stores = [...recordStores(db), db.photos, db.conflicts, db.importBatches];
      return db.transaction('rw', [...stores, db.keyValues], async () => {
        const batch = await db.importBatches.get(batchId);
        if (!batch || batch.undoneAt || (await unfinishedBatchId()) === batchId)
          return { undone: 0, keptChanged: 0, keptConflicted: 0, keptLinked: 0 };
        const result = await takeBack(batch);
        await db.importBatches.update(batchId, { undoneAt: stamps().now });
        return result;
      });
    },

    /** Where a record came from: every import that wrote it, newest first. */
    async provenanceOf(table: RecordTable, recordId: string) {
      const batches = await finishedBatches();
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

    listBatches: finishedBatches,

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
