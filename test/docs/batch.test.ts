// The headless batch command: documents of every meeting, clear Chinese errors for bad files.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, runBatch } from '../../electron/batch/minutes';
import { fixtureFileSchema } from '../../shared/docs/fixture';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { recallCommitments } from '../../shared/domain/recall';
import { dataPartJson, meetingExport } from '../../shared/docs/exports';
import { embedDataPart, extractDataPart } from '../../shared/exchange/docx-data';
import { emptyRecords, type ExchangeFile } from '../../shared/exchange/format';
import { unzipDocx, visibleText } from './docx-files';

const documentXml = (bytes: Uint8Array) => unzipDocx(bytes)['word/document.xml'];
import { createExchangeFile, serializeExchangeFile } from '../../shared/exchange/write';

const dir = mkdtempSync(join(tmpdir(), 'wch-batch-'));
const sample = new URL('../fixtures/sample-meetings.json', import.meta.url).pathname;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runBatch(
    argv,
    (s: string) => out.push(s),
    (s: string) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run minutes', () => {
  it('writes four documents for every meeting of a file', async () => {
    const out = join(dir, 'out');
    const result = await run([sample, '--out', out]);
    expect(result.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(12);
    expect(files).toContain('2026年11月27日 石门村屋场会记录（脱敏版）.docx');
    expect(files).toContain('2026年11月3日 枫树村屋场会承诺公示单.docx');
  });

  it('names the file and the problem, and exits nonzero, for bad input', async () => {
    const notJson = join(dir, 'not-json.json');
    const wrongShape = join(dir, 'wrong.json');
    writeFileSync(notJson, '{ meetings: ');
    writeFileSync(
      wrongShape,
      JSON.stringify({ format: 'wuchanghui-fixture', version: 1, meetings: [{}] }),
    );
    const result = await run([
      join(dir, 'missing.json'),
      notJson,
      wrongShape,
      sample,
      '--out',
      join(dir, 'o2'),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`文件不存在：${join(dir, 'missing.json')}`);
    expect(result.err).toContain('“not-json.json”不是有效的 JSON 文件');
    expect(result.err).toContain(`文件格式不符（应为 wuchanghui-fixture 第 1 版）：${wrongShape}`);
    expect(result.err).toContain('meetings.0.meeting');
    expect(readdirSync(join(dir, 'o2'))).toHaveLength(12);
  });

  it('reads exchange files, backups and exported .docx through the data they carry', async () => {
    const sampleFile = fixtureFileSchema.parse(JSON.parse(readFileSync(sample, 'utf8')));
    const meeting = sampleFile.meetings[0];
    if (!meeting) throw new Error('sample has no meeting');
    const records = {
      ...emptyRecords(),
      meetings: [meeting.meeting],
      attendance: meeting.attendance,
      issues: meeting.issues,
      progress: meeting.progress,
    };
    const json = serializeExchangeFile(
      await createExchangeFile(
        {
          kind: 'exchange',
          exportedAt: '2026-11-27T08:00:00.000Z',
          appVersion: 'test',
          source: { deviceId: 'laptop-1', label: '' },
        },
        records,
      ),
    );
    const jsonPath = join(dir, '交换文件.json');
    const docxPath = join(dir, '记录.docx');
    writeFileSync(jsonPath, json);
    writeFileSync(
      docxPath,
      embedDataPart(await buildDocumentBytes('minutes', { bundle: meeting }), json),
    );
    for (const [input, out] of [
      [jsonPath, 'from-json'],
      [docxPath, 'from-docx'],
    ] as const) {
      const result = await run([input, '--out', join(dir, out)]);
      expect(result.code).toBe(0);
      expect(readdirSync(join(dir, out)).sort()).toEqual([
        '2026年11月27日 石门村屋场会承诺公示单.docx',
        '2026年11月27日 石门村屋场会签到表.docx',
        '2026年11月27日 石门村屋场会纪要（脱敏版）.docx',
        '2026年11月27日 石门村屋场会记录（脱敏版）.docx',
      ]);
    }
    const plain = join(dir, 'plain.docx');
    writeFileSync(plain, await buildDocumentBytes('minutes', { bundle: meeting }));
    const refused = await run([plain, '--out', join(dir, 'o3')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('“plain.docx”中没有屋场会数据');
  });

  it('writes what the app exports: every copy, the 台账 with its filters, the same data part', async () => {
    const out = join(dir, 'all');
    const args = [sample, '--out', out, '--privacy', 'all', '--ledger', '--village', '石门村'];
    const result = await run([...args, '--today', '2026-12-01']);
    expect(result.code).toBe(0);
    const files = readdirSync(out);
    // 3 meetings × (记录 and 纪要 in three copies, one 签到表, one 承诺公示单) + 3 台账.
    expect(files).toHaveLength(3 * 8 + 3);
    for (const copy of ['（脱敏版）', '（内部完整版）', '（公示版）'])
      expect(files).toContain(`石门镇石门村屋场会问题台账${copy}.docx`);
    const sampleFile = fixtureFileSchema.parse(JSON.parse(readFileSync(sample, 'utf8')));
    const meeting = sampleFile.meetings[0]!;
    const settings = sampleFile.settings ? { settings: sampleFile.settings } : {};
    // The sample's 石门村 held a meeting before this one: its commitments are recalled.
    const recalled = recallCommitments(meeting.meeting, {
      meetings: sampleFile.meetings.map((m) => m.meeting),
      issues: sampleFile.meetings.flatMap((m) => m.issues),
      progress: sampleFile.meetings.flatMap((m) => m.progress),
    });
    expect(recalled.length).toBeGreaterThan(0);
    for (const privacy of ['masked', 'internal-full', 'public'] as const) {
      const plan = meetingExport('minutes', meeting.meeting, { privacy, pageNumbers: 'outer' });
      const written = new Uint8Array(readFileSync(join(out, plan.fileName)));
      const app = await buildDocumentBytes(
        'minutes',
        { bundle: meeting, ...settings, recalled },
        plan.options,
      );
      expect(documentXml(written)).toBe(documentXml(app));
      const data = extractDataPart(written);
      if (privacy === 'public') {
        expect(data.status).toBe('missing');
        continue;
      }
      expect(data.status).toBe('found');
      const records =
        data.status === 'found' ? (JSON.parse(data.json) as ExchangeFile).records : null;
      const appFile = await createExchangeFile(
        {
          kind: 'exchange',
          exportedAt: '2026-11-27T08:00:00.000Z',
          appVersion: 'test',
          source: { deviceId: 'laptop-1', label: '' },
        },
        {
          ...emptyRecords(),
          meetings: [meeting.meeting],
          attendance: meeting.attendance,
          issues: meeting.issues,
          progress: meeting.progress,
        },
      );
      const appJson = await dataPartJson('minutes', privacy, appFile);
      expect(records).toEqual((JSON.parse(appJson ?? '') as ExchangeFile).records);
    }
    const ledger = readFileSync(join(out, '石门镇石门村屋场会问题台账（公示版）.docx'));
    expect(visibleText(unzipDocx(new Uint8Array(ledger))['word/document.xml'] ?? '')).not.toContain(
      '𠀀明',
    );
  });

  it('explains its usage', async () => {
    expect(parseArgs([])).toEqual({ error: '没有指定要处理的文件。' });
    expect(parseArgs(['a.json'])).toEqual({ error: '缺少 --out <输出目录>。' });
    expect(parseArgs(['a.json', '--out', 'x', '--privacy', 'open'])).toEqual({
      error: '未知的 --privacy 取值：open',
    });
    expect(parseArgs(['a.json', '--out', 'x', '--from', '2026-1-1', '--ledger'])).toEqual({
      error: '--from 的日期格式应为 YYYY-MM-DD：2026-1-1',
    });
    expect(parseArgs(['a.json', '--out', 'x', '--village', '石门村'])).toEqual({
      error: '--village、--from、--to、--status、--category、--overdue 只用于 --ledger。',
    });
    expect((await run(['a.json'])).code).toBe(2);
  });
});
