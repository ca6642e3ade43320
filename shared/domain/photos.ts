// Photos attached to a meeting or to a step of an issue's follow-up (the scene, the signed 签到表,
// a fix before and after): the limits every stored photo keeps and the rules of shrinking one.
// The decoding and encoding themselves happen in the renderer (features/photos/shrink.ts).

/** What a photo shows; 签到表 carries villagers' names and signatures (privacy.ts). */
export const photoKinds = ['现场', '签到表', '整改前后', '其他'] as const;
export type PhotoKind = (typeof photoKinds)[number];

export const photoLimits = {
  /** A chosen file larger than this is refused before it is decoded. */
  inputBytes: 30 * 1024 * 1024,
  /** The longest side of a stored photo, in pixels. */
  longestSide: 1600,
  /** The most a stored photo (a JPEG) may weigh. */
  storedBytes: 400 * 1024,
  /** Photos per meeting, its follow-up steps' included. */
  perMeeting: 30,
  /**
   * Photos one database (and so one backup) holds the bytes of, deleted ones not yet emptied
   * included: 280 of at most 400 kB (546 kB as base64) are 150 MB, which leaves a backup with a
   * township's text (at most 50 MB) under the 200 MB any file may have (exchange/parse.ts).
   */
  perDatabase: 280,
} as const;

/** The JPEG qualities tried in turn until the photo fits under storedBytes. */
export const jpegQualities = [0.85, 0.75, 0.65, 0.55, 0.45, 0.35] as const;

export type ImageType = 'jpeg' | 'png' | 'webp';

/** The image type the bytes begin with (JPEG, PNG or WebP), whatever the file is called. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  const at = (offset: number, magic: number[]) => magic.every((b, i) => head[offset + i] === b);
  if (at(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // RIFF....WEBP
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return null;
}

/** The size a photo is stored at: its own if it fits, else scaled so the longest side fits. */
export function fitWithin(
  width: number,
  height: number,
  longest: number = photoLimits.longestSide,
): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Why a chosen file cannot become a photo, naming the file; null when it may be decoded. */
export function refuseBeforeDecoding(
  fileName: string,
  size: number,
  head: Uint8Array,
): string | null {
  if (size === 0) return `“${fileName}”是空文件，没有添加`;
  if (size > photoLimits.inputBytes)
    return `“${fileName}”超过 30 MB，没有添加；请先在手机或电脑上把照片缩小`;
  if (sniffImageType(head) === null)
    return `“${fileName}”不是 JPEG、PNG 或 WebP 格式的图片，没有添加`;
  return null;
}

/**
 * Encodes at the qualities of jpegQualities in turn and keeps the first that fits under the cap;
 * null when even the lowest does not (the caller then halves the size and tries again).
 */
export async function encodeUnderCap(
  encode: (quality: number) => Promise<Uint8Array>,
  cap: number = photoLimits.storedBytes,
): Promise<Uint8Array | null> {
  for (const quality of jpegQualities) {
    const bytes = await encode(quality);
    if (bytes.byteLength <= cap) return bytes;
  }
  return null;
}
