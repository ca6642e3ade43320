// The styles every document shares: body 3号 仿宋, title 2号 小标宋, "一、" 黑体, "（一）" 楷体,
// table text without the document grid, and the font table with each font's fallback.
import { ImportedXmlComponent, LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';
import {
  bodyCharacterSpacing,
  charWidth,
  docGrid,
  fontTableEntries,
  fonts,
  sizes,
  styleIds,
  tableTextSizes,
  tableTextStyleId,
} from './layout';
import { fontFor } from './text-runs';

const language = { value: 'en-US', eastAsia: 'zh-CN' } as const;
/** Exactly one grid line per text line: 22 lines in every reader, grid or no grid. */
const gridLine = { line: docGrid.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const bodyIndent = { firstLine: 2 * charWidth };

const fontXml = (eastAsia: string, latin = 'Times New Roman') =>
  `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:cs="${latin}" w:eastAsia="${eastAsia}" w:hint="eastAsia"/>`;

/**
 * Text in table cells must not snap to the document grid, or every row would be a grid line
 * (28.95 pt) tall per text line. docx has no option for w:snapToGrid in a paragraph style,
 * so this one style is written as XML.
 */
type GridFreeParagraph = { keepNext?: boolean; spacing: string; jc: string; outlineLvl?: number };

/** A paragraph style off the document grid, its properties in the order the schema requires. */
function gridFreeStyle(
  id: string,
  name: string,
  p: GridFreeParagraph,
  eastAsia: string,
  size: number,
) {
  return ImportedXmlComponent.fromXmlString(
    `<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="paragraph" w:customStyle="1" w:styleId="${id}">` +
      `<w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
      `<w:pPr>${p.keepNext ? '<w:keepNext/>' : ''}<w:snapToGrid w:val="0"/>${p.spacing}` +
      `<w:ind w:firstLine="0"/><w:jc w:val="${p.jc}"/>` +
      `${p.outlineLvl === undefined ? '' : `<w:outlineLvl w:val="${p.outlineLvl}"/>`}</w:pPr>` +
      `<w:rPr>${fontXml(eastAsia)}<w:snapToGrid w:val="0"/><w:spacing w:val="0"/>` +
      `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`,
  );
}

/**
 * Body text: 3号 仿宋 condensed to 28 characters a line, one grid line high, indented two
 * characters, aligned left, and punctuation never hangs past the line's end (w:overflowPunct
 * off). Justified text lost characters in LibreOffice: where a 。 fell at the end of a full line
 * it was squeezed out of the printed page (measured: 2 of 249 in the long-description meeting;
 * none aligned left). docx writes overflowPunct only when it is on, so this style is XML.
 */
const normalStyle = ImportedXmlComponent.fromXmlString(
  `<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="paragraph" w:default="1" w:styleId="Normal">` +
    `<w:name w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:overflowPunct w:val="0"/>` +
    `<w:spacing w:before="0" w:after="0" w:line="${gridLine.line}" w:lineRule="exact"/>` +
    `<w:ind w:firstLine="${bodyIndent.firstLine}"/><w:jc w:val="left"/></w:pPr>` +
    `<w:rPr>${fontXml(fonts.body)}<w:spacing w:val="${bodyCharacterSpacing}"/>` +
    `<w:sz w:val="${sizes.sanHao}"/><w:szCs w:val="${sizes.sanHao}"/>` +
    `<w:lang w:val="${language.value}" w:eastAsia="${language.eastAsia}"/></w:rPr></w:style>`,
);

const tableTextStyles = tableTextSizes.flatMap((size) =>
  [false, true].map((centred) =>
    gridFreeStyle(
      tableTextStyleId(size, centred),
      `Table Text ${size / 2}${centred ? ' Centred' : ''}`,
      {
        spacing: '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
        jc: centred ? 'center' : 'left',
      },
      fonts.body,
      size,
    ),
  ),
);

/** The title is larger than a grid cell: off the grid, or LibreOffice gives each character two. */
const titleStyle = gridFreeStyle(
  styleIds.title,
  'Title',
  {
    keepNext: true,
    spacing: `<w:spacing w:before="0" w:after="${docGrid.linePitch}" w:line="${docGrid.linePitch}" w:lineRule="exact"/>`,
    jc: 'center',
    outlineLvl: 0,
  },
  fonts.title,
  sizes.erHao,
);

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: fontFor('body', 'main'), size: sizes.sanHao, language },
        paragraph: { spacing: gridLine },
      },
    },
    paragraphStyles: [
      {
        id: styleIds.heading1,
        name: 'heading 1',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fontFor('heading1', 'main'), size: sizes.sanHao },
        paragraph: { keepNext: true, outlineLevel: 1 },
      },
      {
        id: styleIds.heading2,
        name: 'heading 2',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fontFor('heading2', 'main'), size: sizes.sanHao },
        paragraph: { keepNext: true, outlineLevel: 2 },
      },
      {
        id: styleIds.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { font: fontFor('song', 'main'), size: sizes.siHao },
        paragraph: {
          indent: { firstLine: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
    ],
    importedStyles: [normalStyle, titleStyle, ...tableTextStyles],
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml with every font the documents use and its fallback (w:altName). */
export function fontTableXml(): string {
  const entries = fontTableEntries
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}">` +
        (f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : '') +
        `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/>` +
        `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    entries +
    '</w:fonts>'
  );
}
