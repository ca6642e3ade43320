// Issue 10 item 7: exchange files carry the photos of the meetings they export. Which photos each
// copy carries, the same records and JPEG bytes on the other laptop, a second import changing
// nothing, edits and deletions travelling, a concurrent edit keeping this computer's version, a
// default copy (no 签到表) never deleting the office's 签到表 photo, the per-computer cap, and the
// 50 MB refusal. Through the flow ImportPanel runs (previewImport, applyImport) on fake-indexeddb.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { clockOf } from '../../shared/domain/clock';
import { ImportOverwriteRefused } from '../../renderer/db/repositories/imports';
import { blankStep } from '../../shared/domain/follow-up';
import { photoLimits, type PhotoKind } from '../../shared/domain/photos';
import { defaultSettings, type Content, type Photo } from '../../shared/domain/schemas';
import type { ExchangeFile } from '../../shared/exchange/format';
import { photoCapRefusal } from '../../shared/exchange/photo-merge';
import {
  dataPartForCopy,
  photoBytesOf,
  refuseOversizedExchange,
} from '../../shared/exchange/write';
import { encodeBase64 } from '../../shared/exchange/zip/base64';
import { dataPartJson } from '../../shared/docs/exports';
import {
  applyImport,
  describeImport,
  previewImport,
} from '../../renderer/features/exchange/import-flow';
import { dumpDatabase } from './dump';
import { docxBytes, jsonBytes, type Laptop } from './exchange-support/laptops';
import { byteJpeg as jpegBytes } from '../fixtures/photos';
import { openTestDb } from './open-test-db';

const jpeg = encodeBase64(jpegBytes);

const photo = (
  meetingId: string,
  progressId: string | null,
  kind: PhotoKind,
  caption: string,
): Content<Photo> => ({
  meetingId,
  progressId,
  kind,
  caption,
  width: 1600,
  height: 1200,
  bytes: jpegBytes.byteLength,
  jpeg,
});

/** Laptop A: a meeting with a 现场 and a 签到表 photo, a deleted one, and a 整改前后 photo on a
 * follow-up step; and a second meeting with a photo of its own. */
async function fieldLaptop() {
  const a = openTestDb('dev-a');
  const meeting = await a.repos.meetings.create(defaultSettings, '2026-03-05');
  const issue = await a.repos.issues.add(meeting, defaultSettings, { description: '村口路灯不亮' });
  await a.repos.issues.setResponse(issue.id, '交办', meeting.date, defaultSettings);
  const { entry } = await a.repos.progress.take(
    issue.id,
    { ...blankStep('进展', '2026-03-06'), by: '刘强', text: '已联系电工' },
    defaultSettings,
  );
  const [scene, sign, gone] = await a.repos.photos.add([
    photo(meeting.id, null, '现场', '会场'),
    photo(meeting.id, null, '签到表', '签到表第一页'),
    photo(meeting.id, null, '其他', '拍错了'),
  ]);
  const [fix] = await a.repos.photos.add([photo(meeting.id, entry.id, '整改前后', '修好后')]);
  await a.repos.photos.remove(gone!.id);
  const other = await a.repos.meetings.create(defaultSettings, '2026-03-09');
  await a.repos.photos.add([photo(other.id, null, '现场', '另一场')]);
  return { ...a, meetingId: meeting.id, scene: scene!, sign: sign!, fix: fix!, gone: gone! };
}

/** Imports a file as the screen does: preview, then apply. */
async function importFile(into: Laptop, file: ExchangeFile, name: string) {
  const preview = await previewImport(into.repos, [{ name, bytes: jsonBytes(file) }]);
  const outcome = await applyImport(into.repos, preview);
  return { preview, outcome };
}

const exportOf = (laptop: Laptop, meetingId: string) =>
  laptop.repos.exchange.exportMeetings([meetingId]);

const photoIds = (file: ExchangeFile | null) => (file?.photos ?? []).map((p) => p.id).sort();

