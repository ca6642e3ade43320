// The rules a photo is shrunk by: the type read from the bytes, not the name; the longest side
// brought to 1600 px with the shape kept; the first JPEG quality that fits under 400 kB kept.
import { describe, expect, it } from 'vitest';
import {
  encodeUnderCap,
  fitWithin,
  refuseBeforeDecoding,
  sniffImageType,
} from '../../../../shared/domain/photos';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffImageType', () => {
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('jpeg');
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    const webp = new Uint8Array(16);
    webp.set(ascii('RIFF'), 0);
    webp.set(bytes(0x24, 0, 0, 0), 4);
    webp.set(ascii('WEBP'), 8);
    expect(sniffImageType(webp)).toBe('webp');
  });

  it('refuses GIF, a RIFF that is not WebP (a WAV), a PDF, text and truncated heads', () => {
    expect(sniffImageType(ascii('GIF89a'))).toBeNull();
    const wav = new Uint8Array(16);
    wav.set(ascii('RIFF'), 0);
    wav.set(ascii('WAVE'), 8);
    expect(sniffImageType(wav)).toBeNull();
    expect(sniffImageType(ascii('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(ascii('屋场会'))).toBeNull();
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });
});

describe('fitWithin', () => {
  it('leaves a photo that fits as it is', () => {
    expect(fitWithin(1600, 900)).toEqual({ width: 1600, height: 900 });
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 });
  });

  it('brings the longest side to 1600 px, landscape or portrait, keeping the shape', () => {
    // A 12-megapixel phone photo: 4000 × 3000 → 1600 × 1200.
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    // 4032 × 3024 × (1600 / 4032) = 1200 exactly.
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    // A panorama 10000 × 1000 → 1600 × 160.
    expect(fitWithin(10000, 1000)).toEqual({ width: 1600, height: 160 });
  });

  it('never makes a side of zero pixels', () => {
    expect(fitWithin(100000, 10)).toEqual({ width: 1600, height: 1 });
  });
});

describe('refuseBeforeDecoding', () => {
  const jpegHead = bytes(0xff, 0xd8, 0xff, 0xe1);
  it('names the file and the reason: empty, over 30 MB, not an image', () => {
    expect(refuseBeforeDecoding('空.jpg', 0, jpegHead)).toBe('“空.jpg”是空文件，没有添加');
    expect(refuseBeforeDecoding('𠀀䶮.jpg', 30 * 1024 * 1024 + 1, jpegHead)).toMatch(
      /^“𠀀䶮\.jpg”超过 30 MB/,
    );
    expect(refuseBeforeDecoding('签到表.jpg', 1000, ascii('%PDF-1.7'))).toBe(
      '“签到表.jpg”不是 JPEG、PNG 或 WebP 格式的图片，没有添加',
    );
  });

  it('lets through an image of exactly 30 MB', () => {
    expect(refuseBeforeDecoding('现场.jpg', 30 * 1024 * 1024, jpegHead)).toBeNull();
  });
});

describe('encodeUnderCap', () => {
  it('keeps the first quality whose JPEG fits under the cap', async () => {
    const tried: number[] = [];
    // Sizes fall with quality: 0.85 → 500, 0.75 → 450, 0.65 → 400 (fits a cap of 400).
    const sizes = new Map([
      [0.85, 500],
      [0.75, 450],
      [0.65, 400],
      [0.55, 300],
    ]);
    const result = await encodeUnderCap((quality) => {
      tried.push(quality);
      return Promise.resolve(new Uint8Array(sizes.get(quality) ?? 100));
    }, 400);
    expect(result?.byteLength).toBe(400);
    expect(tried).toEqual([0.85, 0.75, 0.65]);
  });

  it('gives up (null) when even the lowest quality is too big', async () => {
    const tried: number[] = [];
    const result = await encodeUnderCap((quality) => {
      tried.push(quality);
      return Promise.resolve(new Uint8Array(401));
    }, 400);
    expect(result).toBeNull();
    expect(tried.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...tried)).toBeLessThan(0.5);
  });
});
