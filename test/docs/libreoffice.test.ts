// Real, independent readers: LibreOffice opens every document type and prints it to PDF, and
// mammoth (a second .docx reader) reads the same files; their texts are compared. Required, never
// skipped: CI installs soffice (libreoffice-writer, poppler-utils, fonts-noto-cjk,
// fonts-hanazono). One soffice call converts all the files, as it is slow.
import { Packer } from 'docx';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, buildDocumentBytes } from '../../shared/docs/pack';
import type { Privacy } from '../../shared/docs/privacy';
import { bigMeetingBundle } from '../fixtures/big-meeting';
import { longDescription, longDescriptionBundle } from '../fixtures/long-description';
import { meetingPhotos } from '../fixtures/photos';
import { fixtureId } from '../fixtures/records';
import { loadSample, sampleDocuments } from './docx-files';
import { hasReaderTools, printWithLibreOffice, readerTools, type PrintedPdf } from './libreoffice';

let pdfs: Record<string, PrintedPdf> = {};
const docs: Record<string, Uint8Array> = {};
const privacies: Privacy[] = ['masked', 'internal-full', 'public'];

beforeAll(async () => {
  if (!hasReaderTools()) {
    throw new Error(
      `${readerTools.join(', ')} missing: the document tests need a real reader. ` +
        'Install: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-hanazono',
    );
  }
  const sample = loadSample();
  Object.assign(docs, await sampleDocuments(sample));
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
  // docx's own Packer on the builder's result, without our packing step.
  docs['bare-packer'] = await Packer.pack(
    buildDocument('minutes', { bundle: sample.meetings[0]!, ...settings }),
    'uint8array',
  );
  const long = longDescriptionBundle();
  for (const privacy of privacies) {
    for (const kind of ['minutes', 'summary'] as const)
      docs[`long-${kind}-${privacy}`] = await buildDocumentBytes(
        kind,
        { bundle: long },
        { privacy },
      );
    docs[`long-ledger-${privacy}`] = await buildDocumentBytes(
      'ledger',
      { bundles: [long], filter: {}, today: '2026-12-01' },
      { privacy },
    );
  }
  // 附照片: the 记录 with the meeting's photos, in the two copies that print some.
  const photos = meetingPhotos(long.meeting.id, fixtureId(0xf071, 1));
  for (const privacy of ['internal-full', 'masked'] as const)
    docs[`long-minutes-photos-${privacy}`] = await buildDocumentBytes(
      'minutes',
      { bundle: long, photos },
      { privacy },
    );
  docs['long-commitments'] = await buildDocumentBytes('commitments', { bundle: long });
  docs['long-sign-in'] = await buildDocumentBytes('sign-in', { bundle: long });

  pdfs = printWithLibreOffice(docs);
}, 400_000);

const names = ['𠀀明', '王䶮', '李堃', '小芳🌸', '赵𡒄', '周𬱖', '吴𪚥生', '欧阳娜娜'];

