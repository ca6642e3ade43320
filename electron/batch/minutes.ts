// Headless batch: `npm run minutes -- <file>... --out <dir>` writes the 记录, 纪要, 签到表 and
// 承诺公示单 of every meeting in the given files, without a window — for offices archiving a
// year, and for tests. Reads exchange files and backups (.json), exported 记录 / 纪要 (.docx,
// through the data they carry), and the project's test fixture format.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { MeetingBundle } from '../../shared/domain/bundle';
import type { Settings } from '../../shared/domain/schemas';
import type { FixtureFile } from '../../shared/docs/fixture';
import { fixtureFileSchema } from '../../shared/docs/fixture';
import { documentFileName } from '../../shared/docs/file-name';
import type { MeetingDocumentKind } from '../../shared/docs/file-name';
import { buildDocumentBytes } from '../../shared/docs/pack';
import type { Privacy } from '../../shared/docs/privacy';
import { bundlesOf } from '../../shared/exchange/bundles';
import { readExchangeBytes } from '../../shared/exchange/read-file';

const usage =
  '用法：npm run minutes -- <文件>... --out <输出目录> [--privacy masked|internal-full|public] [--centred]';
const kinds: readonly MeetingDocumentKind[] = ['minutes', 'summary', 'sign-in', 'commitments'];
const privacies: readonly Privacy[] = ['masked', 'internal-full', 'public'];

export type BatchArgs = { files: string[]; out: string; privacy: Privacy; centred: boolean };

export function parseArgs(argv: readonly string[]): BatchArgs | { error: string } {
  const files: string[] = [];
  let out = '';
  let privacy: Privacy = 'masked';
  let centred = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') out = argv[++i] ?? '';
    else if (arg === '--privacy') {
      const value = argv[++i] ?? '';
      if (!privacies.includes(value as Privacy))
        return { error: `未知的 --privacy 取值：${value}` };
      privacy = value as Privacy;
    } else if (arg === '--centred') centred = true;
    else if (arg.startsWith('--')) return { error: `未知的选项：${arg}` };
    else files.push(arg);
  }
  if (files.length === 0) return { error: '没有指定要处理的文件。' };
  if (out === '') return { error: '缺少 --out <输出目录>。' };
  return { files, out, privacy, centred };
}

/** Reads and checks one file; the error names the file and says what is wrong, in Chinese. */
export async function readFixtureFile(
  path: string,
): Promise<{ ok: true; file: FixtureFile } | { ok: false; error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error:
        code === 'ENOENT' ? `文件不存在：${path}` : `无法读取文件：${path}（${code ?? String(e)}）`,
    };
  }
  if (isFixture(bytes)) return readFixture(bytes, path);
  const read = await readExchangeBytes(basename(path), bytes);
  if (!read.ok) return { ok: false, error: read.message };
  const settings = read.file.settings;
  return {
    ok: true,
    file: {
      format: 'wuchanghui-fixture',
      version: 1,
      ...(settings ? { settings } : {}),
      meetings: bundlesOf(read.file.records),
    },
  };
}

function isFixture(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 200));
  return /"format"\s*:\s*"wuchanghui-fixture"/.test(head);
}

function readFixture(
  bytes: Uint8Array,
  path: string,
): { ok: true; file: FixtureFile } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `不是有效的 JSON 文件：${path}（${(e as Error).message}）` };
  }
  const parsed = fixtureFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `  ${issue.path.join('.') || '（文件顶层）'}：${issue.message}`)
      .join('\n');
    return {
      ok: false,
      error: `文件格式不符（应为 wuchanghui-fixture 第 1 版）：${path}\n${problems}`,
    };
  }
  return { ok: true, file: parsed.data };
}

/** File names unique within one run: a second meeting on the same day gets （2）. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/\.docx$/, `（${n}）.docx`);
  taken.add(candidate);
  return candidate;
}

async function writeMeeting(
  bundle: MeetingBundle,
  settings: Settings | undefined,
  args: BatchArgs,
  taken: Set<string>,
): Promise<string[]> {
  const written: string[] = [];
  const pageNumbers = args.centred ? 'centred' : 'outer';
  for (const kind of kinds) {
    const input = settings ? { bundle, settings } : { bundle };
    const bytes = await buildDocumentBytes(kind, input, { privacy: args.privacy, pageNumbers });
    const name = uniqueName(documentFileName(kind, bundle.meeting, args.privacy), taken);
    await writeFile(join(args.out, name), bytes);
    written.push(name);
  }
  return written;
}

export async function runBatch(argv: readonly string[], log = console.log, fail = console.error) {
  // Messages of the schema checks in Chinese, like the rest of the output.
  z.config(z.locales.zhCN());
  const args = parseArgs(argv);
  if ('error' in args) {
    fail(`${args.error}\n${usage}`);
    return 2;
  }
  await mkdir(resolve(args.out), { recursive: true });
  const taken = new Set<string>();
  let failures = 0;
  for (const path of args.files) {
    const read = await readFixtureFile(path);
    if (!read.ok) {
      fail(read.error);
      failures++;
      continue;
    }
    const live = read.file.meetings.filter((m) => m.meeting.deletedAt === null);
    for (const bundle of live) {
      const names = await writeMeeting(bundle, read.file.settings, args, taken);
      log(`${basename(path)}：${names.join('、')}`);
    }
    if (live.length === 0) log(`${basename(path)}：没有会议记录`);
  }
  if (failures > 0) fail(`${failures} 个文件未能处理。`);
  return failures > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runBatch(process.argv.slice(2));
}
