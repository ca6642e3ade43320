// 附照片 on a 记录: which photos each copy prints (exactly their JPEG bytes in word/media), in
// what order, at what size, under which captions, and the 附件 line that names the appendix.
import { describe, expect, it } from 'vitest';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { photosNote, type Privacy } from '../../shared/docs/privacy';
import { bigMeetingBundle } from '../fixtures/big-meeting';
import { longDescriptionBundle } from '../fixtures/long-description';
import { fixtureJpeg, jpegs, meetingPhotos } from '../fixtures/photos';
import { fixtureId } from '../fixtures/records';
import { attr, docxMedia, elements, unzipDocx, visibleText } from './docx-files';

const stepId = fixtureId(0xf071, 1);

async function minutesWithPhotos(privacy: Privacy, bundle = longDescriptionBundle()) {
  const photos = meetingPhotos(bundle.meeting.id, stepId);
  return buildDocumentBytes('minutes', { bundle, photos }, { privacy });
}

/** The pictures' bytes in the order the document shows them (its relationships name them). */
function picturesInOrder(bytes: Uint8Array): Buffer[] {
  const parts = unzipDocx(bytes);
  const media = docxMedia(bytes);
  const rels = parts['word/_rels/document.xml.rels'] ?? '';
  const targets = new Map(
    elements(rels, 'Relationship').map((r) => [attr(r, 'Id'), `word/${attr(r, 'Target')}`]),
  );
  return elements(parts['word/document.xml'] ?? '', 'a:blip').map((blip) =>
    Buffer.from(media[targets.get(attr(blip, 'r:embed')) ?? ''] ?? []),
  );
}

const jpeg = (name: string) => Buffer.from(fixtureJpeg(name));

function text(bytes: Uint8Array): string {
  return visibleText(unzipDocx(bytes)['word/document.xml'] ?? '');
}

describe('the 现场照片 appendix of a 记录', () => {
  it('内部完整版 prints every live photo of the meeting itself, in stored order, captioned', async () => {
    const doc = await minutesWithPhotos('internal-full');
    // Not the deleted photo, not the follow-up step's.
    expect(picturesInOrder(doc)).toEqual([
      jpeg(jpegs.scene),
      jpeg(jpegs.signIn),
      jpeg(jpegs.other),
    ]);
    expect(Object.keys(docxMedia(doc))).toHaveLength(3);
    const t = text(doc);
    expect(t).toContain('附件：1. 现场照片主持人（签字）：');
    expect(t).toContain(
      '附件1现场照片' +
        '图1 现场 — 村民在禾坪听政策宣讲，联系人13812341234' +
        '图2 签到表 — 签到表第一页' +
        '图3 其他',
    );
    expect(t).not.toContain('删掉的照片');
    expect(t).not.toContain('整改前后');
  });

  it('默认 leaves out the 签到表 photo and masks a phone in a caption', async () => {
    const doc = await minutesWithPhotos('masked');
    expect(picturesInOrder(doc)).toEqual([jpeg(jpegs.scene), jpeg(jpegs.other)]);
    expect(Object.keys(docxMedia(doc))).toHaveLength(2);
    const t = text(doc);
    expect(t).toContain('附件1现场照片图1 现场 — 村民在禾坪听政策宣讲，联系人138****1234图2 其他');
    expect(t).not.toContain('签到表第一页');
  });

  it('公示版 prints no photo and names no appendix', async () => {
    const doc = await minutesWithPhotos('public');
    expect(docxMedia(doc)).toEqual({});
    expect(text(doc)).not.toContain('现场照片');
    expect(text(doc)).not.toContain('附件');
  });

  it('without 附照片 the 记录 has no picture and no 附件 line', async () => {
    const doc = await buildDocumentBytes('minutes', { bundle: longDescriptionBundle() });
    expect(docxMedia(doc)).toEqual({});
    expect(text(doc)).not.toContain('附件');
  });

  it('follows 附件1 参会人员名单 as 附件2, listed under it', async () => {
    const doc = await minutesWithPhotos('masked', bigMeetingBundle());
    const t = text(doc);
    expect(t).toContain('附件：1. 参会人员名单2. 现场照片主持人（签字）：');
    expect(t).toContain('附件1参会人员名单');
    expect(t).toContain('附件2现场照片图1 现场');
    // The second line of the list starts under the first's number: 2 + 3 characters in.
    const xml = unzipDocx(doc)['word/document.xml'] ?? '';
    const second = /<w:p>(?:(?!<\/w:p>).)*?2\. (?:(?!<\/w:p>).)*?现场照片/s.exec(xml)?.[0] ?? '';
    expect(attr(elements(second, 'w:ind')[0] ?? '', 'w:firstLine')).toBe(String(5 * 315));
  });

  it('fits each photo in 156 × 75 mm keeping its shape, two to a page', async () => {
    const xml = unzipDocx(await minutesWithPhotos('internal-full'))['word/document.xml'] ?? '';
    // EMU = px × 9525; 640×480 → 100 × 75 mm = 378 × 283 px; 300×400 → 56.25 × 75 mm = 213 × 283
    // px; 480×480 → 75 × 75 mm = 283 × 283 px.
    const extents = elements(xml, 'wp:extent').map((e) => [attr(e, 'cx'), attr(e, 'cy')]);
    expect(extents).toEqual([
      [String(378 * 9525), String(283 * 9525)],
      [String(213 * 9525), String(283 * 9525)],
      [String(283 * 9525), String(283 * 9525)],
    ]);
    // The appendix starts a page, and so does the third photo.
    const paragraphs = xml.split('<w:p>').filter((p) => p.includes('<w:pageBreakBefore/>'));
    expect(paragraphs.map((p) => p.includes('a:blip'))).toEqual([false, true]);
    // A page's second photo stands half a grid line (225 mm / 22 lines = 579 twips; half: 290)
    // below the caption above it; the first photos of pages stand right under what precedes.
    const photos = xml.split('<w:p>').filter((p) => p.includes('a:blip'));
    const before = photos.map((p) => /<w:spacing [^>]*w:before="(\d+)"/.exec(p)?.[1]);
    expect(before).toEqual(['0', '290', '0']);
  });
});

describe('what the export dialog says 附照片 adds', () => {
  const photos = meetingPhotos(longDescriptionBundle().meeting.id, stepId);
  it('counts the photos each copy prints and says why any are left out', () => {
    expect(photosNote(photos, 'internal-full')).toBe(
      '附3张照片，印在附件“现场照片”中；办理进展的照片不附。',
    );
    expect(photosNote(photos, 'masked')).toBe(
      '签到表照片（1张，有群众姓名和签名）此版本不附，附2张照片，印在附件“现场照片”中；' +
        '办理进展的照片不附。',
    );
    expect(photosNote(photos, 'public')).toBe('公示版不附照片。');
    expect(photosNote([photos[1]!], 'masked')).toBe(
      '签到表照片（1张，有群众姓名和签名）此版本不附，没有可附的照片。',
    );
  });
});