describe('LibreOffice reads every document', () => {
  it.each([
    ['minutes', 3, 8],
    ['summary', 3, 8],
    ['sign-in', 1, 3],
    ['commitments', 1, 1],
    ['ledger', 1, 3],
    ['dirty-minutes', 3, 8],
    ['bare-packer', 3, 8],
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

  it('prints the builder result packed by docx alone with its tables', () => {
    expect(pdfs['bare-packer']?.text).toContain('参会人员');
    expect(pdfs['bare-packer']?.text).toContain('责任单位/责任人');
    expect(pdfs['bare-packer']?.text).toContain('石门镇交通站');
  });

  it('keeps what the sanitiser keeps of a dirty name', () => {
    expect(pdfs['dirty-minutes']?.text).toContain('张建国');
  });

  it('puts the 200 attendees of a big meeting in 附件1, dates and units on one line', () => {
    const big = pdfs['big-minutes'];
    expect(big?.pages).toBeGreaterThan(10);
    expect(big?.pages).toBeLessThan(60);
    expect(big?.text).toContain('见附件1');
    expect(big?.text).toContain('参会人员名单');
    expect(big?.text).not.toContain('\uFFFD');
    // A wrapped cell would interleave its lines with the next column's in the PDF text.
    for (const text of ['石门镇交通站', '2026年12月4日', '责任单位/责任人', '办结时限', '处置方式'])
      expect(big?.text).toContain(text);
  });

  it('prints the 乡镇 on the 记录, the 纪要 and the 签到表', () => {
    for (const name of ['minutes', 'summary', 'sign-in', 'long-sign-in'])
      expect(pdfs[name]?.text, name).toContain('石门镇石门村');
  });
});

describe('the 现场照片 of a 记录 on paper', () => {
  it('内部完整版: three photos, two on the first appendix page and one on the next', () => {
    const without = pdfs['long-minutes-internal-full'];
    const printed = pdfs['long-minutes-photos-internal-full'];
    // The body ends on the same page; 附件1 adds two pages.
    expect(printed?.pages).toBe((without?.pages ?? 0) + 2);
    const last = printed?.pages ?? 0;
    expect(printed?.images).toEqual([
      { page: last - 1, width: 640, height: 480 },
      { page: last - 1, width: 300, height: 400 },
      { page: last, width: 480, height: 480 },
    ]);
    expect(printed?.text).toContain(
      '附件1现场照片图1现场—村民在禾坪听政策宣讲，联系人13812341234图2签到表—签到表第一页',
    );
    expect(printed?.text).toContain('图3其他');
  });

  it('默认: the 签到表 photo left out, two photos on one page', () => {
    const printed = pdfs['long-minutes-photos-masked'];
    expect(printed?.pages).toBe((pdfs['long-minutes-masked']?.pages ?? 0) + 1);
    const last = printed?.pages ?? 0;
    expect(printed?.images).toEqual([
      { page: last, width: 640, height: 480 },
      { page: last, width: 480, height: 480 },
    ]);
    expect(printed?.text).toContain('图1现场—村民在禾坪听政策宣讲，联系人138****1234图2其他');
    expect(printed?.text).not.toContain('签到表第一页');
  });
});

/** The 6,000 characters as each copy must print them: in public, villagers' names masked. */
function expectedDescription(privacy: Privacy): string {
  const text = longDescription().replace(/\n/g, '');
  if (privacy !== 'public') return text;
  return text.replaceAll('李德堃', '李*堃').replaceAll('𠀀明', '𠀀*').replaceAll('赵𡒄', '赵*');
}

/** Whether every character of `needle` is in `haystack` in order, from `from` on. */
function inOrder(haystack: string, needle: string, from: number): number {
  const chars = [...haystack.slice(from)];
  let at = 0;
  for (const c of needle) {
    while (at < chars.length && chars[at] !== c) at++;
    if (at === chars.length) return -1;
    at++;
  }
  return at;
}

const longCopies = [
  ...privacies.flatMap((p) =>
    (['minutes', 'summary', 'ledger'] as const).map((k) => [`long-${k}-${p}`, p] as const),
  ),
  ['long-commitments', 'public'] as const,
];

describe('a 6,000-character description on paper', () => {
  it.each(longCopies)('%s prints every character once, in order', (name, privacy) => {
    const text = pdfs[name]?.text ?? '';
    const expected = expectedDescription(privacy);
    // The whole text starts where its first 45 characters do (a table summary has 24).
    const start = text.indexOf([...expected].slice(0, 45).join(''));
    expect(start, `${name}: the start of the description`).toBeGreaterThanOrEqual(0);
    expect(inOrder(text, expected, start), `${name}: every character in order`).toBeGreaterThan(0);
    // Printed once: a sentence from the middle occurs exactly once.
    expect(text.split('（150）').length - 1, name).toBe(1);
  });

  it.each(privacies)('the %s copy masks what it must, wherever it occurs', (privacy) => {
    const minutes = pdfs[`long-minutes-${privacy}`]?.text ?? '';
    const summary = pdfs[`long-summary-${privacy}`]?.text ?? '';
    for (const text of [minutes, summary]) {
      expect(text).toContain('张建国');
      expect(text).toContain('王志强');
      if (privacy === 'public') {
        expect(text).not.toContain('李德堃');
        expect(text).toContain('李*堃家禾坪');
        expect(text).not.toMatch(/138\*{0,4}\d*1234/);
      } else expect(text).toContain('李德堃家禾坪');
    }
    if (privacy === 'masked') expect(minutes).toContain('138****1234');
    if (privacy === 'internal-full') expect(minutes).toContain('13812341234');
    if (privacy !== 'internal-full') expect(minutes).not.toContain('13812341234');
  });

  it('numbers each issue as at the meeting, and an empty category as 未分类', () => {
    const minutes = pdfs['long-minutes-masked']?.text ?? '';
    expect(minutes).toContain('第1条李德堃反映');
    expect(minutes).toContain('第2条𠀀明反映');
    expect(minutes).toContain('未分类');
    expect(minutes).toContain('（见第1条）');
  });

  it('prints （待明确） for an empty promise on the 承诺公示单, and the notice masks the 主事人', () => {
    const notice = pdfs['long-commitments']?.text ?? '';
    expect(notice).toContain('（待明确）');
    expect(notice).not.toContain('李德堃');
    expect(notice).toContain('石门镇自然资源所');
  });
});

/** Characters and how often each occurs, whitespace left out. */
function counts(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of text.replace(/\s+/g, '')) map.set(c, (map.get(c) ?? 0) + 1);
  return map;
}

describe('a second reader (mammoth) agrees with LibreOffice', () => {
  it('reads every generated document, and LibreOffice printed every character it read', async () => {
    for (const [name, bytes] of Object.entries(docs)) {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      const read = counts(value);
      const printed = counts(pdfs[name]?.text ?? '');
      expect(read.size, name).toBeGreaterThan(20);
      const lost = [...read].filter(([c, n]) => (printed.get(c) ?? 0) < n);
      expect(lost, `${name}: characters mammoth read that LibreOffice did not print`).toEqual([]);
      // LibreOffice prints more only for page numbers and table headers repeated on each page.
      const extra = [...printed].reduce(
        (sum, [c, n]) => sum + Math.max(0, n - (read.get(c) ?? 0)),
        0,
      );
      const pages = pdfs[name]?.pages ?? 0;
      expect(
        extra,
        `${name}: characters LibreOffice printed that mammoth did not read`,
      ).toBeLessThanOrEqual(pages * 60);
    }
  });
});
