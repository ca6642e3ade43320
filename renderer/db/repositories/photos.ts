// Photos of a meeting and of its follow-up steps. A photo arrives already shrunk (features/photos/
// shrink.ts); here it is counted against the meeting's and the computer's limits and stored like
// every record, so a deletion is a tombstone that 撤销 brings back. A tombstone keeps its bytes
// until the computer's limit needs the room.
import { photoLimits } from '../../../shared/domain/photos';
import { photoSchema, type Content, type Photo } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { createRecordStore, live } from './records';
import type { StampSource } from './stamp';

/** Adding would pass the meeting's limit; the message says so and nothing was stored. */
export class PhotoLimitError extends Error {}

/** Photos that hold their bytes: the live ones and the deleted ones not yet emptied. */
export const heldPhotoCount = (db: AppDatabase) => db.photos.where('bytes').above(0).count();

/**
 * Makes room under the computer's limit: deleted photos give up their bytes (their 撤销 is long
 * past by now) and stay as tombstones, so the deletion still travels. In the caller's transaction.
 */
export function freeDeletedPhotos(db: AppDatabase) {
  return db.photos
    .where('bytes')
    .above(0)
    .filter((p) => p.deletedAt !== null)
    .modify({ jpeg: '', bytes: 0 });
}

export function createPhotoRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.photos, photoSchema, '照片', stamps);
  const heldCount = () => heldPhotoCount(db);
  const byCreation = (a: Photo, b: Photo) =>
    a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  return {
    remove: (id: string) => store.remove(id),
    async restore(id: string): Promise<Photo> {
      const stored = await db.photos.get(id);
      if (stored && stored.bytes === 0) {
        throw new PhotoLimitError('这张照片已为新照片腾出空间，不能再撤销删除');
      }
      return store.restore(id);
    },
    setCaption: (id: string, caption: string) => store.update(id, { caption }),
    /** The live photos of a meeting itself (progressId null) or of one follow-up step, oldest
     * first. */
    async list(meetingId: string, progressId: string | null): Promise<Photo[]> {
      const rows = live(await db.photos.where('meetingId').equals(meetingId).toArray());
      return rows
        .filter((p) => p.progressId === progressId)
        .map((p) => photoSchema.parse(p))
        .sort(byCreation);
    },
    /** Stores the photos, all or none, unless the meeting or the database would pass its limit. */
    add(photos: Content<Photo>[]): Promise<Photo[]> {
      return db.transaction('rw', db.photos, async () => {
        const meetingIds = new Set(photos.map((p) => p.meetingId));
        for (const meetingId of meetingIds) {
          const stored = live(await db.photos.where('meetingId').equals(meetingId).toArray());
          const adding = photos.filter((p) => p.meetingId === meetingId).length;
          if (stored.length + adding > photoLimits.perMeeting) {
            throw new PhotoLimitError(
              `每场会议最多 ${photoLimits.perMeeting} 张照片（含办理进展的照片），` +
                `已有 ${stored.length} 张，这次的 ${adding} 张没有添加`,
            );
          }
        }
        let held = await heldCount();
        if (held + photos.length > photoLimits.perDatabase) {
          await freeDeletedPhotos(db);
          held = await heldCount();
        }
        if (held + photos.length > photoLimits.perDatabase) {
          throw new PhotoLimitError(
            `这台电脑最多保存 ${photoLimits.perDatabase} 张照片（备份要装得下），` +
              `已有 ${held} 张，这次的 ${photos.length} 张没有添加`,
          );
        }
        const added: Photo[] = [];
        for (const photo of photos) added.push(await store.insert(photo));
        return added;
      });
    },
  };
}

export type PhotoRepository = ReturnType<typeof createPhotoRepository>;
