// The preview of a roster import: every data row checked with the person schema's rules, each
// problem a Chinese sentence naming the row and column as Excel shows them, and the duplicates
// found. Nothing is stored here; the screen shows this and the user confirms.
import type { z } from 'zod';
import { limits, personSchema, type Content, type Person } from '../domain/schemas';
import { sanitizeText } from '../domain/text';
import { describeColumn, rosterFieldLabels, type ColumnMapping, type RosterField } from './columns';
import { findRosterDuplicates, type DuplicateGroup } from './duplicates';
import { fileProblem } from './messages';
import { normalizePhone } from './phone';
import type { TableRow } from './table';

export type RosterPerson = Content<Person>;

export type PreviewRow = {
  rowNumber: number;
  /** The person this row becomes; null when the row has errors and cannot be imported. */
  person: RosterPerson | null;
  errors: string[];
  /** Changes made silently elsewhere, said here: invisible characters removed. */
  notes: string[];
};

export type RosterPreview = {
  rows: PreviewRow[];
  validCount: number;
  errorCount: number;
  duplicates: DuplicateGroup[];
  /** About the file as a whole: columns that are not read, for instance ID numbers. */
  fileNotes: string[];
};

export type PreviewInput = {
  fileName: string;
  rows: readonly TableRow[];
  headerRowNumber: number;
  headings: readonly string[];
  mapping: ColumnMapping;
  /** For rows with no 村: the village the user picked for the whole file ('' for none). */
  defaultVillage: string;
  /** Live roster persons, to find people already there. */
  existing: readonly Person[];
};

export type PreviewResult = { ok: true; preview: RosterPreview } | { ok: false; message: string };

const maxTags = 20;
const tagSeparators = /[、,，;；/／\s]+/;

/** A mapping the preview can use: a 姓名 column, and no column chosen for two fields. */
export function checkMapping(input: Omit<PreviewInput, 'rows' | 'existing' | 'defaultVillage'>) {
  const { mapping, headings, headerRowNumber, fileName } = input;
  if (mapping.name === null) {
    const found = headings
      .map((h, column) => (h.trim() ? describeColumn(column, headings) : ''))
      .filter(Boolean);
    const listed = found.length ? `表头是：${found.join('、')}。` : '';
    return fileProblem(
      fileName,
      `第 ${headerRowNumber} 行没有“姓名”列。${listed}请为“姓名”选择一列，或把表头改为“姓名”后重新导入`,
    );
  }
  const byColumn = new Map<number, RosterField[]>();
  for (const [field, column] of Object.entries(mapping) as [RosterField, number | null][]) {
    if (column !== null) byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  for (const [column, fields] of byColumn) {
    if (fields.length < 2) continue;
    const names = fields.map((f) => `“${rosterFieldLabels[f]}”`).join('和');
    return fileProblem(
      fileName,
      `中 ${describeColumn(column, headings)}同时被选为${names}，一列只能对应一项`,
    );
  }
  return null;
}

export function previewRoster(input: PreviewInput): PreviewResult {
  const problem = checkMapping(input);
  if (problem) return { ok: false, message: problem };
  const rows = input.rows
    .filter((row) => row.rowNumber > input.headerRowNumber)
    .map((row) => checkRow(row, input));
  const validCount = rows.filter((r) => r.person !== null).length;
  return {
    ok: true,
    preview: {
      rows,
      validCount,
      errorCount: rows.length - validCount,
      duplicates: findRosterDuplicates(rows, input.existing),
      fileNotes: idNumberNotes(input),
    },
  };
}

// 个人信息保护法: the roster keeps no ID numbers (domain.md §6), so such a column is named and left.
function idNumberNotes({ headings, mapping }: PreviewInput): string[] {
  const mapped = new Set(Object.values(mapping));
  return headings.flatMap((heading, column) =>
    /身份证/.test(heading) && !mapped.has(column)
      ? [`${describeColumn(column, headings)}是身份证号，名册不保存身份证号，该列不会导入`]
      : [],
  );
}

const fieldSchemas = personSchema.shape;

function checkRow(row: TableRow, input: PreviewInput): PreviewRow {
  const errors: string[] = [];
  const notes: string[] = [];
  const where = (field: RosterField) =>
    `第 ${row.rowNumber} 行 ${describeColumn(input.mapping[field] ?? 0, input.headings)}`;
  const read = (field: RosterField): string => {
    const column = input.mapping[field];
    const raw = column === null ? '' : (row.cells[column] ?? '');
    if (sanitizeText(raw).removed > 0) notes.push(`${where(field)}含有不可见的控制字符，已去除`);
    return raw;
  };
  const parse = (field: RosterField, schema: z.ZodType<string>, raw: string): string => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const isEmpty = parsed.error.issues.some((i) => i.code === 'too_small');
    errors.push(`${where(field)}${isEmpty ? '为空' : `超过 ${limits.line} 字`}`);
    return '';
  };

  const name = parse('name', fieldSchemas.name, read('name'));
  const villageCell = parse('village', fieldSchemas.village, read('village')).trim();
  const group = parse('group', fieldSchemas.group, read('group')).trim();
  const household = parse('household', fieldSchemas.household, read('household')).trim();
  const tags = [
    ...new Set(
      read('tags')
        .split(tagSeparators)
        .map((tag) => parse('tags', fieldSchemas.tags.element, tag).trim())
        .filter(Boolean),
    ),
  ];
  if (tags.length > maxTags) errors.push(`${where('tags')}的身份超过 ${maxTags} 个`);
  const phone = normalizePhone(parse('phone', fieldSchemas.phone, read('phone')));
  if (!phone.ok) errors.push(`${where('phone')}${phone.problem}`);

  const village = villageCell || input.defaultVillage.trim();
  const person: RosterPerson = {
    name,
    village,
    group,
    household,
    tags,
    phone: phone.ok ? phone.phone : '',
  };
  return { rowNumber: row.rowNumber, person: errors.length ? null : person, errors, notes };
}
