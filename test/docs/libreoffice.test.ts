// A real, independent reader: LibreOffice opens every document type and prints it to PDF.
// Required, never skipped: CI installs soffice (libreoffice-writer, poppler-utils,
// fonts-noto-cjk, fonts-hanazono). One soffice call converts all the files, as it is slow.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { bigMeetingBundle } from '../fixtures/big-meeting';
import { loadSample, sampleDocuments } from './docx-files';
import { hasReaderTools, printWithLibreOffice, readerTools, type PrintedPdf } from './libreoffice';

let pdfs: Record<string, PrintedPdf> = {};

beforeAll(async () => {
  if (!hasReaderTools()) {
    throw new Error(
      `${readerTools.join(', ')} missing: the document tests need a real reader. ` +
        'Install: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-hanazono',
    );
  }
  const sample = loadSample();
  const docs: Record<string, Uint8Array> = { ...(await sampleDocuments(sample)) };
  const settings = sample.settings ? { settings: sample.settings } : {};
  docs['big-minutes'] = await buildDocumentBytes('minutes', {
    bundle: bigMeetingBundle(),
    ...settings,
  });
  // A name with characters XML forbids, slipped past the schema: the file must still open.
  const dirty = structuredClone(sample.meetings[0]);
  if (!dirty) throw new Error('sample has no meeting');
  dirty.attendance[0] = { ...dirty.attendance[0]!, name: '张\uFFFE建\u0000国\uD800' };
  docs['dirty-minutes'] = await buildDocumentBytes('minutes', { bundle: dirty, ...settings });

  pdfs = printWithLibreOffice(docs);
}, 300_000);

const names = ['𠀀明', '王䶮', '李堃', '小芳🌸', '赵𡒄', '周𬱖', '吴𪚥生', '欧阳娜娜'];

describe('LibreOffice reads every document', () => {
  it.each([
    ['minutes', 3, 8],
    ['summary', 3, 8],
    ['sign-in', 1, 3],
    ['commitments', 1, 1],
    ['ledger', 1, 3],
    ['dirty-minutes', 3, 8],
  ])('%s: %i to %i pages, every name, no replacement character', (name, min, max) => {
    const pdf = pdfs[name];
    expect(pdf, `${name}.pdf was not written`).toBeDefined();
    expect(pdf?.pages).toBeGreaterThanOrEqual(min);
    expect(pdf?.pages).toBeLessThanOrEqual(max);
    expect(pdf?.text).not.toContain('\uFFFD');
    if (name === 'minutes' || name === 'summary' || name === 'sign-in') {
      for (const n of names) expect(pdf?.text).toContain(n);
    }
  });

  it('prints the masked names on the notice and the ledger, and no full phone', () => {
    expect(pdfs.commitments?.text).toContain('石门镇交通站');
    expect(pdfs.commitments?.text).not.toContain('13812341234');
    expect(pdfs.ledger?.text).toContain('𠀀明');
    expect(pdfs.ledger?.text).toContain('138****1234');
  });

  it('keeps what the sanitiser keeps of a dirty name', () => {
    expect(pdfs['dirty-minutes']?.text).toContain('张建国');
  });

  it('puts the 200 attendees of a big meeting in 附件1', () => {
    const big = pdfs['big-minutes'];
    expect(big?.pages).toBeGreaterThan(10);
    expect(big?.pages).toBeLessThan(60);
    expect(big?.text).toContain('见附件1');
    expect(big?.text).toContain('参会人员名单');
    expect(big?.text).not.toContain('\uFFFD');
  });
});
