import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../../../shared/docs/xlsx';
import { newRecordMeta } from '../../../../shared/domain/records';
import type { Person } from '../../../../shared/domain/schemas';
import {
  buildRosterPersons,
  guessColumns,
  guessMapping,
  previewRoster,
  readRosterFile,
  repeatedRowNumbers,
  type RosterPreview,
  type TableRow,
} from '../../../../shared/roster';

const stamp = { deviceId: 'dev-a', now: '2026-03-01T08:00:00.000Z' };

function table(lines: string[][]): TableRow[] {
  return lines.map((cells, i) => ({ rowNumber: i + 1, cells }));
}

function preview(lines: string[][], existing: Person[] = [], defaultVillage = ''): RosterPreview {
  const rows = table(lines);
  const guessed = guessColumns(rows);
  if (!guessed) throw new Error('no rows');
  const result = previewRoster({
    fileName: '名册.csv',
    rows,
    ...guessed,
    defaultVillage,
    existing,
  });
  if (!result.ok) throw new Error(result.message);
  return result.preview;
}

function kept(person: Partial<Person>): Person {
  return {
    ...newRecordMeta(stamp),
    name: '',
    village: '',
    group: '',
    household: '',
    tags: [],
    phone: '',
    ...person,
  };
}

describe('guessMapping', () => {
  it('recognises the usual headings and their variants', () => {
    expect(
      guessMapping(['序号', '姓名', '所属村', '村民小组', '户主', '身份', '联系电话']),
    ).toEqual({
      name: 1,
      village: 2,
      group: 3,
      household: 4,
      tags: 5,
      phone: 6,
    });
    expect(
      guessMapping(['*名字', '村（社区）', '组别', '户主姓名', '身份标签', '手机号码 ']),
    ).toEqual({
      name: 0,
      village: 1,
      group: 2,
      household: 3,
      tags: 4,
      phone: 5,
    });
  });

  it('tells 村民小组 from 村 and 户主姓名 from 姓名 when the headings only contain the words', () => {
    expect(guessMapping(['家庭成员姓名', '所在村民小组', '所在行政村', '户主姓名'])).toEqual({
      name: 0,
      village: 2,
      group: 1,
      household: 3,
      tags: null,
      phone: null,
    });
  });

  it('does not take an ID-number column for 身份, and says it is left out', () => {
    const headings = ['姓名', '身份证号码', '人员身份'];
    expect(guessMapping(headings)).toMatchObject({ name: 0, tags: 2 });
    const result = preview([headings, ['张三', '430000200001010000', '党员']]);
    expect(result.fileNotes).toEqual([
      'B 列（身份证号码）是身份证号，名册不保存身份证号，该列不会导入',
    ]);
    expect(result.rows[0]?.person?.tags).toEqual(['党员']);
  });

  it('finds the heading under a title row', () => {
    const guessed = guessColumns(table([['白沙村村民花名册'], ['姓名', '电话'], ['张三', '']]));
    expect(guessed?.headerRowNumber).toBe(2);
    expect(guessed?.mapping.phone).toBe(1);
  });
});

