// Photos in an exchange file merge by the clock rules of records (merge.ts, settleVersions), with
// three rules of their own:
// - a photo edited on both computers since they last met is not a 冲突 to resolve (the 冲突 screen
//   shows records, not pictures): this computer's version stays as it is, clock too, and is
//   counted as 保留本机; the other computer keeps its own in the same way, so nothing is lost;
// - a photo that arrives already deleted is kept without its picture (no room under the cap);
// - photos that would pass this computer's cap (domain/photos.ts, perDatabase) are refused, the
//   rest of the file is imported;
// - a photo of a history entry the lifecycle gate refuses (gate.ts) is left out with it, neither
//   written nor counted (the refusal's message counts it).
import { photoLimits } from '../domain/photos';
import type { Photo } from '../domain/schemas';
import { withholdingOf, type ExchangeFile, type Withholding } from './format';
import { sameContent, settleVersions } from './merge';
import { emptiedPhoto, isEmptiedPhoto, restoreWithheldPhoto } from './withheld';

export type PhotoDecision = 'new' | 'updated' | 'unchanged' | 'kept' | 'refused';

export type PlannedPhoto = {
  decision: PhotoDecision;
  incoming: Photo;
  local: Photo | undefined;
  /** What to store; absent when nothing changes. */
  write?: Photo;
};

/** Same photo, not counting a picture and caption one side no longer holds. */
function samePhoto(a: Photo, b: Photo): boolean {
  if (isEmptiedPhoto(a) || isEmptiedPhoto(b)) return sameContent(emptiedPhoto(a), emptiedPhoto(b));
  return sameContent(a, b);
}

export function decidePhoto(
  received: Photo,
  local: Photo | undefined,
  withholding: Withholding,
): PlannedPhoto {
  const incoming = restoreWithheldPhoto(received, local, withholding);
  if (!local) {
    const write = incoming.deletedAt === null ? incoming : emptiedPhoto(incoming);
    return { decision: 'new', incoming, local, write };
  }
  const settled = settleVersions(incoming, local, samePhoto(local, incoming));
  if (settled.decision === 'conflict') return { decision: 'kept', incoming, local };
  return { ...settled, decision: settled.decision, incoming, local };
}

const holds = (photo: Photo | undefined) => (photo !== undefined && photo.bytes > 0 ? 1 : 0);

/** How many more photos with their picture storing this plan leaves (negative: fewer). */
export function heldChange(planned: readonly PlannedPhoto[]): number {
  return planned.reduce((n, p) => (p.write ? n + holds(p.write) - holds(p.local) : n), 0);
}

/**
 * Plans each file's photos in turn over what the earlier ones would write, `held` being the
 * photos this computer holds the pictures of, leaving out the photos of each file's refused
 * history entries (`refused`, by file; merge.ts refusedEntries). A file whose photos would pass
 * the cap has every photo that would add a picture refused; its other photos and its records
 * still go in.
 */
export function planPhotoFiles(
  files: readonly ExchangeFile[],
  lookup: (id: string) => Photo | undefined,
  held: number,
  refused: readonly ReadonlySet<string>[],
): PlannedPhoto[][] {
  const overlay = new Map<string, Photo>();
  return files.map((file, index) => {
    const keptOut = refused[index];
    const withholding = withholdingOf(file);
    let planned = (file.photos ?? [])
      .filter((p) => p.progressId === null || !keptOut?.has(p.progressId))
      .map((p) => decidePhoto(p, overlay.get(p.id) ?? lookup(p.id), withholding));
    if (held + heldChange(planned) > photoLimits.perDatabase) {
      planned = planned.map((p) =>
        p.write && holds(p.write) > holds(p.local)
          ? { decision: 'refused', incoming: p.incoming, local: p.local }
          : p,
      );
    }
    held += heldChange(planned);
    for (const p of planned) if (p.write) overlay.set(p.incoming.id, p.write);
    return planned;
  });
}

export type PhotoCounts = Record<PhotoDecision, number>;

export function countPhotos(planned: readonly PlannedPhoto[]): PhotoCounts {
  const counts: PhotoCounts = { new: 0, updated: 0, unchanged: 0, kept: 0, refused: 0 };
  for (const p of planned) counts[p.decision] += 1;
  return counts;
}

/** The 文件记录's words for a file's photos; empty when it carried none. */
export function describePhotoCounts(fileName: string, counts: PhotoCounts): string {
  const parts: string[] = [];
  if (counts.new > 0) parts.push(`照片新增 ${counts.new}`);
  if (counts.updated > 0) parts.push(`照片更新 ${counts.updated}`);
  if (counts.kept > 0) parts.push(`照片两边都改过、保留本机的 ${counts.kept}`);
  const text = parts.map((p) => `，${p}`).join('');
  return counts.refused > 0 ? `${text}。${photoCapRefusal(fileName, counts.refused)}` : text;
}

export function photoCapRefusal(fileName: string, refused: number): string {
  return (
    `“${fileName}”中的 ${refused} 张照片没有导入：这台电脑最多保存 ${photoLimits.perDatabase} 张照片` +
    '（备份要装得下），请先删除不需要的照片再导入一次；文件中的其他内容已导入'
  );
}
