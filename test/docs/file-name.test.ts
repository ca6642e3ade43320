import { describe, expect, it } from 'vitest';
import { documentFileName, ledgerFileName, safeFileName } from '../../shared/docs/file-name';

const meeting = { date: '2026-11-27', village: '石门村', typeLabel: '屋场会' };

describe('file names', () => {
  it('names each document in Chinese, the date without leading zeros', () => {
    expect(documentFileName('minutes', meeting)).toBe(
      '2026年11月27日 石门村屋场会记录（脱敏版）.docx',
    );
    expect(documentFileName('summary', { ...meeting, date: '2026-03-05' }, 'public')).toBe(
      '2026年3月5日 石门村屋场会纪要（公示版）.docx',
    );
    expect(documentFileName('sign-in', meeting)).toBe('2026年11月27日 石门村屋场会签到表.docx');
    expect(documentFileName('commitments', meeting)).toBe(
      '2026年11月27日 石门村屋场会承诺公示单.docx',
    );
    expect(documentFileName('minutes', { ...meeting, typeLabel: '院坝会' }, 'internal-full')).toBe(
      '2026年11月27日 石门村院坝会记录（内部完整版）.docx',
    );
  });

  it('replaces what Windows forbids and keeps rare characters', () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j')).toBe('a＜b＞c：d＂e／f＼g｜h？i＊j');
    expect(safeFileName('𠀀村\u0001屋场会. . ')).toBe('𠀀村屋场会');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('   ')).toBe('未命名');
    expect([...safeFileName('村'.repeat(300))].length).toBe(100);
    expect(documentFileName('minutes', { ...meeting, village: '石门/村' })).toBe(
      '2026年11月27日 石门／村屋场会记录（脱敏版）.docx',
    );
    const long = documentFileName('minutes', { ...meeting, village: '村'.repeat(300) }, 'public');
    expect(long.endsWith('（公示版）.docx')).toBe(true);
    expect([...long].length).toBe(100 + '.docx'.length);
  });

  it('names a ledger by its filter and its copy, each copy differently', () => {
    const period = '2026年1月1日至2026年12月31日';
    expect(ledgerFileName('石门镇屋场会问题台账', period, 'public')).toBe(
      '石门镇屋场会问题台账（2026年1月1日至2026年12月31日）（公示版）.docx',
    );
    const names = (['masked', 'internal-full', 'public'] as const).map((p) =>
      ledgerFileName('石门镇屋场会问题台账', '', p),
    );
    expect(names).toEqual([
      '石门镇屋场会问题台账（脱敏版）.docx',
      '石门镇屋场会问题台账（内部完整版）.docx',
      '石门镇屋场会问题台账（公示版）.docx',
    ]);
  });
});