describe('previewRoster', () => {
  it('refuses a file with no 姓名 column, naming the headings it has', () => {
    const rows = table([
      ['编号', '名称', '电话'],
      ['1', '张三', '13812345678'],
    ]);
    const guessed = guessColumns(rows);
    if (!guessed) throw new Error('no rows');
    const result = previewRoster({
      fileName: '名册.csv',
      rows,
      ...guessed,
      defaultVillage: '',
      existing: [],
    });
    expect(result).toEqual({
      ok: false,
      message:
        '“名册.csv”第 1 行没有“姓名”列。表头是：A 列（编号）、B 列（名称）、C 列（电话）。请为“姓名”选择一列，或把表头改为“姓名”后重新导入',
    });
  });

  it('takes a mapping the user changed, and refuses one column chosen twice', () => {
    const rows = table([
      ['编号', '名称', '电话'],
      ['1', '张三', '13812345678'],
    ]);
    const base = {
      fileName: 'a.csv',
      rows,
      headerRowNumber: 1,
      headings: rows[0]?.cells ?? [],
      defaultVillage: '白沙村',
      existing: [],
    };
    const mapping = { name: 1, village: null, group: null, household: null, tags: null, phone: 2 };
    const result = previewRoster({ ...base, mapping });
    expect(result.ok && result.preview.rows[0]?.person).toEqual({
      name: '张三',
      village: '白沙村',
      group: '',
      household: '',
      tags: [],
      phone: '13812345678',
    });
    expect(previewRoster({ ...base, mapping: { ...mapping, household: 1 } })).toEqual({
      ok: false,
      message: '“a.csv”中 B 列（名称）同时被选为“姓名”和“户主”，一列只能对应一项',
    });
  });

  it('names each bad row by Excel row and column, and keeps the good ones', () => {
    const result = preview([
      ['姓名', '组', '电话', '身份'],
      ['张三', '一组', '138 1234 5678', '党员、村民代表'],
      ['', '一组', '13900000000', ''],
      ['李\u0007四', '二组', '1.38123E+10', ''],
      ['王五', '二组', '12345', ''],
      ['长'.repeat(201), '', '', ''],
      ['赵六', '', '+86 13700000000', '群众'],
    ]);
    expect(result.validCount).toBe(2);
    expect(result.errorCount).toBe(4);
    expect(result.rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, []],
      [3, ['第 3 行 A 列（姓名）为空']],
      [
        4,
        [
          '第 4 行 C 列（电话）“1.38123E+10”是科学计数法，号码的后几位已丢失。请在 Excel 中把该列设为“文本”、改正号码后重新保存',
        ],
      ],
      [5, ['第 5 行 C 列（电话）“12345”不是有效的电话号码（手机号为 11 位，座机如 0731-8888888）']],
      [6, ['第 6 行 A 列（姓名）超过 200 字']],
      [7, []],
    ]);
    expect(result.rows[2]?.notes).toEqual(['第 4 行 A 列（姓名）含有不可见的控制字符，已去除']);
    expect(result.rows[0]?.person).toEqual({
      name: '张三',
      village: '',
      group: '一组',
      household: '',
      tags: ['党员', '村民代表'],
      phone: '13812345678',
    });
    expect(result.rows[5]?.person?.phone).toBe('13700000000');
  });

  it('reads （略）, a number another computer did not send, as no number', () => {
    const result = preview([
      ['姓名', '电话'],
      ['张三', '（略）'],
    ]);
    expect(result.errorCount).toBe(0);
    expect(result.rows[0]?.person?.phone).toBe('');
  });

  it('keeps rare characters whole', () => {
    const result = preview([['姓名'], ['𠀀䶮']]);
    expect(result.rows[0]?.person?.name).toBe('𠀀䶮');
  });

  it('finds duplicates in the file and against the roster: same name and 组 in a 村, or same phone', () => {
    const zhang = kept({ name: '张三', village: '白沙村', group: '一组', phone: '13800000001' });
    const result = preview(
      [
        ['姓名', '村', '组', '电话'],
        ['张三', '白沙村', '一组', ''], // row 2: same as a kept person
        ['张三', '白沙村', '二组', ''], // row 3: other 组, not a duplicate
        ['李四', '白沙村', '二组', '0731-8888888'], // row 4
        ['王五', '白沙村', '三组', '07318888888'], // row 5: row 4's phone, written without hyphen
        ['李四', '白沙村', '二组', '13900000000'], // row 6: row 4's name and 组
        ['张三', '', '', '13800000001'], // row 7: the kept person's phone
      ],
      [zhang, kept({ name: '张三', village: '白沙村', group: '一组', deletedAt: stamp.now })],
      '',
    );
    expect(result.duplicates.map((d) => [d.reason, d.rowNumbers, d.personIds])).toEqual([
      ['name', [2], [zhang.id]],
      ['name', [4, 6], []],
      ['phone', [4, 5], []],
      ['phone', [7], [zhang.id]],
    ]);
    expect(result.duplicates[0]?.message).toBe(
      '同名同组：张三（白沙村 一组），第 2 行，名册中已有 1 人',
    );
    expect(result.duplicates[2]?.message).toBe(
      '同一电话 0731-8888888：第 4 行（李四）、第 5 行（王五）',
    );
  });
});

