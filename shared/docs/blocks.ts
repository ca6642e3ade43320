// Paragraph and table building blocks in the official-document form (domain.md §5).
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { FastTable, paragraphXml, runXml } from './fast-xml';
import { charWidth, styleIds, tableTextStyleId } from './layout';
import type { TableTextSize } from './layout';
import { fontFor, textLines, textRuns } from './text-runs';

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({ style: styleIds.title, children: textRuns(text, { role: 'title' }) });
}

/** "一、…" in 黑体. */
export function heading1(text: string): Paragraph {
  return new Paragraph({
    style: styleIds.heading1,
    children: textRuns(text, { role: 'heading1' }),
  });
}

/** "（一）…" in 楷体. */
export function heading2(text: string): Paragraph {
  return new Paragraph({
    style: styleIds.heading2,
    children: textRuns(text, { role: 'heading2' }),
  });
}

/** A body paragraph, first line indented two characters. */
export function bodyParagraph(children: TextRun[] | string, keepNext = false): Paragraph {
  const runs = typeof children === 'string' ? textRuns(children) : children;
  return new Paragraph({ children: runs, ...(keepNext ? { keepNext: true } : {}) });
}

/** Each line of a multi-line text as a body paragraph; `empty` when there is none. */
export function bodyParagraphs(text: string, empty = '无。'): Paragraph[] {
  const lines = textLines(text);
  return (lines.length > 0 ? lines : [empty]).map((line) => bodyParagraph(line));
}

export function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ children: [], ...(keepNext ? { keepNext: true } : {}) });
}

/**
 * Width of a text in body characters: CJK and full-width forms 1, the rest half, plus the
 * quarter character Word, WPS and LibreOffice put between digits and Chinese (autospace).
 */
export function widthInChars(text: string): number {
  let width = 0;
  let previousWide: boolean | undefined;
  for (const char of text) {
    const wide = (char.codePointAt(0) ?? 0) >= 0x2e80;
    width += wide ? 1 : 0.5;
    if (previousWide !== undefined && previousWide !== wide && /[0-9年月日]/.test(char)) {
      width += 0.25;
    }
    previousWide = wide;
  }
  return width;
}

/**
 * "出席：" and the like (GB/T 9704 §10.3): two characters in, the label in 黑体, the value in 仿宋,
 * continuation lines aligned with the first character after the colon.
 */
export function labelledLine(label: string, value: TextRun[] | string): Paragraph {
  const labelText = `${label}：`;
  const hanging = Math.round(widthInChars(labelText) * charWidth);
  const runs = typeof value === 'string' ? textRuns(value) : value;
  return new Paragraph({
    indent: { left: 2 * charWidth + hanging, hanging },
    alignment: AlignmentType.LEFT,
    children: [...textRuns(labelText, { role: 'heading1' }), ...runs],
  });
}

/** Two labels on one line, the second starting at the middle: 主持人（签字）： 记录人（签字）： */
export function signatureLine(left: string, right: string, width: number): Paragraph {
  return new Paragraph({
    indent: { firstLine: 2 * charWidth },
    tabStops: [{ type: TabStopType.LEFT, position: Math.round(width / 2) }],
    children: [
      ...textRuns(left),
      new TextRun({ children: [new Tab()], font: fontFor('body', 'main') }),
      ...textRuns(right),
    ],
  });
}

/** The issuer and the date at the end (GB/T 9704 §7.3.5.1): the date starts two characters
 * right of the issuer's first character; a date longer than the issuer ends two characters in. */
export function issuerAndDate(issuer: string, date: string): Paragraph[] {
  const w1 = widthInChars(issuer);
  const w2 = widthInChars(date);
  const dateRight = w1 - w2 >= 2 ? w1 - w2 : 2;
  const issuerRight = w1 - w2 >= 2 ? 2 : 4 + w2 - w1;
  const right = (chars: number, text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(chars * charWidth), firstLine: 0 },
      children: textRuns(text),
    });
  return [right(issuerRight, issuer), right(dateRight, date)];
}

export type Column = {
  title: string;
  align?: 'left' | 'center';
  /** Texts the column holds on one line whatever happens: the widest date, a 6-character name. */
  fit?: readonly string[];
  /** Share of the width left once every column fits its title and `fit` texts. */
  share?: number;
};

/** A row of cells, or one line across the whole table (a meeting's heading in the ledger). */
export type TableRow = readonly string[] | { across: string };

