// The meeting's exchange file travels inside the .docx it prints, as a custom XML data part
// (ECMA-376 Part 1, 15.2.4 and 22.5): customXml/itemN.xml, linked from the main document part,
// with an itemPropsN.xml naming our namespace. Word, WPS and LibreOffice keep such parts when they
// re-save the document (LibreOffice 7.4 measured: kept, re-serialised), so the printed file can
// be imported back. The JSON is stored as UTF-8 in base64, split into chunks: LibreOffice's XML
// parser drops a part whose single text node passes 10 MB ("huge text node").
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { decodeBase64, encodeBase64 } from './zip/base64';
import { safeUnzip } from './zip/safe-unzip';
import type { SafeUnzipFailureReason } from './zip/safe-unzip';

export const exchangeNamespace = 'urn:wuchanghui:exchange';

export type DataPartFailureReason = SafeUnzipFailureReason | 'unreadable-data';

export type DataPartResult =
  | { status: 'found'; json: string }
  | { status: 'missing' }
  | { status: 'invalid'; reason: DataPartFailureReason; message: string };

export const dataPartMessages: Record<DataPartFailureReason, string> = {
  'not-zip': '文件不是有效的 Word 文档（.docx）',
  truncated: '文件不完整，可能在传输中被截断',
  'too-large': '压缩内容超过上限，已拒绝读取',
  'too-many-entries': '文件包含的部件过多，不像是本软件打印的 Word 文档，已拒绝读取',
  corrupt: '文件已损坏，无法读取',
  'unreadable-data': '文档中的会议数据已损坏，请改用原始文件或导出的 .json 文件',
};

// An item holds the exchange file (at most 50 MB, see parse.ts) as base64: 4/3 of that, plus tags.
const limits = { maxEntryBytes: 70 * 2 ** 20, maxTotalBytes: 200 * 2 ** 20, maxEntries: 2000 };
const chunkLength = 64 * 1024; // base64 characters per text node, a multiple of 4
const itemPattern = /^customXml\/item(\d+)\.xml$/i;
const relsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';
const relTypes = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const customXmlPropsType = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const documentRelsPath = 'word/_rels/document.xml.rels';
const contentTypesPath = '[Content_Types].xml';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A copy of `docx` that carries `json` as a custom XML part. Replaces our part if the package
 * has one already. Throws if `docx` is not a Word package: the caller passes bytes it just built.
 */
export function embedDataPart(docx: Uint8Array, json: string): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(docx);
  const documentRels = files[documentRelsPath];
  const contentTypes = files[contentTypesPath];
  if (!documentRels || !contentTypes) throw new Error('embedDataPart: not a Word package');

  const items = Object.keys(files).flatMap((path) => {
    const number = itemPattern.exec(path)?.[1];
    return number === undefined ? [] : [{ path, number: Number(number) }];
  });
  const ours = items.find((item) => decodeDataItem(files[item.path]) !== 'not-ours');
  if (ours) {
    files[ours.path] = strToU8(dataItemXml(json));
    return zipSync(files, { level: 6 });
  }
  const n = Math.max(0, ...items.map((item) => item.number)) + 1;
  files[`customXml/item${n}.xml`] = strToU8(dataItemXml(json));
  files[`customXml/itemProps${n}.xml`] = strToU8(itemPropsXml());
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `${declaration}<Relationships xmlns="${relsNamespace}"><Relationship Id="rId1" ` +
      `Type="${relTypes}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
  );
  files[documentRelsPath] = insertBefore(
    documentRels,
    '</Relationships>',
    `<Relationship Id="wchData${n}" Type="${relTypes}/customXml" ` +
      `Target="../customXml/item${n}.xml"/>`,
  );
  files[contentTypesPath] = insertBefore(
    contentTypes,
    '</Types>',
    `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${customXmlPropsType}"/>`,
  );
  // Content types first, as Word writes it, for readers that stream the package.
  const { [contentTypesPath]: types, ...rest } = files;
  return zipSync({ [contentTypesPath]: types ?? contentTypes, ...rest }, { level: 6 });
}

/** The exchange JSON a .docx carries, read under hard limits. Never throws. */
export function extractDataPart(bytes: Uint8Array): DataPartResult {
  const unzipped = safeUnzip(bytes, { wanted: (name) => itemPattern.test(name), ...limits });
  if (!unzipped.ok) return invalid(unzipped.reason);
  // A re-saving application may renumber the items: look through all of them, lowest first.
  const items = [...unzipped.entries].sort(([a], [b]) => itemNumber(a) - itemNumber(b));
  let isDamaged = false;
  for (const [, data] of items) {
    const decoded = decodeDataItem(data);
    if (typeof decoded === 'object') return { status: 'found', json: decoded.json };
    isDamaged ||= decoded === 'unreadable';
  }
  return isDamaged ? invalid('unreadable-data') : { status: 'missing' };
}

function invalid(reason: DataPartFailureReason): DataPartResult {
  return { status: 'invalid', reason, message: dataPartMessages[reason] };
}

function itemNumber(path: string): number {
  return Number(itemPattern.exec(path)?.[1] ?? Infinity);
}

function dataItemXml(json: string): string {
  const utf8 = strToU8(json);
  const base64 = encodeBase64(utf8);
  const chunks: string[] = [];
  for (let at = 0; at < base64.length; at += chunkLength) {
    chunks.push(`<wch:chunk>${base64.slice(at, at + chunkLength)}</wch:chunk>`);
  }
  return (
    `${declaration}<wch:data xmlns:wch="${exchangeNamespace}" version="1" encoding="base64" ` +
    `bytes="${utf8.length}">${chunks.join('')}</wch:data>`
  );
}

function itemPropsXml(): string {
  const id = `{${crypto.randomUUID().toUpperCase()}}`;
  const ds = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
  return (
    `${declaration}<ds:datastoreItem ds:itemID="${id}" xmlns:ds="${ds}"><ds:schemaRefs>` +
    `<ds:schemaRef ds:uri="${exchangeNamespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function insertBefore(xml: Uint8Array, closingTag: string, addition: string): Uint8Array {
  const text = strFromU8(xml);
  const at = text.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`embedDataPart: ${closingTag} not found`);
  return strToU8(text.slice(0, at) + addition + text.slice(at));
}

/**
 * Our payload if `data` is a custom XML item whose root is `data` in our namespace (any prefix:
 * a re-saving application may rename it), 'unreadable' if it is ours but damaged.
 */
function decodeDataItem(
  data: Uint8Array | undefined,
): { json: string } | 'not-ours' | 'unreadable' {
  if (!data) return 'not-ours';
  const xml = strFromU8(data).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const root = /^\s*<(?:([\w.-]+):)?([\w.-]+)(\s[^>]*)?>/.exec(xml);
  if (!root || root[2] !== 'data') return 'not-ours';
  const attributes = root[3] ?? '';
  const xmlns = root[1] ? `xmlns:${root[1]}` : 'xmlns';
  const declared = new RegExp(`\\s${xmlns}\\s*=\\s*["']([^"']*)["']`).exec(attributes);
  if (declared?.[1] !== exchangeNamespace) return 'not-ours';

  // The payload is the text of every chunk: drop the tags and any whitespace added on re-save.
  const base64 = xml.slice(root[0].length).replace(/<[^>]*>|\s+/g, '');
  const utf8 = decodeBase64(base64);
  const length = /\sbytes\s*=\s*["'](\d+)["']/.exec(attributes)?.[1];
  if (!utf8 || (length !== undefined && Number(length) !== utf8.length)) return 'unreadable';
  return { json: strFromU8(utf8) };
}
