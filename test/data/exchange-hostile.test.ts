// Hostile and broken files on the 导入 screen: each is refused with a Chinese sentence that names
// the file and says what is wrong, and the database (already holding a meeting) is left exactly
// as it was. Files go through the same path as the UI (read-files.ts, then apply if accepted).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import { sanitizeText } from '../../shared/domain/text';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { embedDataPart } from '../../shared/exchange/docx-data';
import type { ExchangeFile } from '../../shared/exchange/format';
import { parseExchangeText } from '../../shared/exchange/parse';
import { maxImportFileBytes } from '../../shared/exchange/read-file';
import { serializeExchangeFile } from '../../shared/exchange/write';
import { crc32 } from '../../shared/exchange/zip/crc32';
import { rawZip, zeroBomb } from '../unit/shared/exchange/zip-fixtures';
import { dumpDatabase } from './dump';
import { importChosen, type ChosenFile } from './exchange-support/import-files';
import {
  docxBytes,
  dumpRecords,
  jsonBytes,
  laptopWith,
  sampleSpec,
  type Laptop,
} from './exchange-support/laptops';
import {
  dataItemRange,
  looseCopy,
  pngBytes,
  resign,
  utf16le,
  utf8,
  withByte,
  type LooseJson,
} from './exchange-support/tamper';

type Fixtures = {
  office: Laptop;
  valid: ExchangeFile;
  validJson: string;
  validDocx: Uint8Array;
  plainDocx: Uint8Array;
};
let fx: Fixtures;

