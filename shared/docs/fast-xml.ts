// Tables written straight as docx's XML objects. A big meeting's document is mostly table
// cells (the 附件1 list, the assigned items), and docx's component tree costs several times the
// XML it writes per cell; building the same elements as plain objects keeps a 200-attendee
// record within 1.5× of docx's bare Packer. The output is the XML docx would write, in schema
// order, and goes through docx's own serialiser (which escapes text and attributes).
import { FileChild } from 'docx';
import type { IFontAttributesProperties, IXmlableObject } from 'docx';
import { cleanText } from '../domain/text';
import { fontFor, splitByScript } from './text-runs';
import type { RunStyle } from './text-runs';

type Xml = IXmlableObject;

const fontAttrs = new Map<IFontAttributesProperties, Xml>();

function rFonts(font: IFontAttributesProperties): Xml {
  let xml = fontAttrs.get(font);
  if (!xml) {
    xml = {
      'w:rFonts': {
        _attr: {
          'w:ascii': font.ascii,
          // The complex-script slot matters only where a character may be classed as such.
          ...(font.cs === font.eastAsia ? { 'w:cs': font.cs } : {}),
          'w:eastAsia': font.eastAsia,
          'w:hAnsi': font.hAnsi,
          'w:hint': font.hint,
        },
      },
    };
    fontAttrs.set(font, xml);
  }
  return xml;
}

/** The runs of one line of text: sanitised, split by script, every run with its fonts. */
export function runXml(text: string, style: RunStyle = {}): Xml[] {
  const clean = cleanText(text).replace(/[\t\r\n]+/g, ' ');
  const role = style.role ?? 'body';
  const size =
    style.size === undefined
      ? []
      : [
          { 'w:sz': { _attr: { 'w:val': style.size } } },
          { 'w:szCs': { _attr: { 'w:val': style.size } } },
        ];
  return splitByScript(clean).map((segment) => ({
    'w:r': [
      {
        'w:rPr': [
          rFonts(fontFor(role, segment.script)),
          ...(style.bold ? [{ 'w:b': {} }] : []),
          ...size,
        ],
      },
      {
        'w:t': /^\s|\s$/.test(segment.text)
          ? [{ _attr: { 'xml:space': 'preserve' } }, segment.text]
          : [segment.text],
      },
    ],
  }));
}

/** A paragraph of a style that carries its alignment and size, so the runs need neither. */
export function paragraphXml(styleId: string, runs: Xml[]): Xml {
  return { 'w:p': [{ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': styleId } } }] }, ...runs] };
}

export type FastCell = { width: number; paragraphs: Xml[] };
export type FastRow = { cells: FastCell[]; header?: boolean; minHeight?: number };

const dxa = (w: number) => ({ _attr: { 'w:type': 'dxa', 'w:w': w } });

function cellXml(cell: FastCell): Xml {
  return {
    'w:tc': [
      {
        'w:tcPr': [{ 'w:tcW': dxa(cell.width) }, { 'w:vAlign': { _attr: { 'w:val': 'center' } } }],
      },
      ...(cell.paragraphs.length > 0 ? cell.paragraphs : [{ 'w:p': {} }]),
    ],
  };
}

function rowXml(row: FastRow): Xml {
  const trPr: Xml[] = [{ 'w:cantSplit': {} }];
  if (row.minHeight)
    trPr.push({ 'w:trHeight': { _attr: { 'w:val': row.minHeight, 'w:hRule': 'atLeast' } } });
  if (row.header) trPr.push({ 'w:tblHeader': {} });
  return { 'w:tr': [{ 'w:trPr': trPr }, ...row.cells.map(cellXml)] };
}

const border = { _attr: { 'w:val': 'single', 'w:color': 'auto', 'w:sz': 4, 'w:space': 0 } };

/** A table, fixed layout, every width in DXA, centred, single borders, cell padding given. */
export class FastTable extends FileChild {
  private readonly xml: Xml;

  constructor(
    columnWidths: readonly number[],
    rows: readonly FastRow[],
    padding: { x: number; y: number },
  ) {
    super('w:tbl');
    const width = columnWidths.reduce((a, b) => a + b, 0);
    this.xml = {
      'w:tbl': [
        {
          'w:tblPr': [
            { 'w:tblW': dxa(width) },
            { 'w:jc': { _attr: { 'w:val': 'center' } } },
            {
              'w:tblBorders': ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(
                (side) => ({ [`w:${side}`]: border }),
              ),
            },
            { 'w:tblLayout': { _attr: { 'w:type': 'fixed' } } },
            {
              'w:tblCellMar': [
                { 'w:top': dxa(padding.y) },
                { 'w:left': dxa(padding.x) },
                { 'w:bottom': dxa(padding.y) },
                { 'w:right': dxa(padding.x) },
              ],
            },
            {
              'w:tblLook': {
                _attr: {
                  'w:val': '0000',
                  'w:firstRow': 0,
                  'w:lastRow': 0,
                  'w:firstColumn': 0,
                  'w:lastColumn': 0,
                  'w:noHBand': 1,
                  'w:noVBand': 1,
                },
              },
            },
          ],
        },
        { 'w:tblGrid': columnWidths.map((w) => ({ 'w:gridCol': { _attr: { 'w:w': w } } })) },
        ...rows.map(rowXml),
      ],
    };
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}
