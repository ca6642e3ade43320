import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../../shared/exchange/zip/crc32';
import { safeUnzip } from '../../../../../shared/exchange/zip/safe-unzip';
import type { SafeUnzipOptions } from '../../../../../shared/exchange/zip/safe-unzip';
import { concat, rawZip, zeroBomb } from '../zip-fixtures';

const MiB = 2 ** 20;
const caps = { maxEntryBytes: 50 * MiB, maxTotalBytes: 200 * MiB, maxEntries: 2000 };
const all: SafeUnzipOptions = { wanted: () => true, ...caps };

function sample(): Uint8Array {
  return zipSync({
    'a.xml': strToU8('<a>甲</a>'.repeat(1000)),
    'b.txt': strToU8('b'),
    'dir/c.bin': new Uint8Array([0, 1, 2, 255]),
  });
}

function reasonOf(bytes: Uint8Array, options: SafeUnzipOptions = all): string {
  const result = safeUnzip(bytes, options);
  return result.ok ? 'ok' : result.reason;
}

describe('safeUnzip', () => {
  it('reads only the wanted entries, by name or by test', () => {
    const byName = safeUnzip(sample(), { ...caps, wanted: ['dir/c.bin', 'absent'] });
    expect(byName.ok && [...byName.entries]).toEqual([
      ['dir/c.bin', new Uint8Array([0, 1, 2, 255])],
    ]);
    const byTest = safeUnzip(sample(), { ...caps, wanted: (name) => name.endsWith('.xml') });
    expect(byTest.ok && new TextDecoder().decode(byTest.entries.get('a.xml'))).toBe(
      '<a>甲</a>'.repeat(1000),
    );
  });

  it('reads stored and deflated entries written with data descriptors', () => {
    // LibreOffice writes every entry with a data descriptor (flag bit 3). The content holds the
    // signatures a local-header reader would take for the end of the entry.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((_, chunk) => chunks.push(chunk));
    const tricky = strToU8('x PK\x07\x08 y PK\x01\x02 z PK\x03\x04 '.repeat(50), true);
    for (const [name, level] of [
      ['stored-in-deflate', 0],
      ['deflated', 9],
    ] as const) {
      const file = new ZipDeflate(name, { level });
      zip.add(file);
      file.push(tricky, true);
    }
    zip.end();
    const result = safeUnzip(concat(chunks), all);
    expect(result.ok && [...result.entries.values()]).toEqual([tricky, tricky]);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a PNG renamed', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['three bytes of a zip', new Uint8Array([0x50, 0x4b, 3])],
    ['text', strToU8('PK is not enough')],
  ])('reports %s as not a zip', (_, bytes) => {
    const result = safeUnzip(bytes, all);
    expect(result).toEqual({ ok: false, reason: 'not-zip', message: '文件不是有效的压缩文件' });
  });

  it('reports a zip cut anywhere after its signature as truncated', () => {
    const bytes = sample();
    const cuts = [4, 30, 100, bytes.length / 2, bytes.length - 23, bytes.length - 1];
    for (const cut of cuts.map(Math.floor)) {
      expect([cut, reasonOf(bytes.subarray(0, cut))]).toEqual([cut, 'truncated']);
    }
  });

  it('rejects a bomb that declares its size before inflating anything', () => {
    const bomb = rawZip([{ name: 'x', data: zeroBomb(64), method: 8, crc: 0, size: 2 ** 30 }]);
    expect(reasonOf(bomb)).toBe('too-large');
  });

  it('stops inflating a bomb that lies about its size once the limit is passed', () => {
    const data = zeroBomb(1024); // 1 GiB of zeros in about 1 MB
    const bomb = rawZip([{ name: 'x', data, method: 8, crc: 0, size: 1000 }]);
    const result = safeUnzip(bomb, all);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok || result.message).toBe('压缩内容超过上限，已拒绝读取');
  });

  it('enforces the total limit across entries', () => {
    const crc = crc32(new Uint8Array(MiB));
    const entry = (name: string) => ({ name, data: zeroBomb(1), method: 8 as const, crc });
    const zip = rawZip(['a', 'b', 'c'].map((name) => ({ ...entry(name), size: MiB })));
    const options = { wanted: () => true, maxEntryBytes: 2 * MiB, maxEntries: 10 };
    expect(reasonOf(zip, { ...options, maxTotalBytes: 3 * MiB })).toBe('ok');
    expect(reasonOf(zip, { ...options, maxTotalBytes: 2.5 * MiB })).toBe('too-large');
  });

  it('refuses an archive listing too many entries, wanted or not', () => {
    const files = Object.fromEntries(
      Array.from({ length: 2001 }, (_, i) => [`f${i}`, new Uint8Array([i & 255])]),
    );
    expect(reasonOf(zipSync(files), { ...all, wanted: ['f0'] })).toBe('too-many-entries');
    expect(reasonOf(zipSync(files), { ...all, maxEntries: 2001, wanted: ['f0'] })).toBe('ok');
  });

  it('reports damaged content, a wrong CRC and duplicate names as corrupt', () => {
    const text = strToU8('hello hello hello');
    const good = { name: 'a', data: text, method: 0 as const, crc: crc32(text), size: 17 };
    expect(reasonOf(rawZip([good]))).toBe('ok');
    expect(reasonOf(rawZip([{ ...good, crc: good.crc ^ 1 }]))).toBe('corrupt');
    expect(reasonOf(rawZip([{ ...good, size: 16 }]))).toBe('corrupt');
    expect(reasonOf(rawZip([good, good]))).toBe('corrupt');
    const garbage = { ...good, method: 8 as const, data: new Uint8Array([0xff, 0xff, 0xff]) };
    expect(reasonOf(rawZip([garbage]))).toBe('corrupt');

    const flipped = sample();
    flipped[40] = flipped[40]! ^ 0xff; // inside a.xml's compressed data
    expect(reasonOf(flipped)).toBe('corrupt');
  });

  it('does not inflate entries it was not asked for', () => {
    const bomb = { name: 'bomb', data: zeroBomb(1024), method: 8 as const, crc: 0, size: 10 };
    const text = strToU8('ok');
    const zip = rawZip([bomb, { name: 'ok', data: text, method: 0, crc: crc32(text), size: 2 }]);
    const result = safeUnzip(zip, { ...all, wanted: ['ok'] });
    expect(result.ok && [...result.entries.keys()]).toEqual(['ok']);
  });
});
