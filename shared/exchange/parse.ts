// Reading an exchange file or backup defensively: size and nesting are checked before parsing,
// prototype-polluting keys are refused, the schema is strict, ids are unique, references resolve
// and the checksum matches. Every refusal is a Chinese sentence naming the file and the problem.
import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { canonicalJson, sha256Hex } from './canonical';
import {
  exchangeFileSchema,
  exchangeFormatId,
  exchangeFormatVersion,
  recordTables,
  tableLabels,
  type ExchangeFile,
  type RecordTable,
} from './format';

export const maxExchangeBytes = 50 * 1024 * 1024;
/** A backup may be larger, for its photos (domain/photos.ts, perDatabase): as large as any
 * file the app reads or writes (read-file.ts, ipc/contract.ts). */
export const maxBackupBytes = 200 * 1024 * 1024;
const maxDepth = 32;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
/** zod's own messages in Chinese; a schema's own message (already Chinese) still wins. */
const chineseIssues = zhCN().localeError;

/**
 * Whether a file's text begins as a backup does (write.ts puts format, version and kind first):
 * only such a text may pass 50 MB; the full parse checks the kind again.
 */
export function declaresBackup(head: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"wuchanghui-exchange"\s*,\s*"version"\s*:\s*\d+\s*,\s*"kind"\s*:\s*"backup"/.test(
    head.slice(0, 200),
  );
}

export type ParseResult = { ok: true; file: ExchangeFile } | { ok: false; message: string };

const fail = (fileName: string, problem: string): ParseResult => ({
  ok: false,
  message: `“${fileName}”${problem}`,
});

/** Deepest nesting of arrays and objects, scanning the text itself (JSON.parse would overflow its stack first). */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const [top, table, index, field] = issue.path;
  if (top === 'records' && typeof table === 'string' && typeof index === 'number') {
    const label = tableLabels[table as RecordTable] ?? table;
    const where = field === undefined ? '' : `的“${String(field)}”`;
    return `中第 ${index + 1} 条${label}记录${where}无效：${issue.message}`;
  }
  return `的“${issue.path.join('.') || '内容'}”无效：${issue.message}`;
}

function findDuplicateId(file: ExchangeFile): string | null {
  for (const table of recordTables) {
    const seen = new Set<string>();
    for (const record of file.records[table]) {
      if (seen.has(record.id)) return `中有重复的${tableLabels[table]}编号 ${record.id}`;
      seen.add(record.id);
    }
  }
  return null;
}

function findDanglingReference(file: ExchangeFile): string | null {
  const meetings = new Set(file.records.meetings.map((m) => m.id));
  const issues = new Set(file.records.issues.map((i) => i.id));
  const persons = new Set(file.records.persons.map((p) => p.id));
  const a = file.records.attendance.find((r) => !meetings.has(r.meetingId));
  if (a) return `中的参会人员“${a.name}”所属的会议不在文件中`;
  const i = file.records.issues.find((r) => !meetings.has(r.meetingId));
  if (i) return `中的第 ${i.seq} 条诉求所属的会议不在文件中`;
  const p = file.records.progress.find((r) => !issues.has(r.issueId));
  if (p) return '中有办理进展所属的诉求不在文件中';
  const unknownPerson = file.records.attendance.find(
    (r) => r.personId !== null && !persons.has(r.personId),
  );
  if (unknownPerson) return `中的参会人员“${unknownPerson.name}”引用的村民不在文件中`;
  const unknownTarget = file.records.persons.find(
    (p) => p.mergedIntoId !== undefined && !persons.has(p.mergedIntoId),
  );
  if (unknownTarget) return `中的村民“${unknownTarget.name}”已合并到的村民不在文件中`;
  const progress = new Set(file.records.progress.map((p) => p.id));
  const photo = (file.photos ?? []).find(
    (p) => !meetings.has(p.meetingId) || (p.progressId !== null && !progress.has(p.progressId)),
  );
  if (photo) return '中有照片所属的会议或办理进展不在文件中';
  const photoIds = new Set((file.photos ?? []).map((p) => p.id));
  if (photoIds.size !== (file.photos ?? []).length) return '中有重复的照片编号';
  return null;
}

export async function parseExchangeText(text: string, fileName: string): Promise<ParseResult> {
  if (text.trim() === '') return fail(fileName, '是空文件');
  if (text.length > maxBackupBytes) return fail(fileName, '超过 200 MB，已拒绝读取');
  if (text.length > maxExchangeBytes && !declaresBackup(text))
    return fail(fileName, '超过 50 MB，不是正常的交换文件');
  if (jsonDepthExceeds(text, maxDepth)) return fail(fileName, '的结构嵌套过深，已拒绝读取');
  let data: unknown;
  try {
    data = JSON.parse(text, function (key, value: unknown) {
      if (forbiddenKeys.has(key)) throw new SyntaxError(`forbidden key ${key}`);
      return value;
    });
  } catch (error) {
    const forbidden = error instanceof SyntaxError && error.message.startsWith('forbidden key');
    return fail(
      fileName,
      forbidden
        ? '含有不允许的字段名（__proto__ / constructor），已拒绝'
        : '不是有效的 JSON 文件，可能已损坏或被截断',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail(fileName, '不是屋场会助手的交换文件');
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== exchangeFormatId) return fail(fileName, '不是屋场会助手的交换文件');
  if (typeof header.version === 'number' && header.version > exchangeFormatVersion) {
    return fail(
      fileName,
      `来自更新版本的屋场会助手（格式版本 ${header.version}），请先升级本软件再导入`,
    );
  }
  const parsed = exchangeFileSchema.safeParse(data, { error: chineseIssues });
  if (!parsed.success)
    return fail(fileName, describeIssue(parsed.error.issues[0] as z.core.$ZodIssue));
  const problem = findDuplicateId(parsed.data) ?? findDanglingReference(parsed.data);
  if (problem) return fail(fileName, problem);
  const { checksum, ...body } = data as ExchangeFile;
  if ((await sha256Hex(canonicalJson(body))) !== checksum.value) {
    return fail(fileName, '的校验码不符：内容在导出后被改动过，请向导出人索取原始文件');
  }
  return { ok: true, file: parsed.data };
}
