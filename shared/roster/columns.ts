// Which column holds what: guessed from the heading row, shown to the user, who may change it.
// Village rosters often carry a title row above the heading ("某某村村民花名册"), so the heading
// is the first of the first rows in which a name column is recognised.
import { columnLetter, type TableRow } from './table';

export const rosterFields = ['name', 'village', 'group', 'household', 'tags', 'phone'] as const;
export type RosterField = (typeof rosterFields)[number];

/** The words the user sees for each field (domain.md §7). */
export const rosterFieldLabels: Record<RosterField, string> = {
  name: '姓名',
  village: '村(社区)',
  group: '村民小组',
  household: '户主',
  tags: '身份',
  phone: '电话',
};

/** Zero-based column per field; null when the file has no such column. */
export type ColumnMapping = Record<RosterField, number | null>;

export type GuessedColumns = {
  /** Excel's number of the heading row; the data are the rows after it. */
  headerRowNumber: number;
  headings: string[];
  mapping: ColumnMapping;
};

// Exact headings first (after normalising), then words a heading may contain. Order matters:
// “户主姓名” is the household, not the person; “村民小组” is the group, not the village.
const exactHeadings: Record<RosterField, readonly string[]> = {
  name: ['姓名', '名字', '村民姓名', '人员姓名', '成员姓名', '群众姓名', 'name'],
  village: ['村', '村名', '所属村', '村(社区)', '村社区', '社区', '行政村', '村别', '村庄'],
  group: ['组', '组别', '组名', '村民小组', '小组', '所属组', '所在组', '村组'],
  household: ['户主', '户', '户名', '户主姓名', '所属户', '户号', '家庭', '户别'],
  tags: ['身份', '身份标签', '标签', '人员类别', '人员类型', '身份类别', '类别', '类型'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', '电话号码', '联系方式', '联系号码'],
};
const containedWords: readonly [RosterField, RegExp][] = [
  ['phone', /电话|手机|联系方式|phone|tel/],
  ['household', /户主|户号|户名/],
  ['group', /小组|组别|组$/],
  ['village', /村|社区/],
  ['tags', /身份(?!证)|标签|类别/], // 身份证号 is an ID number, never a tag
  ['name', /姓名|名字/],
];

/** Spaces, asterisks (“*姓名” marks a required column), colons; full-width brackets halved. */
export function normalizeHeading(heading: string): string {
  return heading
    .replace(/[\s*＊:：]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

export function guessMapping(headings: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {
    name: null,
    village: null,
    group: null,
    household: null,
    tags: null,
    phone: null,
  };
  const taken = new Set<number>();
  const assign = (field: RosterField, column: number) => {
    if (mapping[field] !== null || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  const normalized = headings.map(normalizeHeading);
  for (const field of rosterFields) {
    const column = normalized.findIndex((h) => exactHeadings[field].includes(h));
    if (column >= 0) assign(field, column);
  }
  normalized.forEach((heading, column) => {
    if (heading === '' || taken.has(column)) return;
    const match = containedWords.find(
      ([field, words]) => mapping[field] === null && words.test(heading),
    );
    if (match) assign(match[0], column);
  });
  return mapping;
}

const headerSearchRows = 10;

export function guessColumns(rows: readonly TableRow[]): GuessedColumns | null {
  const candidates = rows.slice(0, headerSearchRows);
  const header = candidates.find((row) => guessMapping(row.cells).name !== null) ?? rows[0];
  if (!header) return null;
  return {
    headerRowNumber: header.rowNumber,
    headings: header.cells,
    mapping: guessMapping(header.cells),
  };
}

/** “B 列（手机号）” or “B 列” when the heading is empty. */
export function describeColumn(column: number, headings: readonly string[]): string {
  const heading = headings[column]?.trim();
  return heading ? `${columnLetter(column)} 列（${heading}）` : `${columnLetter(column)} 列`;
}
