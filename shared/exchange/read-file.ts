// One entry point for every file the office imports: a .json exchange file or backup, or a
// .docx (记录 / 纪要) that carries the same data inside it. The result names the file and the
// problem in Chinese when it cannot be used.
import { extractDataPart } from './docx-data';
import { declaresBackup, maxExchangeBytes, parseExchangeText, type ParseResult } from './parse';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const pngMagic = [0x89, 0x50, 0x4e, 0x47];
export const maxImportFileBytes = 200 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readExchangeBytes(fileName: string, bytes: Uint8Array): Promise<ParseResult> {
  const fail = (problem: string): ParseResult => ({
    ok: false,
    message: `“${fileName}”${problem}`,
  });
  if (bytes.byteLength === 0) return fail('是空文件');
  if (bytes.byteLength > maxImportFileBytes) return fail('超过 200 MB，已拒绝读取');
  if (startsWith(bytes, zipMagic)) {
    const part = extractDataPart(bytes);
    if (part.status === 'found') return parseExchangeText(part.json, fileName);
    if (part.status === 'missing') {
      return fail(
        '中没有屋场会数据：它可能不是本软件导出的记录或纪要，或被其他软件另存时丢失了数据。请使用原始文件或 .json 交换文件',
      );
    }
    return fail(`无法读取：${part.message}`);
  }
  if (/\.docx$/i.test(fileName)) {
    return fail(
      startsWith(bytes, pngMagic)
        ? '不是 Word 文档（看起来是一张图片，只是改了扩展名）'
        : '不是有效的 Word 文档（.docx），可能已损坏',
    );
  }
  // Only a backup may pass 50 MB (parse.ts): its first bytes say so before anything is decoded.
  // (read as ASCII, which the header is, so no text decoder runs on a file about to be refused).
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const head = String.fromCharCode(...bytes.subarray(start, start + 200));
  if (bytes.byteLength > maxExchangeBytes && !declaresBackup(head))
    return fail('超过 50 MB，不是正常的交换文件');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('不是文本格式的交换文件（.json），可能选错了文件');
  }
  return parseExchangeText(text.replace(/^\uFEFF/, ''), fileName);
}