export type TableSpec = {
  columns: readonly Column[];
  rows: readonly TableRow[];
  /** Half-points of the cell text. */
  size: TableTextSize;
  /** The width of the table: the text width of its page. */
  width: number;
  /** Minimum row height in twips. */
  rowHeight?: number;
};

/** Left and right cell padding in twips (about 1 mm): narrow columns keep their width for text. */
export const cellPadding = 60;

/** What a cell needs besides its text: padding, and a margin for a reader's rounding. */
const cellExtra = 2 * cellPadding + 20;

/**
 * Width of a one-line text at a size (half-points), in twips, with room to spare: a Latin
 * character counts 0.55 of a Chinese one (LibreOffice measured wider than the 0.5 of Times New
 * Roman digits in 仿宋-styled cells), and the quarter between scripts is counted.
 */
export function textTwips(text: string, size: number): number {
  const narrow = [...text].filter((c) => (c.codePointAt(0) ?? 0) < 0x2e80).length;
  return Math.ceil((widthInChars(text) + narrow * 0.05) * size * 10);
}

/**
 * Column widths that hold each column's title and `fit` texts on one line, the rest of the table
 * width shared by `share`. Throws when the columns cannot fit: a layout mistake, not bad data.
 */
export function fitColumns(columns: readonly Column[], size: number, total: number): number[] {
  const least = columns.map(
    (c) => Math.max(...[c.title, ...(c.fit ?? [])].map((t) => textTwips(t, size))) + cellExtra,
  );
  const rest = total - least.reduce((a, b) => a + b, 0);
  if (rest < 0) {
    throw new Error(`columns ${columns.map((c) => c.title).join('|')} need ${-rest} more twips`);
  }
  const shares = columns.map((c) => c.share ?? 0);
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = least.map((w, i) =>
    sum === 0 ? w : w + Math.floor((rest * (shares[i] ?? 0)) / sum),
  );
  const last = sum === 0 ? widths.length - 1 : shares.findLastIndex((s) => s > 0);
  widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Rows up to this many lines are kept on one page; longer ones may break across pages. */
const keptLines = 12;

function estimatedLines(lines: readonly string[], width: number, size: number): number {
  const room = Math.max(1, width - 2 * cellPadding);
  return lines.reduce((n, line) => n + Math.max(1, Math.ceil(textTwips(line, size) / room)), 0);
}

const cellLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * A table with every width in DXA (LibreOffice and WPS ignore automatic widths), fixed layout,
 * the header row (in 黑体) repeated on every page. Every line of a cell's text is a paragraph of
 * its own; short rows are kept whole, a long row breaks across pages so nothing is cut off.
 */
export function dxaTable(spec: TableSpec): FastTable {
  const widths = fitColumns(spec.columns, spec.size, spec.width);
  const paragraphs = (lines: readonly string[], centred: boolean, role: 'heading1' | 'body') =>
    lines.map((line) => paragraphXml(tableTextStyleId(spec.size, centred), runXml(line, { role })));
  const header = {
    header: true,
    cells: spec.columns.map((c, i) => ({
      width: widths[i] ?? 0,
      paragraphs: paragraphs([c.title], true, 'heading1'),
    })),
  };
  const rows = spec.rows.map((row) => {
    if ('across' in row) {
      return {
        cells: [
          {
            width: spec.width,
            span: spec.columns.length,
            paragraphs: paragraphs(cellLines(row.across), false, 'heading1'),
          },
        ],
      };
    }
    const cells = spec.columns.map((c, i) => cellLines(row[i] ?? ''));
    const lines = Math.max(
      ...cells.map((lines, i) => estimatedLines(lines, widths[i] ?? 0, spec.size)),
    );
    return {
      ...(spec.rowHeight ? { minHeight: spec.rowHeight } : {}),
      keepTogether: lines <= keptLines,
      cells: spec.columns.map((c, i) => ({
        width: widths[i] ?? 0,
        paragraphs: paragraphs(cells[i] ?? [], c.align === 'center', 'body'),
      })),
    };
  });
  return new FastTable(widths, [header, ...rows], { x: cellPadding, y: 30 });
}

/** The widest texts of the kinds that must never wrap (issue #8): for `Column.fit`. */
export const widest = {
  serial: '000',
  date: '2026年12月28日',
  name: '六个字的姓名',
  unit: '十个字的责任单位名称',
  phone: '0738-****34567',
  responseType: '当场解决',
} as const;
