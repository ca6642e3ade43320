import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../../../shared/docs/xlsx';
import { newRecordMeta } from '../../../../shared/domain/records';
import type { Person } from '../../../../shared/domain/schemas';
import {
  buildRosterSheet,
  guessColumns,
  previewRoster,
  readRosterFile,
} from '../../../../shared/roster';

const stamp = { deviceId: 'dev-a', now: '2026-03-01T08:00:00.000Z' };

function person(content: Partial<Person>): Person {
  const blank = { name: '', village: '', group: '', household: '', tags: [], phone: '' };
  return { ...newRecordMeta(stamp), ...blank, ...content };
}

const roster = [
  person({ name: '李四', village: '白沙村', group: '2组', phone: '13800000002' }),
  person({
    name: '张三丰',
    village: '白沙村',
    group: '10组',
    household: '张大',
    tags: ['党员', '组长'],
    phone: '13800000001',
  }),
  person({ name: '王五', village: '白沙村', group: '2组', deletedAt: stamp.now }),
  person({ name: '𠀀明', village: '白沙村', group: '1组', phone: '0731-8888888' }),
];

function reimport(bytes: Uint8Array) {
  const read = readRosterFile('名册.xlsx', bytes);
  if (!read.ok) throw new Error(read.message);
  const guessed = guessColumns(read.rows);
  if (!guessed) throw new Error('no heading');
  const result = previewRoster({
    fileName: '名册.xlsx',
    rows: read.rows,
    ...guessed,
    defaultVillage: '',
    existing: [],
  });
  if (!result.ok) throw new Error(result.message);
  return result.preview;
}

describe('buildRosterSheet', () => {
  it('masks phones by default, sorts by 组 as numbers, leaves deleted persons out', () => {
    const sheet = buildRosterSheet(roster, 'masked');
    expect(sheet.columns.map((c) => c.title)).toEqual([
      '姓名',
      '村(社区)',
      '村民小组',
      '户主',
      '身份',
      '电话',
    ]);
    expect(sheet.rows).toEqual([
      ['𠀀明', '白沙村', '1组', '', '', '0731-****8888'],
      ['李四', '白沙村', '2组', '', '', '138****0002'],
      ['张三丰', '白沙村', '10组', '张大', '党员、组长', '138****0001'],
    ]);
  });

  it('leaves phones out and masks names on the public copy', () => {
    const sheet = buildRosterSheet(roster, 'public');
    expect(sheet.columns.map((c) => c.title)).toEqual([
      '姓名',
      '村(社区)',
      '村民小组',
      '户主',
      '身份',
    ]);
    expect(sheet.rows.map((r) => r[0])).toEqual(['𠀀*', '李*', '张*丰']);
  });

  it('writes an internal copy that the import reads back as it was', () => {
    const preview = reimport(buildXlsx(buildRosterSheet(roster, 'internal-full')));
    expect(preview.errorCount).toBe(0);
    expect(preview.rows.map((r) => r.person)).toEqual([
      {
        name: '𠀀明',
        village: '白沙村',
        group: '1组',
        household: '',
        tags: [],
        phone: '0731-8888888',
      },
      {
        name: '李四',
        village: '白沙村',
        group: '2组',
        household: '',
        tags: [],
        phone: '13800000002',
      },
      {
        name: '张三丰',
        village: '白沙村',
        group: '10组',
        household: '张大',
        tags: ['党员', '组长'],
        phone: '13800000001',
      },
    ]);
  });

  it('says a masked copy cannot bring its phone numbers back', () => {
    const preview = reimport(buildXlsx(buildRosterSheet(roster, 'masked')));
    expect(preview.rows[1]?.errors).toEqual([
      '第 3 行 F 列（电话）“138****0002”是脱敏后的号码，无法导入。请改用内部完整版或原始表格',
    ]);
  });
});
