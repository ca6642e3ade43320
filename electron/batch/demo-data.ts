// `npm run demo-data -- [--out <dir>] [--seed <n>] [--scale <x>]`: writes the seeded demo township
// (shared/demo) as one exchange file per year, to load with 导入 (select them all at once), and a
// backup for 恢复 when the whole township fits in one file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { demoBackupFile, demoExchangeFiles } from '../../shared/demo/files';
import { generateTownship } from '../../shared/demo/township';
import { maxExchangeBytes } from '../../shared/exchange/parse';
import { serializeExchangeFile } from '../../shared/exchange/write';

const usage =
  '用法：npm run demo-data -- [--out <输出目录>] [--seed <整数>] [--scale <比例，1 为十年全量>]';

export type DemoArgs = { out: string; seed: number; scale: number };

export function parseDemoArgs(argv: readonly string[]): DemoArgs | { error: string } {
  const args: DemoArgs = { out: 'demo-data', seed: 2026, scale: 1 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i] ?? '';
    if (flag === '--out' && value !== '') args.out = value;
    else if (flag === '--seed' && /^\d{1,9}$/.test(value)) args.seed = Number(value);
    else if (flag === '--scale' && Number(value) > 0 && Number(value) <= 2)
      args.scale = Number(value);
    else return { error: `无法识别的参数：${flag ?? ''} ${value}` };
  }
  return args;
}

export async function writeDemoData(args: DemoArgs): Promise<string[]> {
  const township = generateTownship({ seed: args.seed, scale: args.scale });
  const out = resolve(args.out);
  await mkdir(out, { recursive: true });
  const lines: string[] = [];
  for (const { name, file } of await demoExchangeFiles(township)) {
    await writeFile(join(out, name), serializeExchangeFile(file), 'utf8');
    lines.push(`${name}：会议 ${file.records.meetings.length}，诉求 ${file.records.issues.length}`);
  }
  const backup = serializeExchangeFile(await demoBackupFile(township));
  if (backup.length <= maxExchangeBytes) {
    await writeFile(join(out, 'demo-backup.json'), backup, 'utf8');
    lines.push('demo-backup.json：完整备份（含设置），可用“恢复”载入');
  } else {
    lines.push('全量数据超过单个文件 50 MB 的上限，未写备份文件：请用“导入”一次选中全部年度文件');
  }
  const r = township.records;
  lines.push(
    `共：会议 ${r.meetings.length}，参会 ${r.attendance.length}，村民 ${r.persons.length}，诉求 ${r.issues.length}，办理记录 ${r.progress.length}`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseDemoArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`${args.error}\n${usage}`);
    process.exit(2);
  }
  writeDemoData(args).then(
    (lines) => console.log([`已写入 ${resolve(args.out)}`, ...lines].join('\n')),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
