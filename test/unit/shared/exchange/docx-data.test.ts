import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedDataPart, extractDataPart } from '../../../../shared/exchange/docx-data';
import { plainDocx } from './zip-fixtures';

let docx: Uint8Array;
beforeAll(async () => {
  docx = await plainDocx();
});

// Everything that has tripped up XML and UTF-16 handling: astral CJK, emoji, markup, CDATA end.
const tricky = JSON.stringify({
  version: 1,
  text: '𠀀 䶮 😀👨‍👩‍👧 "quotes" \'single\' <tag> & ]]> \n\r\t 行\u2028末 \uFFFF',
  nested: [{ 'key with <>&': '\\backslash' }],
});

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
}

function bigJson(bytes: number): string {
  const row = (i: number) => ({ id: i, name: `村民${i}`, note: '修路、水渠 😀 𠀀 <&>"' });
  const rows = [];
  for (let i = 0, size = 0; size < bytes; i++, size += 60) rows.push(row(i));
  return JSON.stringify({ rows }, null, 2);
}

describe('embedDataPart and extractDataPart', () => {
  it('round-trips JSON with any Unicode and markup characters', () => {
    expect(extractDataPart(embedDataPart(docx, tricky))).toEqual({ status: 'found', json: tricky });
  });

  it('round-trips a 2 MB exchange file', () => {
    const json = bigJson(2_000_000);
    expect(json.length).toBeGreaterThan(1_900_000);
    const result = extractDataPart(embedDataPart(docx, json));
    expect(result.status === 'found' && result.json === json).toBe(true);
  });

  it('adds the part the way Word expects: item, properties, relationships, content type', () => {
    const p = parts(embedDataPart(docx, tricky));
    expect(p['customXml/item1.xml']).toMatch(
      /^<\?xml [^>]*\?>\n<wch:data xmlns:wch="urn:wuchanghui:exchange" version="1" encoding="base64" bytes="\d+"><wch:chunk>[A-Za-z0-9+/=]+<\/wch:chunk><\/wch:data>$/,
    );
    expect(p['customXml/itemProps1.xml']).toMatch(
      /ds:itemID="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}"[\s\S]*<ds:schemaRef ds:uri="urn:wuchanghui:exchange"\/>/,
    );
    expect(p['customXml/_rels/item1.xml.rels']).toContain(
      'relationships/customXmlProps" Target="itemProps1.xml"',
    );
    expect(p['word/_rels/document.xml.rels']).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    );
    expect(p['[Content_Types].xml']).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
    );
    expect(Object.keys(unzipSync(embedDataPart(docx, tricky)))[0]).toBe('[Content_Types].xml');
    // The original parts are all still there.
    expect(Object.keys(p)).toEqual(expect.arrayContaining(Object.keys(unzipSync(docx))));
  });

  it('splits a long payload into text nodes of 64 KiB', () => {
    const item = parts(embedDataPart(docx, bigJson(200_000)))['customXml/item1.xml'] ?? '';
    const chunks = [...item.matchAll(/<wch:chunk>([^<]*)<\/wch:chunk>/g)].map((m) => m[1]);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.slice(0, -1).every((c) => c?.length === 65536)).toBe(true);
  });

  it('takes the next item number when the package has custom XML already', () => {
    const files = unzipSync(docx);
    files['customXml/item1.xml'] = strToU8('<other xmlns="urn:someone-else">x</other>');
    files['customXml/item3.xml'] = strToU8('<b:Sources xmlns:b="urn:bibliography"/>');
    const p = parts(embedDataPart(zipSync(files), tricky));
    expect(p['customXml/item4.xml']).toContain('urn:wuchanghui:exchange');
    expect(p['customXml/item1.xml']).toContain('urn:someone-else');
    expect(p['word/_rels/document.xml.rels']).toContain('Target="../customXml/item4.xml"');
    expect(extractDataPart(zipSync(unzipSync(embedDataPart(zipSync(files), tricky))))).toEqual({
      status: 'found',
      json: tricky,
    });
  });

  it('replaces its own part when embedding again', () => {
    const twice = embedDataPart(embedDataPart(docx, '{"old":true}'), tricky);
    const p = parts(twice);
    expect(Object.keys(p).filter((path) => path.startsWith('customXml/item'))).toEqual([
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
    ]);
    expect(extractDataPart(twice)).toEqual({ status: 'found', json: tricky });
  });

  it('finds the part after an application renumbers it, renames the prefix or reformats it', () => {
    const files = unzipSync(embedDataPart(docx, tricky));
    const item = strFromU8(files['customXml/item1.xml']!);
    delete files['customXml/item1.xml'];
    files['customXml/Item7.xml'] = strToU8(
      item
        .replace(/wch(?=[:=])/g, 'ns0')
        .replace(/(.{1000})/g, '$1\r\n  ')
        .replace('?>', '?><!-- re-saved -->'),
    );
    expect(extractDataPart(zipSync(files))).toEqual({ status: 'found', json: tricky });
  });

  it('reports a document without our part as missing', () => {
    expect(extractDataPart(docx)).toEqual({ status: 'missing' });
    const files = unzipSync(docx);
    files['customXml/item1.xml'] = strToU8('<data xmlns="urn:someone-else">e30=</data>');
    expect(extractDataPart(zipSync(files))).toEqual({ status: 'missing' });
  });

  it('reports our part with a damaged payload as unreadable', () => {
    const files = unzipSync(embedDataPart(docx, tricky));
    const item = strFromU8(files['customXml/item1.xml']!);
    files['customXml/item1.xml'] = strToU8(item.replace('<wch:chunk>', '<wch:chunk>@'));
    expect(extractDataPart(zipSync(files))).toEqual({
      status: 'invalid',
      reason: 'unreadable-data',
      message: '文档中的会议数据已损坏，请改用原始文件或导出的 .json 文件',
    });
    files['customXml/item1.xml'] = strToU8(item.replace(/<\/wch:chunk>/, 'AAAA</wch:chunk>'));
    expect(extractDataPart(zipSync(files))).toMatchObject({ reason: 'unreadable-data' });
  });

  it('turns hostile files into a message instead of throwing', () => {
    const embedded = embedDataPart(docx, tricky);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(extractDataPart(png)).toEqual({
      status: 'invalid',
      reason: 'not-zip',
      message: '文件不是有效的 Word 文档（.docx）',
    });
    expect(extractDataPart(new Uint8Array())).toMatchObject({ reason: 'not-zip' });
    for (const cut of [0.1, 0.5, 0.9, 0.999]) {
      const truncated = embedded.subarray(0, Math.floor(embedded.length * cut));
      expect(extractDataPart(truncated)).toEqual({
        status: 'invalid',
        reason: 'truncated',
        message: '文件不完整，可能在传输中被截断',
      });
    }
    const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`x${i}`, strToU8('')]));
    expect(extractDataPart(zipSync(many))).toMatchObject({ reason: 'too-many-entries' });
  });

  it('rejects a custom XML item over 70 MiB', () => {
    const files = unzipSync(docx);
    files['customXml/item1.xml'] = new Uint8Array(71 * 2 ** 20);
    expect(extractDataPart(zipSync(files))).toMatchObject({
      status: 'invalid',
      reason: 'too-large',
    });
  });
});
