// The checks of chosen files when one of them throws (the memory runs out inflating a huge file):
// that file fails alone with a Chinese sentence naming it, and the files beside it are checked.
import { describe, expect, it, vi } from 'vitest';
import { checkFilesHere } from '../../../renderer/features/exchange/check-files';

/** Bytes whose length throws when read: a check that fails inside, as out of memory would. */
function failingBytes(): Uint8Array {
  const bytes = new Uint8Array(8);
  Object.defineProperty(bytes, 'byteLength', {
    get() {
      throw new RangeError('Array buffer allocation failed');
    },
  });
  return bytes;
}

describe('checkFilesHere', () => {
  it('fails the file whose check throws, in Chinese, and still checks the others', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const checked = await checkFilesHere([
        { name: '石门村.json', bytes: failingBytes() },
        { name: 'notes.json', bytes: new TextEncoder().encode('{"a":') },
      ]);
      expect(checked.map((c) => [c.name, c.ok])).toEqual([
        ['石门村.json', false],
        ['notes.json', false],
      ]);
      const [thrown, truncated] = checked.map((c) => (c.ok ? '' : c.message));
      expect(thrown).toMatch(/^“石门村\.json”无法检查：/);
      // Nothing of the browser's English (“Array buffer allocation failed”) reaches the screen.
      expect(thrown?.replace('“石门村.json”', '')).not.toMatch(/[A-Za-z]/);
      // The second file gets its own answer, not the first one's.
      expect(truncated).toContain('notes.json');
      expect(truncated).not.toContain('无法检查');
      expect(quiet).toHaveBeenCalled();
    } finally {
      quiet.mockRestore();
    }
  });
});
