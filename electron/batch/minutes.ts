// Headless batch: `npm run minutes -- <file>... --out <dir>` writes the 记录, 纪要, 签到表 and
// 承诺公示单 of every meeting in the given files, and with --ledger the 台账 of them all, without
// a window — for offices archiving a year, and for tests. It writes exactly what the app's 导出
// writes (shared/docs/exports.ts): the same builders, file names and data part. Reads exchange
// files and backups (.json), exported 记录 / 纪要 (.docx, through the data they carry), and the
// project's test fixture format.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { MeetingBundle } from '../../shared/domain/bundle';
import { recallCommitments } from '../../shared/domain/recall';
import type { Settings } from '../../shared/domain/schemas';
import type { FixtureFile } from '../../shared/docs/fixture';
import { fixtureFileSchema } from '../../shared/docs/fixture';
import type { MeetingDocumentKind } from '../../shared/docs/file-name';
import { dataPartJson, ledgerExport, meetingExport } from '../../shared/docs/exports';
import type { LedgerFilter } from '../../shared/docs/ledger-filter';
import { buildDocumentBytes } from '../../shared/docs/pack';
import type { Privacy } from '../../shared/docs/privacy';
import { localIsoDate } from '../../shared/domain/dates';
import { issueStatuses, type IssueStatus } from '../../shared/domain/vocabulary';
import { bundlesOf, meetingRecords } from '../../shared/exchange/bundles';
import { embedDataPart } from '../../shared/exchange/docx-data';
import { emptyRecords, type ExchangeRecords } from '../../shared/exchange/format';
import { createExchangeFile } from '../../shared/exchange/write';
import { readExchangeBytes } from '../../shared/exchange/read-file';

const usage =
  '用法：npm run minutes -- <文件>... --out <输出目录> [--privacy masked|internal-full|public|all] ' +
  '[--centred] [--ledger [--village 村] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status 状态] ' +
  '[--category 类别] [--overdue] [--today YYYY-MM-DD]]';
const kinds: readonly MeetingDocumentKind[] = ['minutes', 'summary', 'sign-in', 'commitments'];
const privacies: readonly Privacy[] = ['masked', 'internal-full', 'public'];

export type BatchArgs = {
  files: string[];
  out: string;
  /** The copies to write: one, or all three with --privacy all. */
  privacies: Privacy[];
  centred: boolean;
  /** The 台账 of every meeting read, with its filters; absent without --ledger. */
  ledger?: LedgerFilter;
  today: string;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function parseArgs(argv: readonly string[]): BatchArgs | { error: string } {
  const files: string[] = [];
  let out = '';
  let chosen: Privacy[] = ['masked'];
  let centred = false;
  let ledger: LedgerFilter | undefined;
  const filter: LedgerFilter = {};
  let today = localIsoDate(new Date());
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => argv[++i] ?? '';
    if (arg === '--out') out = value();
    else if (arg === '--privacy') {
      const v = value();
      if (v === 'all') chosen = [...privacies];
      else if (privacies.includes(v as Privacy)) chosen = [v as Privacy];
      else return { error: `未知的 --privacy 取值：${v}` };
    } else if (arg === '--centred') centred = true;
    else if (arg === '--ledger') ledger = filter;
    else if (arg === '--village') filter.village = value();
    else if (arg === '--category') filter.category = value();
    else if (arg === '--overdue') filter.due = 'overdue';
    else if (arg === '--status') {
      const v = value();
      if (!issueStatuses.includes(v as IssueStatus)) return { error: `未知的 --status 取值：${v}` };
      filter.status = v as IssueStatus;
    } else if (arg === '--from' || arg === '--to' || arg === '--today') {
      const v = value();
      if (!isoDate.test(v)) return { error: `${arg} 的日期格式应为 YYYY-MM-DD：${v}` };
      if (arg === '--from') filter.from = v;
      else if (arg === '--to') filter.to = v;
      else today = v;
    } else if (arg.startsWith('--')) return { error: `未知的选项：${arg}` };
    else files.push(arg);
  }
  if (files.length === 0) return { error: '没有指定要处理的文件。' };
  if (out === '') return { error: '缺少 --out <输出目录>。' };
  if (!ledger && Object.keys(filter).length > 0)
    return { error: '--village、--from、--to、--status、--category、--overdue 只用于 --ledger。' };
  return { files, out, privacies: chosen, centred, ...(ledger ? { ledger } : {}), today };
}

