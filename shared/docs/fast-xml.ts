// Tables written straight as XML text. A big meeting's document is mostly table cells (the 附件1
// list, the assigned items), and docx's component tree, its serialiser and the garbage they
// leave cost several times the XML they write per cell (a plain object tree for docx's
// serialiser measured 3.1× the bare Packer, this 1.3×). Here each table is one string, in schema
// order and escaped as docx escapes, held by the table itself: nothing is kept outside it, and
// any Packer that packs the Document writes the table whole (see `verbatim`).
import { FileChild } from 'docx';
import type { IFontAttributesProperties, IXmlableObject } from 'docx';
import { cleanText } from '../domain/text';
import { fontFor, splitByScript } from './text-runs';
import type { RunStyle, ScriptClass } from './text-runs';
import { fonts } from './layout';
import type { FontRole } from './layout';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
/** XML's five; characters XML 1.0 forbids are dropped, as docx's serialiser does. */
const escape = (value: string) =>
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => escapes[c] ?? '');

/**
 * A cell run's fonts. The East Asian font is always named; the Latin slots only where they differ
 * from the table text styles' Times New Roman (a supplementary character's font on every slot):
 * the same fonts, in a third of the bytes, for the thousands of runs of a big meeting's tables.
 */
function rFonts(font: IFontAttributesProperties): string {
  const latin = (name: string | undefined) => (name === fonts.latin ? undefined : name);
  const attrs: [string, string | undefined][] = [
    ['w:ascii', latin(font.ascii)],
    // The complex-script slot matters only where a character may be classed as such.
    ['w:cs', font.cs === font.eastAsia ? font.cs : undefined],
    ['w:eastAsia', font.eastAsia],
    ['w:hAnsi', latin(font.hAnsi)],
    ['w:hint', font.hint],
  ];
  return `<w:rFonts${attrs.map(([k, v]) => (v === undefined ? '' : ` ${k}="${escape(v)}"`)).join('')}/>`;
}

const roles: readonly FontRole[] = ['title', 'body', 'heading1', 'heading2', 'song'];
const scripts: readonly ScriptClass[] = ['main', 'extA', 'extB', 'extG', 'emoji'];

/**
 * The w:rFonts of every role and script, written once: constants, never changed. Body text in
 * the main script has none: the table text styles name exactly those fonts (仿宋, Times New Roman).
 */
const fontsXml: ReadonlyMap<string, string> = new Map(
  roles.flatMap((role) =>
    scripts.map((s) => [
      `${role}:${s}`,
      role === 'body' && s === 'main' ? '' : rFonts(fontFor(role, s)),
    ]),
  ),
);

/**
 * The runs of one line of text in a table text paragraph: sanitised, split by script, each run
 * with the fonts, weight and size that differ from the paragraph style's.
 */
export function runXml(text: string, style: RunStyle = {}): string {
  const clean = cleanText(text).replace(/[\t\r\n]+/g, ' ');
  const role = style.role ?? 'body';
  const size =
    style.size === undefined ? '' : `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  let xml = '';
  for (const segment of splitByScript(clean)) {
    const own = `${fontsXml.get(`${role}:${segment.script}`) ?? rFonts(fontFor(role, segment.script))}${style.bold ? '<w:b/>' : ''}${size}`;
    const props = own === '' ? '' : `<w:rPr>${own}</w:rPr>`;
    const space = /^\s|\s$/.test(segment.text) ? ' xml:space="preserve"' : '';
    xml += `<w:r>${props}<w:t${space}>${escape(segment.text)}</w:t></w:r>`;
  }
  return xml;
}

/** A paragraph of a style that carries its alignment and size, so the runs need neither. */
export function paragraphXml(styleId: string, runs: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${escape(styleId)}"/></w:pPr>${runs}</w:p>`;
}

export type FastCell = { width: number; paragraphs: string[]; span?: number };
export type FastRow = {
  cells: FastCell[];
  header?: boolean;
  minHeight?: number;
  /** Rows kept whole on one page; a long row may break across pages instead. */
  keepTogether?: boolean;
};

const dxa = (name: string, w: number) => `<${name} w:type="dxa" w:w="${w}"/>`;

/** Appends a row's XML to `out`: one join at the end copies the table's text once. */
function writeRow(row: FastRow, out: string[]): void {
  const height = row.minHeight ? `<w:trHeight w:val="${row.minHeight}" w:hRule="atLeast"/>` : '';
  const header = row.header ? '<w:tblHeader/>' : '';
  const whole = row.keepTogether === false ? '' : '<w:cantSplit/>';
  out.push(`<w:tr><w:trPr>${whole}${height}${header}</w:trPr>`);
  for (const cell of row.cells) {
    const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '';
    out.push(`<w:tc><w:tcPr>${dxa('w:tcW', cell.width)}${span}<w:vAlign w:val="center"/></w:tcPr>`);
    if (cell.paragraphs.length === 0) out.push('<w:p/>');
    else for (const p of cell.paragraphs) out.push(p);
    out.push('</w:tc>');
  }
  out.push('</w:tr>');
}

const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4" w:space="0"/>`;

/** A table, fixed layout, every width in DXA, centred, single borders, cell padding given. */
export class FastTable extends FileChild {
  private readonly xml: string;

  constructor(
    columnWidths: readonly number[],
    rows: readonly FastRow[],
    padding: { x: number; y: number },
  ) {
    super('w:tbl');
    const width = columnWidths.reduce((a, b) => a + b, 0);
    const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
    const margins = `${dxa('w:top', padding.y)}${dxa('w:left', padding.x)}${dxa('w:bottom', padding.y)}${dxa('w:right', padding.x)}`;
    const look =
      '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>';
    const properties = `<w:tblPr>${dxa('w:tblW', width)}<w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar>${look}</w:tblPr>`;
    const grid = `<w:tblGrid>${columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    const out = [`<w:tbl>${properties}${grid}`];
    for (const row of rows) writeRow(row, out);
    out.push('</w:tbl>');
    this.xml = out.join('');
  }

  /** docx calls this while compiling: the table's own XML, written as it is. */
  override prepForXml(): IXmlableObject {
    return verbatim(this.xml);
  }
}

/**
 * XML text that docx's serialiser writes unchanged. The serialiser escapes strings and descends
 * into objects, and writes any other value through String() (as the xml package it replaced
 * did): a function whose toString gives the text is written as that text, and an element with
 * an empty name writes its content alone. The document tests pack with docx's bare Packer and
 * read the tables back, so a change in docx that broke this would fail them.
 */
function verbatim(xml: string): IXmlableObject {
  const text = Object.assign(() => xml, { toString: () => xml });
  return { '': [text] };
}
