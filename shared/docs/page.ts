// Assembles a Word document on the GB/T 9704 page: A4, the margins and grid of layout.ts, and
// page numbers "— N —" in 4号 宋体, odd pages right and even pages left one character in
// (§7.5), or centred for single-sided printing.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { FileChild, IRunOptions, ISectionOptions } from 'docx';
import { a4, docGrid, footerDistance, headerDistance, margins, sizes, styleIds } from './layout';
import { documentStyles } from './styles';
import { fontFor } from './text-runs';

export type PageNumberPlacement = 'outer' | 'centred';

export type PageSection = {
  children: FileChild[];
  landscape?: boolean;
};

/** One character of 4号 text: how far an outer page number sits from the edge of the block. */
const pageNumberIndent = sizes.siHao * 10;

function pageNumberFooter(alignment: 'right' | 'left' | 'center'): Footer {
  const font = fontFor('song', 'main');
  const run = (children: NonNullable<IRunOptions['children']>) =>
    new TextRun({ children, font, size: sizes.siHao });
  return new Footer({
    children: [
      new Paragraph({
        style: styleIds.footer,
        alignment:
          alignment === 'right'
            ? AlignmentType.RIGHT
            : alignment === 'left'
              ? AlignmentType.LEFT
              : AlignmentType.CENTER,
        indent: {
          firstLine: 0,
          ...(alignment === 'right' ? { right: pageNumberIndent } : {}),
          ...(alignment === 'left' ? { left: pageNumberIndent } : {}),
        },
        children: [run(['— ']), run([PageNumber.CURRENT]), run([' —'])],
      }),
    ],
  });
}

function section(part: PageSection, placement: PageNumberPlacement): ISectionOptions {
  const landscape = part.landscape === true;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: a4.width,
          height: a4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...margins, header: headerDistance, footer: footerDistance, gutter: 0 },
      },
      grid: {
        type: DocumentGridType.LINES,
        linePitch: docGrid.linePitch,
      },
    },
    footers:
      placement === 'outer'
        ? { default: pageNumberFooter('right'), even: pageNumberFooter('left') }
        : { default: pageNumberFooter('center') },
    children: part.children,
  };
}

export type OfficialDocumentSpec = {
  title: string;
  sections: PageSection[];
  pageNumbers?: PageNumberPlacement;
};

export function officialDocument(spec: OfficialDocumentSpec): Document {
  const placement = spec.pageNumbers ?? 'outer';
  return new Document({
    title: spec.title,
    creator: '屋场会助手',
    styles: documentStyles(),
    evenAndOddHeaderAndFooters: placement === 'outer',
    sections: spec.sections.map((part) => section(part, placement)),
  });
}
