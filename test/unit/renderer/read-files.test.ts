// The chosen files dealt out to the check workers: every file exactly once, its position kept so
// the preview lists the files in the order chosen, shares alike in bytes, no empty worker.
import { describe, expect, it } from 'vitest';
import { shareOut } from '../../../renderer/features/exchange/read-files';

const file = (name: string, size: number) => ({ name, bytes: new Uint8Array(size) });

describe('shareOut', () => {
  it('gives eleven yearly files to two workers, each file once, about half the bytes each', () => {
    const sizes = [636, 9206, 9117, 8574, 8422, 9271, 8136, 8875, 9729, 7645, 7710];
    const files = sizes.map((size, i) => file(`demo-${2016 + i}.json`, size));
    const shares = shareOut(files, 2);

    expect(shares).toHaveLength(2);
    const positions = shares.flatMap((s) => s.positions).sort((a, b) => a - b);
    expect(positions).toEqual(sizes.map((_, i) => i));
    for (const share of shares)
      share.positions.forEach((position, i) => expect(share.files[i]).toBe(files[position]));
    const bytes = shares.map((s) => s.files.reduce((n, f) => n + f.bytes.byteLength, 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    // The largest file is at most the difference: 9,729 bytes here.
    expect(Math.abs((bytes[0] ?? 0) - (bytes[1] ?? 0))).toBeLessThanOrEqual(9729);
    expect((bytes[0] ?? 0) + (bytes[1] ?? 0)).toBe(total);
  });

  it('starts no more workers than files, and one for a single file', () => {
    expect(shareOut([file('a.json', 10), file('b.json', 20)], 4)).toHaveLength(2);
    expect(shareOut([file('a.json', 10)], 4)).toEqual([
      { files: [file('a.json', 10)], positions: [0] },
    ]);
  });

  it('keeps a file that could not be read (no bytes) in a share', () => {
    const unread: { name: string; bytes?: Uint8Array } = { name: 'big.json' };
    const shares = shareOut([unread, file('a.json', 5)], 2);
    expect(shares.flatMap((s) => s.files)).toContain(unread);
  });
});
