// The 统计表 as a workbook: one sheet per table of the .docx (statistics-tables.ts), figures as
// numbers so Excel sums them, and under each table the period and the same definitions.
import { formatChineseDate } from '../domain/dates';
import type { Settings } from '../domain/schemas';
import type { Statistics } from '../domain/statistics';
import { placeColumn, scopeColumn, scopeNote, statisticsTables } from './statistics-tables';
import type { Sheet } from './xlsx';

export function buildStatisticsSheets(statistics: Statistics, settings: Settings): Sheet[] {
  const period = `统计期间：${statistics.label}；统计截至：${formatChineseDate(statistics.asOf)}`;
  return statisticsTables(statistics, settings).map((table) => ({
    name: table.heading,
    columns: [
      { title: placeColumn, width: 12 },
      { title: scopeColumn, width: 6 },
      ...table.columns.map((title) => ({ title, width: Math.max(8, [...title].length * 2 + 2) })),
    ],
    rows: [
      ...table.rows.map((row) => [row.place, row.scope, ...row.cells]),
      [],
      [period],
      [`注：${scopeNote(statistics, settings)}`],
      ...table.notes.map((note) => [`注：${note}。`]),
    ],
  }));
}
