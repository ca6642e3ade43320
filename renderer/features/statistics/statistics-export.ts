// Exporting the statistics on screen: the 统计表 (.docx, landscape, the charts under their tables)
// and the workbook (.xlsx, one sheet per table), saved through the path every export takes. The
// builders load on first use; the charts come with this page.
import type { Settings } from '../../../shared/domain/schemas';
import type { Statistics } from '../../../shared/domain/statistics';
import type { Repositories } from '../../db/repositories';
import { saveDocument, saveExportedBytes, type ExportOutcome } from '../export/save-document';
import { chartPng, type ChartSpec } from './charts';
import { statisticsLabels as t } from './labels';

export type StatisticsFormat = 'docx' | 'xlsx';

/** Charts on the landscape page: its text width is about 24 cm, 900 pixels at 96 dpi. */
const chartSize = { width: 860, height: 340 };

export async function exportStatistics(
  repos: Repositories,
  settings: Settings,
  request: { format: StatisticsFormat; statistics: Statistics; charts: readonly ChartSpec[] },
): Promise<ExportOutcome> {
  const { format, statistics } = request;
  const preference = await repos.exportPreferences.get('statistics');
  const { statisticsExport } = await import('../../../shared/docs/exports');
  if (format === 'docx') {
    const charts = request.charts.map((c) => ({
      table: c.table,
      png: chartPng(c, chartSize.width, chartSize.height),
      ...chartSize,
    }));
    const input = { statistics, settings, charts };
    const plan = statisticsExport(input, preference.pageNumbers);
    return saveDocument(repos, {
      kind: 'statistics',
      input,
      options: plan.options,
      fileName: plan.fileName,
      what: t.wordWhat(plan.title),
    });
  }
  const plan = statisticsExport({ statistics, settings }, preference.pageNumbers);
  const [{ buildStatisticsSheets }, { buildWorkbook }] = await Promise.all([
    import('../../../shared/docs/statistics-sheet'),
    import('../../../shared/docs/xlsx'),
  ]);
  return saveExportedBytes(repos, {
    bytes: buildWorkbook(buildStatisticsSheets(statistics, settings)),
    fileName: plan.sheetFileName,
    filter: { name: t.excelFilter, extensions: ['xlsx'] },
    what: t.excelWhat(plan.title),
  });
}