/** Reads and checks one file; the error names the file and says what is wrong, in Chinese. */
export async function readFixtureFile(
  path: string,
): Promise<
  { ok: true; file: FixtureFile; records: ExchangeRecords } | { ok: false; error: string }
> {
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
  if (isFixture(bytes)) {
    const fixture = readFixture(bytes, path);
    return fixture.ok ? { ...fixture, records: recordsOf(fixture.file.meetings) } : fixture;
  }
  const read = await readExchangeBytes(basename(path), bytes);
  if (!read.ok) return { ok: false, error: read.message };
  const settings = read.file.settings;
  return {
    ok: true,
    records: read.file.records,
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

/** A fixture's meetings as exchange records, every record (tombstones too) as it is. */
function recordsOf(bundles: readonly MeetingBundle[]): ExchangeRecords {
  return {
    ...emptyRecords(),
    meetings: bundles.map((b) => b.meeting),
    attendance: bundles.flatMap((b) => b.attendance),
    issues: bundles.flatMap((b) => b.issues),
    progress: bundles.flatMap((b) => b.progress),
  };
}

const batchSource = { deviceId: 'minutes-batch', label: '' };

/** The version written into a data part, as the app writes its own. */
const appVersion = (
  JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

async function writeMeeting(
  bundle: MeetingBundle,
  read: { file: FixtureFile; records: ExchangeRecords },
  args: BatchArgs,
  taken: Set<string>,
): Promise<string[]> {
  const written: string[] = [];
  const pageNumbers = args.centred ? 'centred' : 'outer';
  const settings = read.file.settings;
  // As the app: 上次承诺落实情况 from the earlier meetings of the village in the same file.
  const recalled = recallCommitments(bundle.meeting, read.records);
  const input = settings ? { bundle, settings, recalled } : { bundle, recalled };
  const exchange = await createExchangeFile(
    { kind: 'exchange', exportedAt: new Date().toISOString(), appVersion, source: batchSource },
    meetingRecords(read.records, bundle.meeting.id),
  );
  const done = new Set<string>();
  for (const privacy of args.privacies) {
    for (const kind of kinds) {
      const plan = meetingExport(kind, bundle.meeting, { privacy, pageNumbers });
      // The 签到表 and the 承诺公示单 have one copy: written once however many are asked for.
      if (done.has(plan.fileName)) continue;
      done.add(plan.fileName);
      const built = await buildDocumentBytes(kind, input, plan.options);
      const json = await dataPartJson(kind, plan.options.privacy, exchange);
      const bytes = json === undefined ? built : embedDataPart(built, json);
      const name = uniqueName(plan.fileName, taken);
      await writeFile(join(args.out, name), bytes);
      written.push(name);
    }
  }
  return written;
}

async function writeLedgers(
  bundles: readonly MeetingBundle[],
  settings: Settings | undefined,
  args: BatchArgs & { ledger: LedgerFilter },
  taken: Set<string>,
): Promise<string[]> {
  const pageNumbers = args.centred ? 'centred' : 'outer';
  const input = {
    bundles,
    filter: args.ledger,
    today: args.today,
    ...(settings ? { settings } : {}),
  };
  const written: string[] = [];
  for (const privacy of args.privacies) {
    const plan = ledgerExport(input, { privacy, pageNumbers });
    const name = uniqueName(plan.fileName, taken);
    await writeFile(join(args.out, name), await buildDocumentBytes('ledger', input, plan.options));
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
  const all: MeetingBundle[] = [];
  let settings: Settings | undefined;
  for (const path of args.files) {
    const read = await readFixtureFile(path);
    if (!read.ok) {
      fail(read.error);
      failures++;
      continue;
    }
    settings ??= read.file.settings;
    const live = read.file.meetings.filter((m) => m.meeting.deletedAt === null);
    for (const bundle of live) {
      all.push(bundle);
      const names = await writeMeeting(bundle, read, args, taken);
      log(`${basename(path)}：${names.join('、')}`);
    }
    if (live.length === 0) log(`${basename(path)}：没有会议记录`);
  }
  if (args.ledger) {
    const names = await writeLedgers(all, settings, { ...args, ledger: args.ledger }, taken);
    log(`台账：${names.join('、')}`);
  }
  if (failures > 0) fail(`${failures} 个文件未能处理。`);
  return failures > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runBatch(process.argv.slice(2));
}
