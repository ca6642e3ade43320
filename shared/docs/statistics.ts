// 统计表: the township's statistics for a period on A4 landscape pages (domain.md §4, §5): one
// table per group of figures (statistics-tables.ts), the definitions printed under each. Charts
// are drawn elsewhere and come in as PNG images, each placed under the table it illustrates.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Document, FileChild } from 'docx';
import { formatChineseDate } from '../domain/dates';
import type { Settings } from '../domain/schemas';
import type { Statistics } from '../domain/statistics';
import {
  bodyParagraph,
  cellPadding,
  dxaTable,
  heading1,
  textTwips,
  titleParagraph,
} from './blocks';
import type { Column } from './blocks';
import { sizes, textWidth } from './layout';
import type { PageNumberPlacement } from './page';
import { officialDocument } from './page';
import { placeColumn, scopeColumn, scopeNote, statisticsTables } from './statistics-tables';
import type { StatisticsTable } from './statistics-tables';
import { textRuns } from './text-runs';

/** A chart drawn by the screen, as a PNG, to print under one table (by its heading). */
export type StatisticsChart = {
  /** The heading of the table it belongs under, e.g. "问题处置情况". */
  table: string;
  png: Uint8Array;
  /** Size on the page in pixels at 96 dpi; at most the landscape text width (about 24 cm). */
  width: number;
  height: number;
};

export type StatisticsDocumentInput = {
  statistics: Statistics;
  settings: Settings;
  charts?: readonly StatisticsChart[];
};

export type StatisticsDocumentOptions = { pageNumbers?: PageNumberPlacement };

const size = sizes.wuHao;
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** What a figure cell must hold on one line: five digits, or a rate. */
const figureFit = ['00000', '100.0%'];

/** 桥头河镇屋场会工作情况统计表. */
export function statisticsTitle(settings: Pick<Settings, 'township' | 'meetingTypeLabel'>): string {
  return `${settings.township.trim()}${settings.meetingTypeLabel.trim() || '屋场会'}工作情况统计表`;
}

const least = (column: Column) =>
  Math.max(...[column.title, ...(column.fit ?? [])].map((t) => textTwips(t, size))) +
  2 * cellPadding +
  20;

/**
 * The table's columns in as many tables as the landscape width needs (the categories are a
 * locality's own list, so there may be many), each repeating the place and 本期/累计 columns.
 */
function splitColumns(table: StatisticsTable): number[][] {
  const places = [...new Set(table.rows.map((r) => r.place))];
  const fixed =
    least({ title: placeColumn, fit: places }) + least({ title: scopeColumn, fit: ['累计'] });
  const groups: number[][] = [];
  let current: number[] = [];
  let used = fixed;
  table.columns.forEach((title, i) => {
    const width = least({ title, fit: figureFit });
    if (current.length > 0 && used + width > textWidth.landscape) {
      groups.push(current);
      current = [];
      used = fixed;
    }
    current.push(i);
    used += width;
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

function tableBlocks(table: StatisticsTable): FileChild[] {
  const places = [...new Set(table.rows.map((r) => r.place))];
  return splitColumns(table).flatMap((group, n) => [
    ...(n > 0 ? [bodyParagraph('')] : []),
    dxaTable({
      size,
      width: textWidth.landscape,
      columns: [
        { title: placeColumn, fit: places },
        { title: scopeColumn, align: 'center', fit: ['累计'] },
        ...group.map((i): Column => ({
          title: table.columns[i] ?? '',
          align: 'center',
          fit: figureFit,
          share: 1,
        })),
      ],
      rows: table.rows.map((row) => [
        row.place,
        row.scope,
        ...group.map((i) => String(row.cells[i] ?? '')),
      ]),
    }),
  ]);
}

function chartParagraph(chart: StatisticsChart): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: chart.width, height: chart.height },
      }),
    ],
  });
}

export function buildStatisticsDocument(
  input: StatisticsDocumentInput,
  options: StatisticsDocumentOptions = {},
): Document {
  const { statistics, settings } = input;
  const title = statisticsTitle(settings);
  const subtitle = `（统计期间：${statistics.label}；统计截至：${formatChineseDate(statistics.asOf)}）`;
  const children: FileChild[] = [
    titleParagraph(title),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      children: textRuns(subtitle, { role: 'heading2' }),
    }),
    bodyParagraph(scopeNote(statistics, settings)),
  ];
  statisticsTables(statistics, settings).forEach((table, i) => {
    children.push(
      heading1(`${numerals[i] ?? String(i + 1)}、${table.heading}`),
      ...tableBlocks(table),
      bodyParagraph(`注：${table.notes.join('；')}。`),
      ...(input.charts ?? []).filter((c) => c.table === table.heading).map(chartParagraph),
    );
  });
  return officialDocument({
    title,
    sections: [{ children, landscape: true }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}
