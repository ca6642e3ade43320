// Reads back the cells of the one-sheet .xlsx the app writes (inline strings), for the tests:
// written independently of the writer, from the SpreadsheetML parts the file must have.
import { strFromU8, unzipSync } from 'fflate';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export function readXlsx(bytes: Uint8Array): { sheetName: string; rows: string[][] } {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`missing ${name}`);
    return strFromU8(file);
  };
  part('[Content_Types].xml');
  part('_rels/.rels');
  const sheetName = /<sheet name="([^"]*)"/.exec(part('xl/workbook.xml'))?.[1] ?? '';
  const rows = [...part('xl/worksheets/sheet1.xml').matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map(
    (row) => [...(row[1] ?? '').matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescape(t[1] ?? '')),
  );
  return { sheetName: unescape(sheetName), rows };
}

export type WorkbookSheet = { name: string; rows: (string | number)[][] };

/** Every sheet of a workbook in order, text cells as strings and number cells as numbers. */
export function readWorkbook(bytes: Uint8Array): WorkbookSheet[] {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`missing ${name}`);
    return strFromU8(file);
  };
  const rels = part('xl/_rels/workbook.xml.rels');
  return [...part('xl/workbook.xml').matchAll(/<sheet name="([^"]*)"[^>]*r:id="([^"]*)"/g)].map(
    ([, name = '', id = '']) => {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? '';
      const rows = [...part(`xl/${target}`).matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map((row) =>
        [...(row[1] ?? '').matchAll(/<c [^>]*>(.*?)<\/c>/gs)].map((cell) => {
          const text = /<t[^>]*>(.*?)<\/t>/s.exec(cell[1] ?? '');
          if (text) return unescape(text[1] ?? '');
          return Number(/<v>(.*?)<\/v>/.exec(cell[1] ?? '')?.[1]);
        }),
      );
      return { name: unescape(name), rows };
    },
  );
}
