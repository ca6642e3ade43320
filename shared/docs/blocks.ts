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

export type Column = { title: string; width: number; align?: 'left' | 'center' };

export type TableSpec = {
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
  /** Half-points of the cell text. */
  size: TableTextSize;
  /** Minimum row height in twips. */
  rowHeight?: number;
};

/** Left and right cell padding in twips (1.4 mm): narrow columns keep their width for text. */
export const cellPadding = 80;

/** A table with every width in DXA (LibreOffice and WPS ignore automatic widths), fixed layout,
 * the header row (in 黑体) repeated on every page and rows kept whole. */
export function dxaTable(spec: TableSpec): FastTable {
  const cell = (text: string, column: Column, header: boolean) => ({
    width: column.width,
    paragraphs: text
      .split('\n')
      .map((line) =>
        paragraphXml(
          tableTextStyleId(spec.size, header || column.align === 'center'),
          runXml(line, { role: header ? 'heading1' : 'body' }),
        ),
      ),
  });
  return new FastTable(
    spec.columns.map((c) => c.width),
    [
      { header: true, cells: spec.columns.map((c) => cell(c.title, c, true)) },
      ...spec.rows.map((row) => ({
        ...(spec.rowHeight ? { minHeight: spec.rowHeight } : {}),
        cells: spec.columns.map((c, i) => cell(row[i] ?? '', c, false)),
      })),
    ],
    { x: cellPadding, y: 30 },
  );
}

/** Column widths in proportion to weights, summing exactly to the text width. */
export function columnWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
