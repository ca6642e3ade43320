import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { buildXlsx } from '../../../../shared/docs/xlsx';
import { readRosterFile } from '../../../../shared/roster/read-file';
import type { TableResult } from '../../../../shared/roster/table';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function rowsOf(result: TableResult) {
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

function messageOf(result: TableResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

/** An .xlsx as Excel writes it: shared strings, a number cell, a workbook naming its sheet. */
function excelLike(sheetData: string, sharedStrings: string[]) {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const si = sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('');
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="名册" sheetId="3" r:id="rId7"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${rel}/worksheet" Target="worksheets/data.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(`<sst xmlns="${main}">${si}</sst>`),
    'xl/worksheets/data.xml': strToU8(
      `<worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
  });
}

describe('readRosterFile: .csv', () => {
  it('reads GBK bytes as Excel on Chinese Windows saves them', () => {
    // 姓名,电话 CRLF 张三,13812345678 CRLF, in GBK: 姓 D0D5 名 C3FB 电 B5E7 话 BBB0 张 D5C5 三 C8FD
    const file = bytes(
      ...[0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0, 0x0d, 0x0a],
      ...[0xd5, 0xc5, 0xc8, 0xfd, 0x2c, ...utf8('13812345678'), 0x0d, 0x0a],
    );
    const result = readRosterFile('名册.csv', file);
    expect(result.ok && result.encoding).toBe('GBK');
    expect(rowsOf(result)).toEqual([
      { rowNumber: 1, cells: ['姓名', '电话'] },
      { rowNumber: 2, cells: ['张三', '13812345678'] },
    ]);
  });

  it('reads a character outside GBK that GB18030 writes in four bytes (U+20000)', () => {
    // 𠀀 is 95 32 82 36 in GB18030; 张 D5C5
    const file = bytes(...utf8('a\n'), 0xd5, 0xc5, 0x95, 0x32, 0x82, 0x36);
    expect(rowsOf(readRosterFile('x.csv', file))[1]?.cells).toEqual(['张𠀀']);
  });

  it('reads GBK whose bytes happen to be valid UTF-8 as GBK', () => {
    // 说明 is CB B5 C3 F7 in GBK; CB B5 alone is also UTF-8 for U+02F5.
    const result = readRosterFile('a.csv', bytes(...utf8('name\n'), 0xcb, 0xb5, 0x0a));
    expect(result.ok && result.encoding).toBe('GBK');
    expect(rowsOf(result)[1]?.cells).toEqual(['说']);
    expect(rowsOf(readRosterFile('b.csv', bytes(0xcb, 0xb5, 0xc3, 0xf7)))[0]?.cells).toEqual([
      '说明',
    ]);
  });

  it('drops a UTF-8 byte-order mark and keeps rare characters', () => {
    const file = bytes(0xef, 0xbb, 0xbf, ...utf8('姓名\n𠀀䶮\n'));
    const result = readRosterFile('名册.csv', file);
    expect(result.ok && result.encoding).toBe('UTF-8');
    expect(rowsOf(result).map((r) => r.cells[0])).toEqual(['姓名', '𠀀䶮']);
  });

  it('reads UTF-8 without a byte-order mark', () => {
    expect(rowsOf(readRosterFile('a.csv', utf8('姓名\r\n李四')))[1]?.cells).toEqual(['李四']);
  });

  it('follows RFC 4180: quoted commas, doubled quotes, line breaks inside a field', () => {
    const text = '姓名,户主,备注\r\n"王,五","户""甲""","第一行\r\n第二行"\r\n赵六,,\r\n';
    const rows = rowsOf(readRosterFile('a.csv', utf8(text)));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['姓名', '户主', '备注'] },
      { rowNumber: 2, cells: ['王,五', '户"甲"', '第一行\r\n第二行'] },
      // The line break inside row 2 does not make a row of its own: Excel shows 赵六 on row 3.
      { rowNumber: 3, cells: ['赵六', '', ''] },
    ]);
  });

  it('skips blank lines but keeps the row numbers Excel shows', () => {
    const rows = rowsOf(readRosterFile('a.csv', utf8('姓名\n\n,\n张三\n')));
    expect(rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [1, '姓名'],
      [4, '张三'],
    ]);
  });

  it('reads a tab-separated file (Excel “Unicode text”, UTF-16)', () => {
    const text = '姓名\t电话\r\n张三\t138\r\n';
    const file = new Uint8Array(2 + text.length * 2);
    file.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      file[2 + i * 2] = text.charCodeAt(i) & 0xff;
      file[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(rowsOf(readRosterFile('a.txt', file))[1]?.cells).toEqual(['张三', '138']);
  });

  it('names a quote that never closes with the row it opened on', () => {
    expect(messageOf(readRosterFile('名册.csv', utf8('姓名\n张三\n"李四,1\n')))).toBe(
      '“名册.csv”第 3 行开始的引号没有结束，文件可能被截断或格式有误',
    );
  });

  it('refuses bytes that are neither UTF-8 nor GBK', () => {
    // 0xFF is a lead byte in neither encoding.
    expect(messageOf(readRosterFile('乱码.csv', bytes(0x41, 0xff, 0xff, 0x41)))).toMatch(
      /^“乱码\.csv”的文字编码无法识别/,
    );
  });

  it('refuses more than 100,000 rows', () => {
    const text = '姓名\n' + '张三\n'.repeat(100_000);
    expect(messageOf(readRosterFile('大.csv', utf8(text)))).toBe(
      '“大.csv”超过 100,000 行，请分成几个文件导入',
    );
  });

  it('refuses an empty file and a file of blank lines', () => {
    expect(messageOf(readRosterFile('空.csv', new Uint8Array()))).toBe('“空.csv”是空文件');
    expect(messageOf(readRosterFile('空.csv', utf8('\r\n,,\r\n')))).toBe(
      '“空.csv”中没有任何数据行',
    );
  });
});

describe('readRosterFile: .xlsx', () => {
  it('reads shared strings, inline strings and a phone number stored as a number', () => {
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>李&amp;四</t></is></c>' +
      '<c r="B3"><v>13812345678</v></c></row>' +
      '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="C4"><v>1.3912345678E10</v></c></row>';
    const rows = rowsOf(readRosterFile('名册.xlsx', excelLike(sheet, ['姓名', '电话', '䶮'])));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['姓名', '电话'] },
      { rowNumber: 3, cells: ['李&四', '13812345678'] },
      { rowNumber: 4, cells: ['䶮', '', '13912345678'] },
    ]);
  });

  it('reads back an .xlsx written by shared/docs/xlsx.ts', () => {
    const file = buildXlsx({
      name: '村民名册',
      columns: [
        { title: '姓名', width: 10 },
        { title: '电话', width: 14 },
      ],
      rows: [
        ['𠀀一', '0731-1234567'],
        ['A<B>"C"', ''],
      ],
    });
    expect(rowsOf(readRosterFile('导出.xlsx', file))).toEqual([
      { rowNumber: 1, cells: ['姓名', '电话'] },
      { rowNumber: 2, cells: ['𠀀一', '0731-1234567'] },
      { rowNumber: 3, cells: ['A<B>"C"'] },
    ]);
  });

  it('says a truncated file is incomplete', () => {
    const file = buildXlsx({ name: 's', columns: [{ title: '姓名', width: 9 }], rows: [['张三']] });
    const message = messageOf(readRosterFile('名册.xlsx', file.subarray(0, file.length - 40)));
    expect(message).toMatch(/^“名册\.xlsx”/);
    expect(message).toMatch(/不完整|损坏|不是有效/);
  });

  it('names a Word document, an old .xls, a picture and a text file renamed .xlsx', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(messageOf(readRosterFile('纪要.xlsx', docx))).toMatch(/^“纪要\.xlsx”不是 Excel 表格/);
    const xls = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
    expect(messageOf(readRosterFile('旧.xls', xls))).toMatch(
      /^“旧\.xls”是旧版 Excel 文件（\.xls）/,
    );
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    expect(messageOf(readRosterFile('照片.xlsx', png))).toBe(
      '“照片.xlsx”是一张图片，不是表格。请选择 .xlsx 或 .csv 文件',
    );
    expect(messageOf(readRosterFile('名册.xlsx', utf8('姓名\n张三')))).toBe(
      '“名册.xlsx”不是有效的 Excel 表格（.xlsx），可能已损坏',
    );
  });

  it('says when the workbook lists no sheet', () => {
    const file = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>') });
    expect(messageOf(readRosterFile('空表.xlsx', file))).toBe('“空表.xlsx”中没有工作表');
  });

  it('reads prefixed elements (<x:row>) and leaves out phonetic guides', () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const file = excelLike(
      `<x:row r="1" xmlns:x="${main}"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>` +
        '<row r="2"><c r="A2" t="s"><v>1</v></c></row>',
      ['姓名', '张三</t><rPh sb="0" eb="1"><t>ちょう</t></rPh><t>丰'],
    );
    expect(rowsOf(readRosterFile('名册.xlsx', file)).map((r) => r.cells)).toEqual([
      ['姓名'],
      ['张三丰'],
    ]);
  });

  it('reads a sheet of 100,000 start tags that never close in one pass, finding no rows', () => {
    const file = excelLike('<row r="1"><c r="A1" t="s"><v>0</v>'.repeat(100_000), ['姓名']);
    expect(messageOf(readRosterFile('坏.xlsx', file))).toBe('“坏.xlsx”中没有任何数据行');
  });

  it('refuses a sheet of more than 100,000 rows', () => {
    const rows = Array.from(
      { length: 100_001 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`,
    );
    expect(messageOf(readRosterFile('大.xlsx', excelLike(rows.join(''), ['张三'])))).toBe(
      '“大.xlsx”超过 100,000 行，请分成几个文件导入',
    );
  });
});