describe('photos in exchange files', () => {
  it('stop an import, taken back, when this computer changes one it would replace', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFile(office, await exportOf(a, a.meetingId), '第一次.json');
    await a.repos.photos.setCaption(a.scene.id, '村里改的说明');
    const file = await exportOf(a, a.meetingId);
    const mine = await office.db.photos.get(a.scene.id);
    if (!mine) throw new Error('no photo');
    const before = await dumpDatabase(office.db);
    // While the import writes (its batch is written first), the office edits the same photo.
    const edit = { ...mine, caption: '办公室刚改的', clock: { ...clockOf(mine), 'dev-office': 1 } };
    let edited: Promise<unknown> | undefined;
    const editOnce = () => {
      edited ??= Dexie.ignoreTransaction(() => office.db.photos.put(edit));
    };
    office.db.importBatches.hook('creating', editOnce);
    await expect(importFile(office, file, '第二次.json')).rejects.toThrow(ImportOverwriteRefused);
    await edited;
    expect((await office.db.photos.get(a.scene.id))?.caption).toBe('办公室刚改的');
    const after = await dumpDatabase(office.db);
    expect({ ...after, photos: [] }).toEqual({ ...before, photos: [] });
  });

  it('are carried by each copy as its rule says', async () => {
    const a = await fieldLaptop();
    const full = await exportOf(a, a.meetingId);
    const all = [a.scene.id, a.sign.id, a.fix.id, a.gone.id].sort();
    // 导出交换文件 (no copy choice) and 内部完整版: every photo of the meeting and its step, the
    // deleted one with its picture; not the other meeting's photo.
    expect(photoIds(full)).toEqual(all);
    expect(full.photos?.find((p) => p.id === a.gone.id)?.bytes).toBe(jpegBytes.byteLength);
    expect(photoIds(await dataPartForCopy('internal-full', full))).toEqual(all);
    // 默认: no 签到表, the deleted photo emptied to its metadata.
    const masked = await dataPartForCopy('masked', full);
    expect(photoIds(masked)).toEqual([a.scene.id, a.fix.id, a.gone.id].sort());
    const gone = masked?.photos?.find((p) => p.id === a.gone.id);
    expect([gone?.caption, gone?.jpeg, gone?.bytes]).toEqual(['', '', 0]);
    expect(masked?.photos?.find((p) => p.id === a.scene.id)?.jpeg).toBe(jpeg);
    // 公示版: no data part at all.
    expect(await dataPartForCopy('public', full)).toBeNull();
  });

  it('arrive with the same records and bytes, count as added, and a second import changes nothing', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    const file = await exportOf(a, a.meetingId);
    const { preview, outcome } = await importFile(office, file, '石门村.json');
    expect(preview.rows[0]?.photos).toEqual({
      new: 4,
      updated: 0,
      unchanged: 0,
      kept: 0,
      refused: 0,
    });
    expect(outcome.photosAdded).toBe(4);
    expect(describeImport(outcome)).toBe('已导入 1 个文件，新增照片 4 张');
    for (const p of [a.scene, a.sign, a.fix]) {
      const stored = await office.db.photos.get(p.id);
      expect(stored).toEqual(await a.db.photos.get(p.id));
      expect(Uint8Array.from(atob(stored!.jpeg), (c) => c.charCodeAt(0))).toEqual(jpegBytes);
    }
    // A photo deleted before the office ever had it arrives as a tombstone without its picture.
    const gone = await office.db.photos.get(a.gone.id);
    const deletedAt = (await a.db.photos.get(a.gone.id))?.deletedAt;
    expect(deletedAt).not.toBeNull();
    expect([gone?.deletedAt, gone?.bytes, gone?.jpeg]).toEqual([deletedAt, 0, '']);
    expect(await office.repos.photos.list(a.meetingId, a.fix.progressId)).toHaveLength(1);
    const log = await office.repos.fileLog.list();
    expect(log[0]?.what).toContain('，照片新增 4');

    const before = await dumpDatabase(office.db);
    const again = await importFile(office, file, '石门村.json');
    expect(again.outcome.photosAdded).toBe(0);
    expect(again.outcome.batch.files[0]?.photos?.unchanged).toBe(4);
    const after = await dumpDatabase(office.db);
    expect({ ...after, importBatches: [], fileLog: [] }).toEqual({
      ...before,
      importBatches: [],
      fileLog: [],
    });

    // 撤销 of the first import takes its photos back out with its meeting.
    await office.repos.exchange.undoBatch(outcome.batch.id);
    expect(await office.db.photos.count()).toBe(0);
  });

  it('travel inside a default copy of a 记录 .docx, without the 签到表', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    const json = await dataPartJson('minutes', 'masked', await exportOf(a, a.meetingId));
    const masked = JSON.parse(json!) as ExchangeFile;
    const preview = await previewImport(office.repos, [
      { name: '记录（脱敏版）.docx', bytes: await docxBytes(a.repos, masked) },
    ]);
    expect(preview.rows[0]?.rejected).toBeUndefined();
    await applyImport(office.repos, preview);
    expect((await office.db.photos.toArray()).map((p) => p.id).sort()).toEqual(
      [a.scene.id, a.fix.id, a.gone.id].sort(),
    );
    expect(await office.db.photos.get(a.scene.id)).toEqual(await a.db.photos.get(a.scene.id));
  });

  it('inside a default copy carry a caption’s phone masked, and the office keeps it whole', async () => {
    const a = await fieldLaptop();
    await a.repos.photos.setCaption(a.scene.id, '会场，联系人13812341234');
    const office = openTestDb('dev-office');
    await importFile(office, await exportOf(a, a.meetingId), '内部完整版.json');

    // The 记录 prints 联系人138****1234; its data part says no more than the paper.
    const json = await dataPartJson('minutes', 'masked', await exportOf(a, a.meetingId));
    expect(json).not.toContain('13812341234');
    const masked = JSON.parse(json!) as ExchangeFile;
    expect(masked.photos?.find((p) => p.id === a.scene.id)?.caption).toBe(
      '会场，联系人138****1234',
    );
    const preview = await previewImport(office.repos, [
      { name: '记录（脱敏版）.docx', bytes: await docxBytes(a.repos, masked) },
    ]);
    // The same versions: nothing changed, no caption edited on both sides to keep.
    const { batch } = await applyImport(office.repos, preview);
    expect(batch.files[0]?.photos).toEqual({
      new: 0,
      updated: 0,
      unchanged: 3,
      kept: 0,
      refused: 0,
    });
    expect((await office.db.photos.get(a.scene.id))?.caption).toBe('会场，联系人13812341234');
  });

  it('from a full file carry a caption the laptop itself cut down to a masked number', async () => {
    const a = await fieldLaptop();
    await a.repos.photos.setCaption(a.scene.id, '会场，联系人13812341234');
    const office = openTestDb('dev-office');
    await importFile(office, await exportOf(a, a.meetingId), '第一次.json');
    // The villager asked that the number not be kept: the laptop writes it masked.
    await a.repos.photos.setCaption(a.scene.id, '会场，联系人138****1234');
    const second = await importFile(office, await exportOf(a, a.meetingId), '第二次.json');
    expect(second.outcome.batch.files[0]?.photos?.updated).toBe(1);
    expect((await office.db.photos.get(a.scene.id))?.caption).toBe('会场，联系人138****1234');
  });

  it('carry a caption edit one way and a deletion the other', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFile(office, await exportOf(a, a.meetingId), '第一次.json');

    await a.repos.photos.setCaption(a.scene.id, '会场全景');
    const edited = await importFile(office, await exportOf(a, a.meetingId), '第二次.json');
    expect(edited.outcome.batch.files[0]?.photos?.updated).toBe(1);
    expect((await office.db.photos.get(a.scene.id))?.caption).toBe('会场全景');

    await office.repos.photos.remove(a.fix.id);
    await importFile(a, await exportOf(office, a.meetingId), '办公室.json');
    expect((await a.db.photos.get(a.fix.id))?.deletedAt).not.toBeNull();
    expect(await a.repos.photos.list(a.meetingId, a.fix.progressId)).toEqual([]);
  });

  it('keep this computer’s version of a photo both sides changed, and say so', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFile(office, await exportOf(a, a.meetingId), '第一次.json');
    await a.repos.photos.setCaption(a.scene.id, '村里写的说明');
    await office.repos.photos.setCaption(a.scene.id, '办公室写的说明');

    const { outcome } = await importFile(office, await exportOf(a, a.meetingId), '第二次.json');
    expect(outcome.batch.files[0]?.photos?.kept).toBe(1);
    expect((await office.db.photos.get(a.scene.id))?.caption).toBe('办公室写的说明');
    expect((await office.repos.fileLog.list())[0]?.what).toContain('照片两边都改过、保留本机的 1');
    // And the other way round: the village keeps its own too, nothing is lost on either side.
    await importFile(a, await exportOf(office, a.meetingId), '办公室.json');
    expect((await a.db.photos.get(a.scene.id))?.caption).toBe('村里写的说明');
  });

  it('from a default copy never delete the office’s 签到表 photo, and a deletion there keeps 撤销', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFile(office, await exportOf(a, a.meetingId), '内部完整版.json');

    await a.repos.photos.remove(a.scene.id);
    const masked = await dataPartForCopy('masked', await exportOf(a, a.meetingId));
    const { outcome } = await importFile(office, masked!, '默认.json');
    expect(outcome.batch.files[0]?.photos).toEqual({
      new: 0,
      updated: 1,
      unchanged: 2,
      kept: 0,
      refused: 0,
    });
    expect(await office.db.photos.get(a.sign.id)).toEqual(await a.db.photos.get(a.sign.id));
    expect((await office.db.photos.get(a.sign.id))?.deletedAt).toBeNull();
    const scene = await office.db.photos.get(a.scene.id);
    expect(scene?.deletedAt).not.toBeNull();
    // The picture the default copy left out is still here, so the office can bring it back.
    expect([scene?.jpeg, scene?.caption]).toEqual([jpeg, '会场']);
    await office.repos.photos.restore(a.scene.id);
    expect((await office.db.photos.get(a.scene.id))?.deletedAt).toBeNull();
  });

  describe('under the computer’s cap', () => {
    /** The office already holds `held` photos with their pictures, `deleted` of them deleted. */
    async function fullOffice(held: number, deleted: number) {
      const office = openTestDb('dev-office');
      const meeting = await office.repos.meetings.create(defaultSettings, '2026-01-01');
      const template = (await office.repos.photos.add([photo(meeting.id, null, '现场', '')]))[0]!;
      await office.db.photos.bulkPut(
        Array.from({ length: held - 1 }, (_, i) => ({
          ...template,
          id: crypto.randomUUID(),
          deletedAt: i < deleted ? template.createdAt : null,
        })),
      );
      return office;
    }

    it('refuses the file’s new photos, imports the rest, and loses nothing stored', async () => {
      const a = await fieldLaptop();
      const office = await fullOffice(photoLimits.perDatabase - 1, 0);
      const before = await office.db.photos.toArray();
      const { preview, outcome } = await importFile(
        office,
        await exportOf(a, a.meetingId),
        '石门村.json',
      );
      expect(preview.rows[0]?.photos?.refused).toBe(3);
      const message = photoCapRefusal('石门村.json', 3);
      expect(message).toBe(
        '“石门村.json”中的 3 张照片没有导入：这台电脑最多保存 280 张照片（备份要装得下），' +
          '请先删除不需要的照片再导入一次；文件中的其他内容已导入',
      );
      expect(outcome.photoRefusals).toEqual([message]);
      expect(describeImport(outcome)).toBe(`已导入 1 个文件，新增照片 1 张。${message}`);
      expect((await office.repos.fileLog.list())[0]?.what).toContain(message);
      // The meeting came in; the deleted photo came as a tombstone without picture (no room taken).
      expect(await office.db.meetings.get(a.meetingId)).toBeDefined();
      expect(await office.db.photos.where('bytes').above(0).count()).toBe(
        photoLimits.perDatabase - 1,
      );
      for (const p of before) expect(await office.db.photos.get(p.id)).toEqual(p);
    });

    it('makes room from deleted photos first, as adding one does', async () => {
      const a = await fieldLaptop();
      const office = await fullOffice(photoLimits.perDatabase - 1, 5);
      const { preview, outcome } = await importFile(
        office,
        await exportOf(a, a.meetingId),
        '石门村.json',
      );
      expect(preview.rows[0]?.photos?.refused).toBe(0);
      expect(outcome.photosAdded).toBe(4);
      expect(await office.db.photos.where('bytes').above(0).count()).toBe(
        photoLimits.perDatabase - 1 - 5 + 3,
      );
    });
  });
});

describe('the 50 MB of an exchange file', () => {
  const mb = 1024 * 1024;

  it('lets a file of 50 MB be written and refuses one byte more, saying what the photos take', () => {
    expect(refuseOversizedExchange(50 * mb, 45 * mb)).toBeNull();
    expect(refuseOversizedExchange(50 * mb + 1, 45.26 * mb)).not.toBeNull();
    expect(refuseOversizedExchange(62 * mb, 45.26 * mb)).toBe(
      '没有导出：交换文件将有 62.0 MB，超过 50 MB 的上限，导入时无法读取。' +
        '所选会议的照片共 45.3 MB。请分几次导出，每次少选几场会议。',
    );
  });

  it('counts the photos by their base64 text', async () => {
    const a = await fieldLaptop();
    expect(photoBytesOf(await exportOf(a, a.meetingId))).toBe(4 * jpeg.length);
  });
});
