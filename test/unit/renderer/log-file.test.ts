// A file chosen for import is named by another system's rules; its line in the desktop log must
// still pass the log request's checks, or the line is lost.
import { describe, expect, it } from 'vitest';
import { logFileName } from '../../../renderer/features/exchange/log-file';
import { writeLogRequestSchema } from '../../../shared/ipc/contract';

const accepted = (fileName: string) =>
  writeLogRequestSchema.safeParse({ action: '导入', fileName }).success;

describe('the file name sent to the log', () => {
  it('keeps an ordinary name as it is', () => {
    expect(logFileName('2026年3月5日 石门村屋场会记录（脱敏版）.docx')).toBe(
      '2026年3月5日 石门村屋场会记录（脱敏版）.docx',
    );
  });

  it('turns a colon, a slash and a control character into _', () => {
    const name = logFileName('备份 12:30/a\tb.json');
    expect(name).toBe('备份 12_30_a_b.json');
    expect(accepted(name)).toBe(true);
    expect(accepted('备份 12:30.json')).toBe(false);
  });

  it('cuts a long name to 120 units, never inside a character beyond the BMP', () => {
    // 𠀀 takes two UTF-16 units: 60 of them fill the 120 exactly.
    const name = logFileName('𠀀'.repeat(70) + '.json');
    expect(name).toBe('𠀀'.repeat(60));
    expect(accepted(name)).toBe(true);
    expect(logFileName('a'.repeat(119) + '𠀀')).toBe('a'.repeat(119));
  });

  it('never sends an empty name or a bare dot', () => {
    expect(logFileName('')).toBe('_');
    expect(logFileName('..')).toBe('_');
    expect(accepted(logFileName('..'))).toBe(true);
  });
});