beforeAll(async () => {
  const source = await laptopWith('dev-a', [sampleSpec]);
  const office = await laptopWith('dev-office', [{ ...sampleSpec, removeFirstAttendee: true }]);
  const valid = await source.repos.exchange.exportMeetings(source.meetingIds);
  const bundle = await source.repos.meetings.loadBundle(source.meetingIds[0] ?? '');
  if (!bundle) throw new Error('no bundle');
  fx = {
    office,
    valid,
    validJson: new TextDecoder().decode(jsonBytes(valid)),
    validDocx: await docxBytes(source.repos, valid),
    plainDocx: await buildDocumentBytes('minutes', { bundle }),
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

const row = (file: LooseJson, table: string, index = 0): Record<string, unknown> => {
  const rows = (file.records as Record<string, Record<string, unknown>[]>)[table];
  const found = rows?.[index];
  if (!found) throw new Error(`no ${table}[${index}]`);
  return found;
};

/** The valid file spoiled by `spoil`, with a checksum that matches (so the spoiling is what fails). */
const spoiled =
  (spoil: (file: LooseJson) => void, sign = true) =>
  async (): Promise<Uint8Array> => {
    const file = looseCopy(fx.valid);
    spoil(file);
    return utf8(JSON.stringify(sign ? await resign(file) : file));
  };

const editedText = (edit: (json: string) => string) => () => utf8(edit(fx.validJson));

const cutAt =
  (fraction: number, offset = 0) =>
  () =>
    fx.validDocx.slice(0, Math.floor(fx.validDocx.length * fraction) + offset);

type HostileCase = {
  what: string;
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  problem: RegExp;
};

const truncatedDocx: HostileCase[] = [
  [0, 2],
  [0, 4],
  [0, 30],
  [0.25, 0],
  [0.5, 0],
  [0.75, 0],
  [1, -22],
  [1, -1],
].map(([fraction = 0, offset = 0]) => ({
  what: `a .docx cut at ${fraction} of its length ${offset >= 0 ? '+' : ''}${offset}`,
  name: `石门村-记录-${fraction}-${offset}.docx`,
  bytes: cutAt(fraction, offset),
  problem: /不完整|截断|损坏/,
}));

const truncatedJson: HostileCase[] = [1, 100, 0.5, -1].map((at) => ({
  what: `JSON cut at ${at}`,
  name: `交换-截断-${at}.json`,
  bytes: () => {
    const end = at > 0 && at < 1 ? Math.floor(fx.validJson.length * at) : at;
    return utf8(fx.validJson.slice(0, end));
  },
  problem: /不是有效的 JSON 文件.*截断/,
}));

const notObjects: HostileCase[] = [
  '[]',
  '[{"format":"wuchanghui-exchange"}]',
  '42',
  'null',
  '"x"',
  'true',
].map((text, index) => ({
  what: `JSON that is ${text}`,
  name: `数据-${index}.json`,
  bytes: () => utf8(text),
  problem: /不是屋场会助手的交换文件/,
}));

const cases: HostileCase[] = [
  { what: 'an empty .json', name: '空.json', bytes: () => new Uint8Array(), problem: /是空文件/ },
  { what: 'an empty .docx', name: '空.docx', bytes: () => new Uint8Array(), problem: /是空文件/ },
  {
    what: 'only whitespace',
    name: '空白.json',
    bytes: () => utf8(' \r\n\t '),
    problem: /是空文件/,
  },
  ...truncatedDocx,
  {
    what: 'a PNG renamed .docx',
    name: '照片.docx',
    bytes: pngBytes,
    problem: /不是 Word 文档.*图片/,
  },
  {
    what: 'a .docx without a data part',
    name: '别人的纪要.docx',
    bytes: () => fx.plainDocx,
    problem: /没有屋场会数据/,
  },
  {
    what: 'a record changed after export, old checksum kept',
    name: '改过的.json',
    bytes: editedText((json) => json.replace('石门村', '石门材')),
    problem: /校验码不符/,
  },
  {
    what: 'a .docx whose data part was rewritten, old checksum kept',
    name: '改过的记录.docx',
    bytes: () => embedDataPart(fx.plainDocx, fx.validJson.replace('王德厚家', '王德薄家')),
    problem: /校验码不符/,
  },
  {
    what: 'a .docx with one byte of its data part flipped',
    name: '坏了的记录.docx',
    bytes: () => {
      const { start, end } = dataItemRange(fx.validDocx);
      return withByte(fx.validDocx, Math.floor((start + end) / 2), 0x01);
    },
    problem: /无法读取.*损坏/,
  },
  {
    what: 'format version 3',
    name: '新版本.json',
    bytes: spoiled((f) => (f.version = 3)),
    problem: /更新版本.*升级/,
  },
  {
    what: 'format version 3 inside a .docx',
    name: '新版本.docx',
    bytes: async () =>
      embedDataPart(
        fx.plainDocx,
        JSON.stringify(await resign({ ...looseCopy(fx.valid), version: 3 })),
      ),
    problem: /更新版本/,
  },
  {
    what: 'a zip bomb whose data part lies about its size',
    name: '炸弹.docx',
    bytes: () =>
      rawZip([{ name: 'customXml/item1.xml', data: zeroBomb(300), method: 8, crc: 0, size: 1000 }]),
    problem: /超过上限/,
  },
  {
    what: 'a zip bomb that declares 4 GB',
    name: '炸弹2.docx',
    bytes: () =>
      rawZip([
        { name: 'customXml/item1.xml', data: zeroBomb(8), method: 8, crc: 0, size: 2 ** 32 - 2 },
      ]),
    problem: /超过上限/,
  },
  {
    what: 'a zip of 3000 entries',
    name: '碎片.docx',
    bytes: () =>
      rawZip(
        Array.from({ length: 3000 }, (_, i) => ({
          name: `x/${i}`,
          data: new Uint8Array(),
          method: 0 as const,
          crc: crc32(new Uint8Array()),
          size: 0,
        })),
      ),
    problem: /部件过多/,
  },
  {
    what: '__proto__ at the top level',
    name: '原型.json',
    bytes: editedText((json) => `{"__proto__":{"polluted":true},${json.slice(1)}`),
    problem: /不允许的字段名/,
  },
  {
    what: '__proto__ inside a meeting record',
    name: '原型2.json',
    bytes: editedText((json) =>
      json.replace('"typeLabel":', '"__proto__":{"polluted":true},"typeLabel":'),
    ),
    problem: /不允许的字段名/,
  },
  {
    what: 'constructor at the top level',
    name: '构造.json',
    bytes: editedText((json) => `{"constructor":{"prototype":{"polluted":true}},${json.slice(1)}`),
    problem: /不允许的字段名/,
  },
  {
    what: 'constructor inside an attendance record',
    name: '构造2.json',
    bytes: editedText((json) => json.replace('"identity":', '"constructor":"x","identity":')),
    problem: /不允许的字段名/,
  },
  {
    what: 'arrays nested 100,000 deep',
    name: '深.json',
    bytes: () => utf8('['.repeat(100_000) + ']'.repeat(100_000)),
    problem: /嵌套过深/,
  },
  {
    what: 'objects nested 100,000 deep',
    name: '深2.json',
    bytes: () => utf8('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)),
    problem: /嵌套过深/,
  },
  {
    what: 'a meeting on 2026-02-30',
    name: '日期.json',
    bytes: spoiled((f) => (row(f, 'meetings').date = '2026-02-30')),
    problem: /第 1 条会议记录的“date”无效：日期格式/,
  },
  {
    what: 'an issue deadline in month 13',
    name: '日期2.json',
    bytes: spoiled((f) => (row(f, 'issues').deadline = '2026-13-01')),
    problem: /第 1 条诉求记录的“deadline”无效/,
  },
  {
    what: '处置方式 乱填',
    name: '处置.json',
    bytes: spoiled((f) => (row(f, 'issues').responseType = '乱填')),
    problem: /第 1 条诉求记录的“responseType”无效：无效选项/,
  },
  {
    what: 'attendance status 乱填',
    name: '状态.json',
    bytes: spoiled((f) => (row(f, 'attendance', 1).status = '乱填')),
    problem: /第 2 条参会人员记录的“status”无效：无效选项/,
  },
  {
    what: 'the same attendance id twice',
    name: '重复.json',
    bytes: spoiled((f) => {
      const rows = (f.records as Record<string, unknown[]>).attendance ?? [];
      rows.push({ ...row(f, 'attendance', 0), name: '另一个人' });
    }),
    problem: /重复的参会人员编号/,
  },
  {
    what: 'the same meeting twice',
    name: '重复2.json',
    bytes: spoiled((f) => {
      const rows = (f.records as Record<string, unknown[]>).meetings ?? [];
      rows.push(row(f, 'meetings', 0));
    }),
    problem: /重复的会议编号/,
  },
  {
    what: 'an issue of a meeting not in the file',
    name: '孤儿.json',
    bytes: spoiled((f) => (row(f, 'issues').meetingId = crypto.randomUUID())),
    problem: /第 \d 条诉求所属的会议不在文件中/,
  },
  {
    what: 'attendance of a meeting not in the file',
    name: '孤儿2.json',
    bytes: spoiled((f) => (row(f, 'attendance').meetingId = crypto.randomUUID())),
    problem: /参会人员“.+”所属的会议不在文件中/,
  },
  {
    what: 'UTF-16 text',
    name: '记事本.json',
    bytes: () => utf16le(fx.validJson),
    problem: /不是文本格式的交换文件/,
  },
  {
    what: 'an invalid UTF-8 sequence',
    name: '乱码.json',
    bytes: () => {
      const bytes = utf8(fx.validJson);
      const at = fx.validJson.indexOf('石门村');
      return new Uint8Array([...bytes.subarray(0, at), 0xc3, 0x28, ...bytes.subarray(at)]);
    },
    problem: /不是文本格式的交换文件/,
  },
  ...truncatedJson,
  ...notObjects,
  {
    what: 'a valid file of another app',
    name: 'other.json',
    bytes: spoiled((f) => (f.format = 'something-else')),
    problem: /不是屋场会助手的交换文件/,
  },
  {
    what: 'a package.json',
    name: 'package.json',
    bytes: () => utf8('{"name":"x","version":"1.0.0"}'),
    problem: /不是屋场会助手的交换文件/,
  },
  {
    what: 'an unknown field in a record',
    name: '多字段.json',
    bytes: spoiled((f) => (row(f, 'meetings').secret = 'x')),
    problem: /第 1 条会议记录无效：出现未知的键.*secret/,
  },
];

describe('hostile files on the 导入 screen', () => {
  it.each(cases)('refuses $what, naming the file, and changes nothing', async (hostile) => {
    const before = await dumpDatabase(fx.office.db);
    const result = await importChosen(fx.office.repos, [
      { name: hostile.name, bytes: await hostile.bytes() },
    ]);
    expect(result.accepted).toEqual([]);
    expect(result.batch).toBeNull();
    const [rejected] = result.rejected;
    expect(rejected?.message.startsWith(`“${hostile.name}”`)).toBe(true);
    expect(rejected?.message).toMatch(hostile.problem);
    // zod's English must not reach the user.
    expect(rejected?.message).not.toMatch(/invalid|expected|unrecognized|received/i);
    expect(await dumpDatabase(fx.office.db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses files over 200 MB (and .json over 50 MB) before decoding a byte', async () => {
    const huge = new Uint8Array(maxImportFileBytes + 1).fill(0x20);
    const zipLike = huge.slice(0, maxImportFileBytes + 1);
    zipLike.set([0x50, 0x4b, 0x03, 0x04]);
    const files: ChosenFile[] = [
      { name: '巨大.json', bytes: huge },
      { name: '巨大.docx', bytes: zipLike },
      { name: '大.json', bytes: huge.subarray(0, 60 * 2 ** 20) },
    ];
    const before = await dumpDatabase(fx.office.db);
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const parse = vi.spyOn(JSON, 'parse');
    const result = await importChosen(fx.office.repos, files);
    expect(result.rejected.map((r) => r.message)).toEqual([
      '“巨大.json”超过 200 MB，已拒绝读取',
      '“巨大.docx”超过 200 MB，已拒绝读取',
      '“大.json”超过 50 MB，不是正常的交换文件',
    ]);
    expect(decode).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(await dumpDatabase(fx.office.db)).toEqual(before);
  });

  it('accepts control characters in values, and stores the values without them', async () => {
    const file = looseCopy(fx.valid);
    const meetingId = String(row(file, 'meetings').id);
    row(file, 'meetings').village = '\u0000石\u0007门\u001F村\uFFFE\u0085';
    row(file, 'meetings').decisions = '一、修路\u0008\r\n二、\uFFFF装灯\uD800';
    row(file, 'attendance').name = '\u0007张\u0000三\uDFFF';
    const name = '控制字符.json';
    const result = await importChosen(fx.office.repos, [
      { name, bytes: utf8(JSON.stringify(await resign(file))) },
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual([name]);
    const stored = await fx.office.db.meetings.get(meetingId);
    expect(stored?.village).toBe('石门村');
    expect(stored?.decisions).toBe('一、修路\r\n二、装灯');
    const names = (
      await fx.office.db.attendance.where('meetingId').equals(meetingId).toArray()
    ).map((a) => a.name);
    expect(names).toContain('张三');
    expect(names.every((n) => sanitizeText(n).removed === 0)).toBe(true);
  });

  it('imports the good files of a mixed choice and refuses the bad ones', async () => {
    const office = await laptopWith('dev-office-2', [sampleSpec]);
    const result = await importChosen(office.repos, [
      { name: '照片.docx', bytes: pngBytes() },
      { name: '石门村-记录.docx', bytes: fx.validDocx },
      { name: '空.json', bytes: new Uint8Array() },
    ]);
    expect(result.accepted).toEqual(['石门村-记录.docx']);
    expect(result.rejected.map((r) => r.name)).toEqual(['照片.docx', '空.json']);
    const meetingIds = (await dumpRecords(office.db)).meetings?.map(
      (m) => (m as { id: string }).id,
    );
    expect(meetingIds).toContain(fx.valid.records.meetings[0]?.id);
  });

  it('holds 50 hostile files, each under its own name', () => {
    // Counted by hand in the table above: 32 written out, 8 cut .docx, 4 cut JSON texts and 6
    // JSON values that are not objects. (The 3 oversized files have their own test.)
    expect(cases).toHaveLength(50);
    expect(new Set(cases.map((c) => c.name)).size).toBe(50);
  });
});

describe('a device id every object inherits', () => {
  it('"toString" in a clock orders copies like any other device, and the record stays readable', async () => {
    const office = await laptopWith('dev-office-3', []);
    await importChosen(office.repos, [{ name: '石门村.json', bytes: jsonBytes(fx.valid) }]);
    // A later edit of the meeting on a device whose id is "toString": the copy has seen ours.
    const file = looseCopy(fx.valid);
    const meeting = row(file, 'meetings');
    meeting.clock = { ...(meeting.clock as Record<string, number>), toString: 1 };
    meeting.rev = (meeting.rev as number) + 1;
    meeting.deviceId = 'toString';
    meeting.host = '李家大屋';
    const name = '设备.json';
    const result = await importChosen(office.repos, [
      { name, bytes: utf8(JSON.stringify(await resign(file))) },
    ]);
    expect(result.batch?.files[0]?.counts).toMatchObject({ updated: 1, conflict: 0 });
    const stored = await office.repos.meetings.get(String(meeting.id));
    expect(stored?.host).toBe('李家大屋');
    expect(stored?.rev).toBe(meeting.rev);
    const backup = serializeExchangeFile(await office.repos.exchange.backup(defaultSettings));
    const read = await parseExchangeText(backup, '备份.json');
    expect(read.ok ? '' : read.message).toBe('');
  });
});
