// Only a commitment has a 办结时限 (domain.md §3). An issue stored before a changed response
// cleared the date (交办 with a deadline, then 当场解决) prints none: not in the 记录, the 台账 or
// its sheet; a commitment beside it prints its own.
import { describe, expect, it } from 'vitest';
import { buildLedgerSheet } from '../../shared/docs/ledger-sheet';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { meetingBuilder } from '../fixtures/records';
import { unzipDocx, visibleText } from './docx-files';

function meetingWithLeftoverDate() {
  const b = meetingBuilder(0x2231, '2026-11-27', { status: '已结束', village: '石门村' });
  b.issue({
    description: '路灯不亮',
    responseType: '交办',
    status: '办理中',
    unit: '镇电管站',
    deadline: '2026-12-04',
  });
  b.issue({
    description: '低保政策咨询',
    responseType: '当场答复',
    status: '已办结',
    deadline: '2026-12-09',
  });
  return b.bundle;
}

const printed = async (kind: 'minutes' | 'ledger') => {
  const bundle = meetingWithLeftoverDate();
  const bytes =
    kind === 'minutes'
      ? await buildDocumentBytes('minutes', { bundle }, { privacy: 'internal-full' })
      : await buildDocumentBytes(
          'ledger',
          { bundles: [bundle], filter: {}, today: '2026-12-01' },
          { privacy: 'internal-full' },
        );
  return visibleText(unzipDocx(bytes)['word/document.xml'] ?? '');
};

describe('办结时限 in print', () => {
  it.each(['minutes', 'ledger'] as const)(
    'the %s prints the commitment’s date only',
    async (kind) => {
      const text = await printed(kind);
      expect(text).toContain('2026年12月4日');
      expect(text).not.toContain('2026年12月9日');
    },
  );

  it('the ledger sheet leaves the date out for the answered issue', () => {
    const sheet = buildLedgerSheet(
      { bundles: [meetingWithLeftoverDate()], filter: {}, today: '2026-12-01' },
      'internal-full',
    );
    const cells = JSON.stringify(sheet);
    expect(cells).toContain('2026年12月4日');
    expect(cells).not.toContain('2026年12月9日');
  });
});
