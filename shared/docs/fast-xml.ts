// Tables written straight as XML text. A big meeting's document is mostly table cells (the 附件1
// list, the assigned items), and docx's component tree, serialiser and the garbage they leave
// cost several times the XML they write per cell. Here each cell is written as a string, in
// schema order and escaped as docx escapes; docx writes only a placeholder element for the table,
// which packDocument (pack.ts) swaps for the table's XML.
import { FileChild } from 'docx';
import type { IFontAttributesProperties, IXmlableObject } from 'docx';
import { cleanText } from '../domain/text';
import { fontFor, splitByScript } from './text-runs';
import type { RunStyle } from './text-runs';

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

const fontXml = new Map<IFontAttributesProperties, string>();

function rFonts(font: IFontAttributesProperties): string {
  let xml = fontXml.get(font);
  if (xml === undefined) {
    const attrs: [string, string | undefined][] = [
      ['w:ascii', font.ascii],
      // The complex-script slot matters only where a character may be classed as such.
      ['w:cs', font.cs === font.eastAsia ? font.cs : undefined],
      ['w:eastAsia', font.eastAsia],
      ['w:hAnsi', font.hAnsi],
      ['w:hint', font.hint],
    ];
    xml = `<w:rFonts${attrs.map(([k, v]) => (v === undefined ? '' : ` ${k}="${escape(v)}"`)).join('')}/>`;
    fontXml.set(font, xml);
  }
  return xml;
}

/** The runs of one line of text: sanitised, split by script, every run with its fonts. */
export function runXml(text: string, style: RunStyle = {}): string {
  const clean = cleanText(text).replace(/[\t\r\n]+/g, ' ');
  const role = style.role ?? 'body';
  const size =
    style.size === undefined ? '' : `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  let xml = '';
  for (const segment of splitByScript(clean)) {
    const props = `<w:rPr>${rFonts(fontFor(role, segment.script))}${style.bold ? '<w:b/>' : ''}${size}</w:rPr>`;
    const space = /^\s|\s$/.test(segment.text) ? ' xml:space="preserve"' : '';
    xml += `<w:r>${props}<w:t${space}>${escape(segment.text)}</w:t></w:r>`;
  }
  return xml;
}

/** A paragraph of a style that carries its alignment and size, so the runs need neither. */
export function paragraphXml(styleId: string, runs: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${escape(styleId)}"/></w:pPr>${runs}</w:p>`;
}

export type FastCell = { width: number; paragraphs: string[] };
export type FastRow = { cells: FastCell[]; header?: boolean; minHeight?: number };

const dxa = (name: string, w: number) => `<${name} w:type="dxa" w:w="${w}"/>`;

function cellXml(cell: FastCell): string {
  const body = cell.paragraphs.length > 0 ? cell.paragraphs.join('') : '<w:p/>';
  return `<w:tc><w:tcPr>${dxa('w:tcW', cell.width)}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;
}

function rowXml(row: FastRow): string {
  const height = row.minHeight ? `<w:trHeight w:val="${row.minHeight}" w:hRule="atLeast"/>` : '';
  const header = row.header ? '<w:tblHeader/>' : '';
  return `<w:tr><w:trPr><w:cantSplit/>${height}${header}</w:trPr>${row.cells.map(cellXml).join('')}</w:tr>`;
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
    this.xml = `<w:tbl>${properties}${grid}${rows.map(rowXml).join('')}</w:tbl>`;
  }

  /** docx calls this while compiling; the placeholder is replaced by expandRawXml. */
  override prepForXml(): IXmlableObject {
    const id = String(++lastRawId);
    rawParts.set(id, this.xml);
    return { 'wch:raw': { _attr: { id } } };
  }
}

let lastRawId = 0;
const rawParts = new Map<string, string>();

/** Puts the tables' own XML where docx wrote their placeholders (each is used once). */
export function expandRawXml(documentXml: string): string {
  return documentXml.replace(/<wch:raw id="(\d+)"\/>/g, (_match, id: string) => {
    const xml = rawParts.get(id);
    if (xml === undefined) throw new Error(`table ${id} was already written`);
    rawParts.delete(id);
    return xml;
  });
}
