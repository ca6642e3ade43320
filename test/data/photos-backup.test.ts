// Backups carry photos: a backup restored on another laptop brings back the same JPEG bytes,
// tombstones too, and restoring an older backup without photos leaves none. A backup with photos
// may pass the 50 MB of an exchange file; an exchange file may not, and a photo that points at a
// meeting or step not in the file is refused.
import { describe, expect, it } from 'vitest';
import type { Content, Meeting, Photo } from '../../shared/domain/schemas';
import { readExchangeBytes } from '../../shared/exchange/read-file';
import { createExchangeFile, serializeExchangeFile } from '../../shared/exchange/write';
import { encodeBase64 } from '../../shared/exchange/zip/base64';
import { byteJpeg as jpegBytes } from '../fixtures/photos';
import { openTestDb } from './open-test-db';

const jpeg = encodeBase64(jpegBytes);

const photo = (meetingId: string, progressId: string | null): Content<Photo> => ({
  meetingId,
  progressId,
  kind: '签到表',
  caption: '签到表 𠀀䶮',
  width: 1600,
  height: 1200,
  bytes: jpegBytes.byteLength,
  jpeg,
});

async function laptopWithPhotos() {
  const laptop = openTestDb('laptop-a');
  const settings = await laptop.repos.settings.get();
  const meeting: Meeting = await laptop.repos.meetings.create(settings, '2026-11-20');
  const [kept, deleted] = await laptop.repos.photos.add([
    photo(meeting.id, null),
    photo(meeting.id, null),
  ]);
  await laptop.repos.photos.remove(deleted!.id);
  const file = await laptop.repos.exchange.backup(await laptop.repos.settings.get());
  const bytes = new TextEncoder().encode(serializeExchangeFile(file));
  return { laptop, meeting, kept: kept!, deleted: deleted!, bytes };
}

describe('photos in backups', () => {
  it('come back from a backup file with the same bytes, the deleted one still deleted', async () => {
    const { meeting, kept, deleted, bytes } = await laptopWithPhotos();
    const read = await readExchangeBytes('备份.json', bytes);
    if (!read.ok) throw new Error(read.message);

    const other = openTestDb('laptop-b');
    await other.repos.photos.add([photo('1c7a4dae-2e3b-4f60-9b8c-7d6e5f4a3b21', null)]);
    await other.repos.exchange.restore(read.file, { fileName: '备份.json', what: '恢复' });
    const restored = await other.repos.photos.list(meeting.id, null);
    expect(restored.map((p) => p.id)).toEqual([kept.id]);
    expect(restored[0]?.caption).toBe('签到表 𠀀䶮');
    const back = Uint8Array.from(atob(restored[0]!.jpeg), (c) => c.charCodeAt(0));
    expect(back).toEqual(jpegBytes);
    // The photo this laptop had before the restore is gone, the tombstone came along.
    expect(await other.db.photos.count()).toBe(2);
    expect((await other.db.photos.get(deleted.id))?.deletedAt).not.toBeNull();
  });

  it('are all removed by restoring a backup written before photos existed', async () => {
    const { laptop, bytes } = await laptopWithPhotos();
    const file = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const { checksum: _c, photos: _p, ...rest } = file as { checksum: unknown; photos: unknown };
    const older = await createExchangeFile(rest as never, (rest as { records: never }).records);
    expect('photos' in older).toBe(false);
    await laptop.repos.exchange.restore(older, { fileName: '旧备份.json', what: '恢复' });
    expect(await laptop.db.photos.count()).toBe(0);
    expect(await laptop.db.meetings.count()).toBe(1);
  });

  it('refuses a backup whose photo belongs to a meeting not in it', async () => {
    const { bytes } = await laptopWithPhotos();
    const file = JSON.parse(new TextDecoder().decode(bytes)) as {
      photos: Photo[];
      checksum: unknown;
    };
    file.photos[0]!.meetingId = '1c7a4dae-2e3b-4f60-9b8c-7d6e5f4a3b21';
    const { checksum: _c, ...body } = file;
    const rewritten = await createExchangeFile(
      body as never,
      (body as never as { records: never }).records,
    );
    const read = await readExchangeBytes(
      '改过.json',
      new TextEncoder().encode(serializeExchangeFile(rewritten)),
    );
    expect(read).toEqual({
      ok: false,
      message: '“改过.json”中有照片所属的会议或办理进展不在文件中',
    });
  });

  it('lets a backup pass 50 MB for its photos, and not an exchange file', async () => {
    const { laptop, meeting } = await laptopWithPhotos();
    const settings = await laptop.repos.settings.get();
    const backup = await laptop.repos.exchange.backup(settings);
    // 100 photos of 546 kB of base64 (a 400 kB JPEG): about 55 MB.
    const big = 'A'.repeat(Math.ceil((400 * 1024) / 3) * 4 - 4);
    const template = backup.photos![0]!;
    const photos = Array.from({ length: 100 }, () => ({
      ...template,
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      jpeg: `/9j/${big}`,
    }));
    const { checksum: _c, ...header } = backup;
    const large = await createExchangeFile({ ...header, photos }, backup.records);
    const bytes = new TextEncoder().encode(serializeExchangeFile(large));
    expect(bytes.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    const read = await readExchangeBytes('大备份.json', bytes);
    expect(read.ok && read.file.photos?.length).toBe(100);

    const exchange = await createExchangeFile(
      { ...header, kind: 'exchange', photos },
      backup.records,
    );
    const refused = await readExchangeBytes(
      '大交换.json',
      new TextEncoder().encode(serializeExchangeFile(exchange)),
    );
    expect(refused).toEqual({ ok: false, message: '“大交换.json”超过 50 MB，不是正常的交换文件' });
  });
});
