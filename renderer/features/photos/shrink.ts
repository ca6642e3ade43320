// Turning a chosen file into a photo to store: the type is read from the bytes, the image decoded
// upright (EXIF orientation applied), scaled so its longest side is at most 1600 px and encoded
// as a JPEG under 400 kB (shared/domain/photos.ts). Encoding anew keeps only the pixels: the
// camera's EXIF, GPS position included, is not stored.
import { encodeUnderCap, fitWithin, refuseBeforeDecoding } from '../../../shared/domain/photos';
import { encodeBase64 } from '../../../shared/exchange/zip/base64';

export type ShrunkPhoto = { jpeg: string; bytes: number; width: number; height: number };

export type ShrinkResult = { ok: true; photo: ShrunkPhoto } | { ok: false; message: string };

async function encodeJpeg(
  image: ImageBitmap,
  width: number,
  height: number,
  quality: number,
): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('OffscreenCanvas 2d context unavailable');
  // A transparent PNG would turn black in a JPEG: paint it on white paper.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Uint8Array(await blob.arrayBuffer());
}

export async function shrinkPhoto(file: File): Promise<ShrinkResult> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const refusal = refuseBeforeDecoding(file.name, file.size, head);
  if (refusal) return { ok: false, message: refusal };
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, message: `“${file.name}”无法打开，可能已损坏或不完整，没有添加` };
  }
  try {
    let size = fitWithin(image.width, image.height);
    // A photo too detailed to fit even at the lowest quality is made smaller until it does.
    for (;;) {
      const { width, height } = size;
      const bytes = await encodeUnderCap((q) => encodeJpeg(image, width, height, q));
      if (bytes)
        return {
          ok: true,
          photo: { jpeg: encodeBase64(bytes), bytes: bytes.byteLength, width, height },
        };
      size = fitWithin(width, height, Math.floor(Math.max(width, height) * 0.75));
    }
  } finally {
    image.close();
  }
}
