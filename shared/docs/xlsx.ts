// A minimal .xlsx (Office Open XML SpreadsheetML) of sheets of text and numbers, zipped by fflate:
// enough for the 台账 and the 统计表 in Excel, WPS and LibreOffice, without a spreadsheet library
// in the bundle. Text cells are inline strings (no shared-string table), numbers are numbers (so
// Excel sums them), the first row is frozen as the heading.
import { strToU8, zipSync } from 'fflate';

export type SheetColumn = { title: string; /** Width in characters. */ width: number };
export type SheetCell = string | number;
export type Sheet = {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
};

// XML 1.0 allows tab, newline and carriage return among the controls; lone surrogates are not
// characters at all. Both would make the file unreadable, so they go.
const notXml =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(notXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A1, B1, …, Z1, AA1: the cell reference of a zero-based column and a one-based row. */
export function cellRef(column: number, row: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return `${name}${row}`;
}

/** Excel refuses a sheet name over 31 characters or with : \ / ? * [ ]. */
function sheetName(name: string): string {
  return escapeXml([...name.replace(/[:\\/?*[\]]/g, '')].slice(0, 31).join('') || 'Sheet1');
}

function rowXml(cells: readonly SheetCell[], row: number, style: number): string {
  const xml = cells
    .map((cell, i) =>
      typeof cell === 'number' && Number.isFinite(cell)
        ? `<c r="${cellRef(i, row)}" s="${style}"><v>${cell}</v></c>`
        : `<c r="${cellRef(i, row)}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(cell))}</t></is></c>`,
    )
    .join('');
  return `<row r="${row}">${xml}</row>`;
}

const ns = 'http://schemas.openxmlformats.org';

function sheetXml(sheet: Sheet): string {
  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('');
  const rows = [
    rowXml(
      sheet.columns.map((c) => c.title),
      1,
      1,
    ),
    ...sheet.rows.map((cells, i) => rowXml(cells, i + 2, 2)),
  ].join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<worksheet xmlns="${ns}/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${rows}</sheetData></worksheet>`
  );
}

// Style 1: the heading, bold; style 2: body text wrapped at the column's width, top-aligned.
const styles =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<styleSheet xmlns="${ns}/spreadsheetml/2006/main">` +
  `<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>` +
  `</styleSheet>`;

/** Sheet names as Excel wants them: valid, and each different from the others. */
function sheetNames(sheets: readonly Sheet[]): string[] {
  const names: string[] = [];
  for (const sheet of sheets) {
    const base = sheetName(sheet.name);
    let name = base;
    for (let n = 2; names.includes(name); n++) name = `${[...base].slice(0, 28).join('')}(${n})`;
    names.push(name);
  }
  return names;
}

/** The .xlsx bytes of one sheet. */
export function buildXlsx(sheet: Sheet): Uint8Array {
  return buildWorkbook([sheet]);
}

/** The .xlsx bytes of several sheets, in order. */
export function buildWorkbook(sheets: readonly Sheet[]): Uint8Array {
  const rel = `${ns}/officeDocument/2006/relationships`;
  const names = sheetNames(sheets);
  const sheetParts = Object.fromEntries(
    sheets.map((sheet, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet)]),
  );
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Types xmlns="${ns}/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `</Types>`,
    '_rels/.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="${ns}/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>` +
      names
        .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('') +
      `</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="${ns}/package/2006/relationships">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ...sheetParts,
    'xl/styles.xml': styles,
  };
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])),
    { level: 6 },
  );
}