describe('duplicates written differently', () => {
  it('finds 张　三 of 一组 and 张三 of 第1组 to be one person', () => {
    const result = preview([
      ['姓名', '村', '组'],
      ['张　三', '白沙村', '一组'],
      ['张三', '白沙村', '第1组'],
      ['张三', '白沙村', '11组'],
    ]);
    expect(result.duplicates.map((d) => [d.reason, d.rowNumbers])).toEqual([['name', [2, 3]]]);
  });
});

describe('confirming', () => {
  it('builds records for the rows kept, and proposes to skip exact repeats', () => {
    const zhang = kept({ name: '张三', village: '白沙村', group: '一组', tags: ['党员'] });
    const result = preview(
      [
        ['姓名', '村', '组', '身份'],
        ['张三', '白沙村', '一组', '党员'], // row 2: exactly the kept person
        ['李四', '白沙村', '一组', '群众'], // row 3
        ['李四', '白沙村', '一组', '群众'], // row 4: exactly row 3
        ['', '白沙村', '一组', ''], // row 5: an error, never imported
        ['王五', '白沙村', '一组', ''], // row 6
      ],
      [zhang],
    );
    const skip = repeatedRowNumbers(result, [zhang]);
    expect(skip).toEqual([2, 4]);
    const persons = buildRosterPersons(result, new Set(skip), stamp);
    expect(persons.map((p) => p.name)).toEqual(['李四', '王五']);
    expect(persons[0]).toMatchObject({
      rev: 1,
      deviceId: 'dev-a',
      createdAt: stamp.now,
      deletedAt: null,
    });
    expect(new Set(persons.map((p) => p.id)).size).toBe(2);
  });
});

describe('a 50,000-row roster', () => {
  const count = 50_000;
  const lines = (i: number) => [
    `村民${i}`,
    '白沙村',
    `${(i % 12) + 1}组`,
    `13${String(i).padStart(9, '0')}`,
  ];

  it('reads and checks a .csv of 50,000 rows', () => {
    // Every 1,000th row repeats the row before it: 49 duplicate groups by name and 49 by phone.
    const body = Array.from({ length: count }, (_, i) =>
      lines(i % 1000 === 999 ? i - 1 : i).join(','),
    );
    const bytes = new TextEncoder().encode(['姓名,村,组,电话', ...body].join('\r\n'));
    const read = readRosterFile('大名册.csv', bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.rows.length).toBe(count + 1);
    const result = preview(read.rows.map((r) => r.cells));
    expect(result.validCount).toBe(count);
    expect(result.duplicates.filter((d) => d.reason === 'name').length).toBe(50);
    expect(result.duplicates.filter((d) => d.reason === 'phone').length).toBe(50);
    expect(buildRosterPersons(result, new Set(repeatedRowNumbers(result, [])), stamp).length).toBe(
      count - 50,
    );
  });

  it('reads and checks an .xlsx of 50,000 rows', () => {
    const titles = ['姓名', '村', '组', '电话'];
    const bytes = buildXlsx({
      name: '名册',
      columns: titles.map((title) => ({ title, width: 10 })),
      rows: Array.from({ length: count }, (_, i) => lines(i)),
    });
    const read = readRosterFile('大名册.xlsx', bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.rows.length).toBe(count + 1);
    expect(read.rows[count]).toEqual({ rowNumber: count + 1, cells: lines(count - 1) });
    const result = preview(read.rows.map((r) => r.cells));
    expect(result.validCount).toBe(count);
    expect(result.duplicates).toEqual([]);
  });
});
