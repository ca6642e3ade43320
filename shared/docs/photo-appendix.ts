// 现场照片, an appendix of the 记录 when 附照片 is chosen: the photos the copy may print
// (privacy.ts), in the order given, two to a page, each as large as the type area allows for two
// and captioned under it 图1 现场 — 说明 in the body font.
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { Photo } from '../domain/schemas';
import { decodeBase64 } from '../exchange/zip/base64';
import { docGrid } from './layout';
import { appendixHeading } from './minutes-sections';
import type { Blocks } from './minutes-sections';
import type { Redactor } from './privacy';
import { textRuns } from './text-runs';

export const photoAppendixTitle = '现场照片';

/**
 * The largest a photo is printed, in mm: the type area's width (156 mm), and a height that leaves
 * room on one page for 附件N, the title, two photos and their captions (22 lines of 10.2 mm: 3
 * for the heading and title, 2 captions, and up to 8 lines for each photo, which snaps to them).
 */
export const photoBox = { width: 156, height: 75 } as const;

const pixelsPerMm = 96 / 25.4;

/** The printed size of a photo in docx's pixels (96 to the inch): its own shape, fit in the box. */
export function printedSize(photo: Pick<Photo, 'width' | 'height'>): {
  width: number;
  height: number;
} {
  const scale = Math.min(photoBox.width / photo.width, photoBox.height / photo.height);
  return {
    width: Math.round(photo.width * scale * pixelsPerMm),
    height: Math.round(photo.height * scale * pixelsPerMm),
  };
}

/** 图1 现场 — 说明; without a 说明, 图1 现场. */
export function photoCaption(photo: Pick<Photo, 'kind' | 'caption'>, n: number, redact: Redactor) {
  const caption = redact.text(photo.caption).trim();
  return `图${n} ${photo.kind}${caption === '' ? '' : ` — ${caption}`}`;
}

/** Half a grid line (about 5 mm) between a page's first caption and its second photo. */
const gapBeforeSecond = Math.round(docGrid.linePitch / 2);

/** The photo at `index` (from 0) of the appendix: two to a page. */
function photoParagraph(photo: Photo, caption: string, index: number): Paragraph {
  const data = decodeBase64(photo.jpeg);
  if (!data) throw new Error(`照片“${caption}”已损坏，无法放进文档`);
  const secondOnPage = index % 2 === 1;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    // A line as tall as the photo: the body's exact grid line would crop it to one line. The
    // page's second photo stands apart from the caption above it (the page has a line to spare).
    spacing: {
      line: 240,
      lineRule: LineRuleType.AUTO,
      before: secondOnPage ? gapBeforeSecond : 0,
    },
    keepNext: true,
    ...(index > 0 && !secondOnPage ? { pageBreakBefore: true } : {}),
    children: [
      new ImageRun({
        type: 'jpg',
        data,
        transformation: printedSize(photo),
        altText: { name: caption, description: caption, title: caption },
      }),
    ],
  });
}

function captionParagraph(caption: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    children: textRuns(caption),
  });
}

/** 附件N 现场照片 with the photos (already chosen by printedPhotos); nothing when there is none. */
export function photoAppendix(photos: readonly Photo[], number: number, redact: Redactor): Blocks {
  if (photos.length === 0) return [];
  return [
    ...appendixHeading(number, photoAppendixTitle),
    ...photos.flatMap((photo, i) => {
      const caption = photoCaption(photo, i + 1, redact);
      return [photoParagraph(photo, caption, i), captionParagraph(caption)];
    }),
  ];
}
