// Photos stored per meeting and per follow-up step, deleted with a tombstone that 撤销 undoes,
// and refused whole when a meeting would pass its limit of 30 or the computer its 280 (deleted photos emptied to make room).
import { describe, expect, it } from 'vitest';
import type { Content, Photo } from '../../shared/domain/schemas';
import { PhotoLimitError } from '../../renderer/db/repositories/photos';
import { openTestDb } from './open-test-db';

const meetingA = '0b6f3c9e-1d2a-4e5f-8a7b-6c5d4e3f2a10';
const meetingB = '1c7a4dae-2e3b-4f60-9b8c-7d6e5f4a3b21';
const step = '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170';

const photo = (meetingId: string, progressId: string | null, caption = ''): Content<Photo> => ({
  meetingId,
  progressId,
  kind: '现场',
  caption,
  width: 2,
  height: 1,
  bytes: 6,
  // 0xFF 0xD8 0xFF 0xE0 0x00 0x10, base64.
  jpeg: '/9j/4AAQ',
});

describe('photos', () => {
  it('lists a meeting’s own photos apart from those of its follow-up steps', async () => {
    const { repos } = openTestDb();
    const [scene] = await repos.photos.add([photo(meetingA, null, '会场')]);
    const [fix] = await repos.photos.add([photo(meetingA, step, '修好的路')]);
    await repos.photos.add([photo(meetingB, null, '别村')]);
    expect((await repos.photos.list(meetingA, null)).map((p) => p.caption)).toEqual(['会场']);
    expect((await repos.photos.list(meetingA, step)).map((p) => p.id)).toEqual([fix!.id]);
    expect(scene!.rev).toBe(1);
  });

  it('deletes with a tombstone and brings the photo back on 撤销', async () => {
    const { db, repos } = openTestDb();
    const [stored] = await repos.photos.add([photo(meetingA, null)]);
    await repos.photos.remove(stored!.id);
    expect(await repos.photos.list(meetingA, null)).toEqual([]);
    expect((await db.photos.get(stored!.id))?.deletedAt).not.toBeNull();
    await repos.photos.restore(stored!.id);
    expect((await repos.photos.list(meetingA, null)).map((p) => p.jpeg)).toEqual(['/9j/4AAQ']);
  });

  it('cleans a caption of control characters and keeps rare characters', async () => {
    const { repos } = openTestDb();
    const [stored] = await repos.photos.add([photo(meetingA, null)]);
    const captioned = await repos.photos.setCaption(stored!.id, '𠀀䶮\u0007签到表');
    expect(captioned.caption).toBe('𠀀䶮签到表');
    expect(captioned.rev).toBe(2);
  });

  it('refuses a batch that would pass 30 photos a meeting, storing none of it', async () => {
    const { db, repos } = openTestDb();
    await repos.photos.add(Array.from({ length: 29 }, () => photo(meetingA, null)));
    const deleted = await repos.photos.add([photo(meetingA, step)]);
    await repos.photos.remove(deleted[0]!.id);
    // 29 live (the deleted one does not count): two more would make 31.
    const refusal = await repos.photos
      .add([photo(meetingA, step), photo(meetingA, null)])
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PhotoLimitError);
    expect((refusal as Error).message).toMatch(/最多 30 张.*已有 29 张.*2 张没有添加/);
    expect(await db.photos.count()).toBe(30);
    // One more fits, and another meeting has its own 30.
    await repos.photos.add([photo(meetingA, null)]);
    await repos.photos.add([photo(meetingB, null)]);
    expect(await db.photos.count()).toBe(32);
  });

  it('keeps at most 280 photos on this computer, emptying deleted ones to make room', async () => {
    const { db, repos } = openTestDb();
    for (let m = 0; m < 10; m++) {
      const meetingId = `${String(m).padStart(8, '0')}-1d2a-4e5f-8a7b-6c5d4e3f2a10`;
      await repos.photos.add(Array.from({ length: 28 }, () => photo(meetingId, null)));
    }
    const [first, second] = await repos.photos.list('00000000-1d2a-4e5f-8a7b-6c5d4e3f2a10', null);
    await repos.photos.remove(first!.id);
    await repos.photos.remove(second!.id);
    // 278 live and 2 deleted still holding their bytes (撤销 could bring them back): full.
    await repos.photos.add([photo(meetingB, null)]);
    const emptied = await db.photos.bulkGet([first!.id, second!.id]);
    expect(emptied.map((p) => [p?.jpeg, p?.bytes, p?.deletedAt !== null])).toEqual([
      ['', 0, true],
      ['', 0, true],
    ]);
    expect(await db.photos.count()).toBe(281);
    await expect(repos.photos.restore(first!.id)).rejects.toThrow(
      '这张照片已为新照片腾出空间，不能再撤销删除',
    );
    await repos.photos.add([photo(meetingB, null)]);
    // 280 live photos: no more room.
    await expect(repos.photos.add([photo(meetingB, null)])).rejects.toThrow(
      '这台电脑最多保存 280 张照片（备份要装得下），已有 280 张，这次的 1 张没有添加',
    );
    expect(await db.photos.count()).toBe(282);
  });

  it('refuses a record that is not a JPEG', async () => {
    const { db, repos } = openTestDb();
    const png = { ...photo(meetingA, null), jpeg: 'iVBORw0KGgo=' };
    await expect(repos.photos.add([png])).rejects.toThrow(/不是 JPEG 图片/);
    expect(await db.photos.count()).toBe(0);
  });
});
